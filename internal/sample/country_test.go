package sample_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/cwre-cymru/cwre/internal/sample"
)

func TestCountrySchools(t *testing.T) {
	schools := sample.CountrySchools(sample.CountryOptions{Seed: 1})
	require.Len(t, schools, sample.CountrySize)
	assert.True(t, slices.IsSortedFunc(schools, func(a, b sample.Options) int {
		switch {
		case a.SchoolID < b.SchoolID:
			return -1
		case a.SchoolID > b.SchoolID:
			return 1
		}
		return 0
	}), "ordered by school id")
	phases := map[sample.Phase]int{}
	ids := map[string]bool{}
	seeds := map[uint64]bool{}
	learners := 0
	for _, o := range schools {
		phases[o.Phase]++
		learners += o.Learners
		assert.False(t, ids[o.SchoolID], "duplicate school id %s", o.SchoolID)
		ids[o.SchoolID] = true
		assert.False(t, seeds[o.Seed], "duplicate seed")
		seeds[o.Seed] = true
		require.Len(t, o.SchoolID, 7)
		la, err := strconv.Atoi(o.SchoolID[:3])
		require.NoError(t, err)
		assert.True(t, la >= 660 && la <= 681, "authority %d", la)
		est, err := strconv.Atoi(o.SchoolID[3:])
		require.NoError(t, err)
		switch o.Phase {
		case sample.Primary:
			assert.True(t, est >= 2000 && est < 4000, "primary %s", o.SchoolID)
		case sample.Secondary, sample.AllAge:
			assert.True(t, est >= 4000 && est < 6000, "secondary %s", o.SchoolID)
		case sample.Special:
			assert.True(t, est >= 7000 && est < 8000, "special %s", o.SchoolID)
		case sample.PRU:
			assert.True(t, est >= 1100 && est < 1200, "PRU %s", o.SchoolID)
		}
		assert.True(t, o.EFSMRate > 0 && o.EFSMRate < 1)
	}
	assert.Equal(t, map[sample.Phase]int{sample.Primary: 1190, sample.Secondary: 175, sample.AllAge: 28, sample.Special: 37, sample.PRU: 20}, phases)
	assert.InDelta(t, 470000, learners, 25000, "learners in the country")

	// A smaller country keeps the mix.
	small := sample.CountrySchools(sample.CountryOptions{Seed: 1, Schools: 100})
	require.Len(t, small, 100)
	phases = map[sample.Phase]int{}
	for _, o := range small {
		phases[o.Phase]++
	}
	assert.Equal(t, map[sample.Phase]int{sample.Primary: 82, sample.Secondary: 12, sample.AllAge: 2, sample.Special: 3, sample.PRU: 1}, phases)

	// The largest country still has distinct ids.
	ids = map[string]bool{}
	for _, o := range sample.CountrySchools(sample.CountryOptions{Seed: 2, Schools: sample.MaxSchools}) {
		assert.False(t, ids[o.SchoolID], "duplicate school id %s", o.SchoolID)
		ids[o.SchoolID] = true
	}
	assert.Len(t, ids, sample.MaxSchools)

	assert.Panics(t, func() { sample.CountrySchools(sample.CountryOptions{Schools: -1}) })
	assert.Panics(t, func() { sample.Country(sample.CountryOptions{Schools: sample.MaxSchools + 1}) })
}

func TestCountry(t *testing.T) {
	o := sample.CountryOptions{Seed: 7, Schools: 5}
	plan := sample.CountrySchools(o)
	i := 0
	for ds := range sample.Country(o) {
		require.Less(t, i, len(plan))
		assert.Equal(t, sample.School(plan[i]), ds, "school %d is School of its options", i)
		i++
	}
	assert.Equal(t, len(plan), i)
}

func TestCountryStops(t *testing.T) {
	n := 0
	for range sample.Country(sample.CountryOptions{Seed: 1, Schools: 20}) {
		n++
		if n == 3 {
			break // the iterator panics if it yields again
		}
	}
	assert.Equal(t, 3, n)
}

// TestCountryRecords checks a sample of a country: every school valid,
// UPNs unique and well formed across schools, characteristics at their
// rates, and attendance and optional uptake lower for learners eligible for
// free school meals.
func TestCountryRecords(t *testing.T) {
	upns := map[string]bool{}
	var learners, efsm, aln, lac, carers int
	var on, attended, optional, pupils [2]int // by eFSM
	for ds := range sample.Country(sample.CountryOptions{Seed: 11, Schools: 60}) {
		require.Empty(t, ds.Validate(), "school %s", ds.Learners[0].SchoolID)
		ix := indexOf(ds)
		for _, l := range ds.Learners {
			require.NoError(t, cwre.CheckUPN(l.ID))
			require.False(t, upns[l.ID], "UPN %s used twice", l.ID)
			upns[l.ID] = true
			learners++
			efsm += b2i(l.EFSM)
			aln += b2i(l.ALN)
			lac += b2i(l.LAC)
			carers += b2i(l.YoungCarer)
			if l.Setting == cwre.Mainstream {
				pupils[b2i(l.EFSM)]++
			}
		}
		inYear := map[string]int{}
		for _, l := range ds.Learners {
			inYear[l.YearGroup.Code()]++
		}
		for i := range ds.Activities {
			a := &ds.Activities[i]
			ps := ix.forActivity[a.ID]
			// An activity offered to whole year groups that only some take
			// up is optional (job coaching is targeted instead).
			offered := 0
			for _, g := range a.Groups {
				offered += inYear[g]
			}
			isOptional := offered > 0 && len(ps) < offered*6/10 && !slices.Contains(a.Kinds, cwre.KindJobCoaching)
			for _, p := range ps {
				l := ix.learners[p.LearnerID]
				if l.Setting != cwre.Mainstream {
					continue
				}
				e := b2i(l.EFSM)
				if isOptional {
					optional[e]++
				}
				if a.Status == cwre.Delivered {
					on[e]++
					attended[e] += b2i(p.Attended)
				}
			}
		}
	}
	rate := func(n int) float64 { return float64(n) / float64(learners) }
	t.Logf("%d learners: eFSM %.3f, ALN %.3f, LAC %.4f, young carers %.3f", learners, rate(efsm), rate(aln), rate(lac), rate(carers))
	assert.InDelta(t, 0.22, rate(efsm), 0.04, "eFSM")
	assert.InDelta(t, 0.10, rate(aln), 0.025, "ALN")
	assert.InDelta(t, 0.011, rate(lac), 0.006, "LAC")
	assert.InDelta(t, 0.03, rate(carers), 0.01, "young carers")

	attendance := func(e int) float64 { return float64(attended[e]) / float64(on[e]) }
	all := float64(attended[0]+attended[1]) / float64(on[0]+on[1])
	t.Logf("attendance %.3f (not eFSM %.3f, eFSM %.3f); optional uptake per learner %.3f and %.3f",
		all, attendance(0), attendance(1), float64(optional[0])/float64(pupils[0]), float64(optional[1])/float64(pupils[1]))
	assert.InDelta(t, 0.91, all, 0.03, "attendance")
	assert.Greater(t, attendance(0)-attendance(1), 0.03, "eFSM learners attend less")
	uptake := func(e int) float64 { return float64(optional[e]) / float64(pupils[e]) }
	assert.Less(t, uptake(1), uptake(0)*0.9, "eFSM learners take up fewer optional activities")
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func BenchmarkCountry(b *testing.B) {
	o := sample.CountryOptions{Seed: 1, Schools: 20}
	for b.Loop() {
		n := 0
		for ds := range sample.Country(o) {
			n += len(ds.Participations)
		}
		b.ReportMetric(float64(n), "participations/op")
	}
}
