package sample_test

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/cwre-cymru/cwre/internal/sample"
)

// index holds a dataset's records by id.
type index struct {
	learners   map[string]*cwre.Learner
	activities map[string]*cwre.Activity
	// forActivity lists each activity's participations.
	forActivity map[string][]*cwre.Participation
}

func indexOf(ds *cwre.Dataset) index {
	ix := index{
		learners:    make(map[string]*cwre.Learner, len(ds.Learners)),
		activities:  make(map[string]*cwre.Activity, len(ds.Activities)),
		forActivity: make(map[string][]*cwre.Participation, len(ds.Activities)),
	}
	for i := range ds.Learners {
		ix.learners[ds.Learners[i].ID] = &ds.Learners[i]
	}
	for i := range ds.Activities {
		ix.activities[ds.Activities[i].ID] = &ds.Activities[i]
	}
	for i := range ds.Participations {
		p := &ds.Participations[i]
		ix.forActivity[p.ActivityID] = append(ix.forActivity[p.ActivityID], p)
	}
	return ix
}

// youngest returns the youngest year group of the learners an activity is
// for.
func (ix index) youngest(a *cwre.Activity) cwre.YearGroup {
	y := cwre.Year13
	for _, p := range ix.forActivity[a.ID] {
		y = min(y, ix.learners[p.LearnerID].YearGroup)
	}
	return y
}

func TestSchoolDeterministic(t *testing.T) {
	for _, p := range sample.Phases() {
		t.Run(p.String(), func(t *testing.T) {
			o := sample.Options{Seed: 42, Phase: p}
			a, b := sample.School(o), sample.School(o)
			require.Equal(t, a, b)
			ja, err := json.Marshal(a)
			require.NoError(t, err)
			jb, err := json.Marshal(b)
			require.NoError(t, err)
			assert.Equal(t, ja, jb, "same options, same bytes")

			o.Seed = 43
			assert.NotEqual(t, a, sample.School(o), "a different seed gives a different school")
		})
	}
}

func TestSchoolDefaultsAreExplicit(t *testing.T) {
	// Spelling out the defaults gives the same school.
	implicit := sample.School(sample.Options{Seed: 5})
	explicit := sample.School(sample.Options{
		Seed:         5,
		AcademicYear: sample.DefaultAcademicYear,
		Phase:        sample.Secondary,
		Learners:     900,
		SchoolID:     implicit.Learners[0].SchoolID,
		AsOf:         cwre.NewDate(sample.DefaultAcademicYear+1, time.July, 1),
	})
	assert.Equal(t, implicit, explicit)
}

func TestSchoolConcurrent(t *testing.T) {
	// Schools can be generated in parallel, as a country's can.
	opts := sample.CountrySchools(sample.CountryOptions{Seed: 3, Schools: 6})
	got := make([]*cwre.Dataset, len(opts))
	var wg sync.WaitGroup
	for i, o := range opts {
		wg.Go(func() { got[i] = sample.School(o) })
	}
	wg.Wait()
	for i, o := range opts {
		assert.Equal(t, sample.School(o), got[i])
	}
}

func TestSchoolAsOfChangesOnlyStatus(t *testing.T) {
	o := sample.Options{Seed: 9, Phase: sample.Primary}
	early := sample.School(o)
	o.AsOf = cwre.NewDate(2024, time.March, 1)
	late := sample.School(o)
	assert.Equal(t, early.Learners, late.Learners)
	require.Len(t, late.Activities, len(early.Activities))
	for i := range early.Activities {
		assert.Equal(t, early.Activities[i].Title, late.Activities[i].Title)
		assert.Equal(t, early.Activities[i].StartDate, late.Activities[i].StartDate)
	}
}

func TestSchoolValid(t *testing.T) {
	cases := []sample.Options{
		{Seed: 1},
		{Seed: 2, Learners: 1000},
		{Seed: 3, NoSixthForm: true, Learners: 500},
		{Seed: 4, Phase: sample.Primary},
		{Seed: 5, Phase: sample.Primary, Learners: 25},
		{Seed: 6, Phase: sample.Primary, Learners: 650, AcademicYear: 2030},
		{Seed: 7, Phase: sample.AllAge, Learners: 700},
		{Seed: 8, Phase: sample.AllAge, NoSixthForm: true, Learners: 500},
		{Seed: 9, Phase: sample.Special},
		{Seed: 10, Phase: sample.Special, Learners: 300, AcademicYear: 1999},
		{Seed: 11, Phase: sample.PRU},
		{Seed: 12, Phase: sample.PRU, Learners: 8},
		{Seed: 13, Learners: 1},
		{Seed: 14, SchoolID: "W-TEST-SCHOOL", Learners: 300},
		{Seed: 15, AsOf: cwre.NewDate(2023, time.August, 1)},
		{Seed: 16, AsOf: cwre.NewDate(2025, time.January, 1)},
		{Seed: 17, EFSMRate: 1},
	}
	for _, o := range cases {
		t.Run(fmt.Sprintf("%s/seed%d", o.Phase, o.Seed), func(t *testing.T) {
			ds := sample.School(o)
			errs := ds.Validate()
			assert.Empty(t, errs, "Validate: %v", errs.Err())
			assert.Equal(t, cwre.FormatVersion, ds.FormatVersion)
			assert.NotEmpty(t, ds.Learners)
			if o.Learners >= 25 || o.Learners == 0 {
				assert.NotEmpty(t, ds.Activities)
				assert.NotEmpty(t, ds.Participations)
			}
		})
	}
}

func TestSchoolLearners(t *testing.T) {
	years := map[sample.Phase][2]cwre.YearGroup{
		sample.Secondary: {cwre.Year7, cwre.Year13},
		sample.Primary:   {cwre.YearN1, cwre.Year6},
		sample.AllAge:    {cwre.YearN1, cwre.Year13},
		sample.Special:   {cwre.YearN2, cwre.Year13},
		sample.PRU:       {cwre.Year7, cwre.Year11},
	}
	for _, p := range sample.Phases() {
		t.Run(p.String(), func(t *testing.T) {
			const want = 500
			ds := sample.School(sample.Options{Seed: 21, Phase: p, Learners: want})
			assert.InDelta(t, want, len(ds.Learners), want*0.15, "roughly the learners asked for")
			school := ds.Learners[0].SchoolID
			require.Len(t, school, 7)
			seen := map[string]bool{}
			var ys []cwre.YearGroup
			eotas := 0
			for _, l := range ds.Learners {
				assert.Equal(t, school, l.SchoolID)
				require.NoError(t, cwre.CheckUPN(l.ID), l.ID)
				assert.Equal(t, "0"+school[1:], l.ID[1:8], "UPN carries a synthetic authority code and the establishment number")
				assert.Less(t, l.ID[1:4], "100", "no real authority has a code below 100")
				assert.False(t, seen[l.ID], "duplicate UPN %s", l.ID)
				seen[l.ID] = true
				yg, ok := l.DateOfBirth.YearGroupIn(sample.DefaultAcademicYear)
				require.True(t, ok)
				assert.Equal(t, l.YearGroup, yg, "date of birth of %s", l.ID)
				if !slices.Contains(ys, l.YearGroup) {
					ys = append(ys, l.YearGroup)
				}
				switch p {
				case sample.Special:
					assert.Equal(t, cwre.Special, l.Setting)
					assert.True(t, l.ALN)
				case sample.PRU:
					assert.Contains(t, []cwre.Setting{cwre.PRU, cwre.EOTAS}, l.Setting)
					if l.Setting == cwre.EOTAS {
						eotas++
					}
				default:
					assert.Equal(t, cwre.Mainstream, l.Setting)
				}
			}
			assert.Equal(t, years[p][0], slices.Min(ys))
			assert.Equal(t, years[p][1], slices.Max(ys))
			assert.Len(t, ys, int(years[p][1]-years[p][0])+1, "every year group has learners")
			if p == sample.PRU {
				assert.InDelta(t, 0.25, float64(eotas)/float64(len(ds.Learners)), 0.08)
			}
		})
	}
}

func TestSchoolDatesOfBirthSpread(t *testing.T) {
	ds := sample.School(sample.Options{Seed: 3, Learners: 3000})
	var months [13]int
	for _, l := range ds.Learners {
		months[l.DateOfBirth.Month]++
	}
	for m := time.January; m <= time.December; m++ {
		assert.InDelta(t, len(ds.Learners)/12, months[m], float64(len(ds.Learners))/12*0.3, "births in %v", m)
	}
}

func TestSchoolNoSixthForm(t *testing.T) {
	for _, p := range []sample.Phase{sample.Secondary, sample.AllAge} {
		ds := sample.School(sample.Options{Seed: 8, Phase: p, NoSixthForm: true})
		for _, l := range ds.Learners {
			assert.LessOrEqual(t, l.YearGroup, cwre.Year11)
		}
		for _, a := range ds.Activities {
			for _, g := range a.Groups {
				assert.False(t, strings.HasPrefix(g, "Y12") || strings.HasPrefix(g, "12") ||
					strings.HasPrefix(g, "Y13") || strings.HasPrefix(g, "13"), "group %s", g)
			}
		}
	}
}

func TestSchoolEFSMRate(t *testing.T) {
	ds := sample.School(sample.Options{Seed: 2, Learners: 4000, EFSMRate: 0.4})
	n := 0
	for _, l := range ds.Learners {
		if l.EFSM {
			n++
		}
	}
	assert.InDelta(t, 0.4, float64(n)/float64(len(ds.Learners)), 0.03)
}

func TestSchoolActivities(t *testing.T) {
	for _, o := range []sample.Options{
		{Seed: 31}, {Seed: 32, NoSixthForm: true}, {Seed: 33, Phase: sample.Primary},
		{Seed: 34, Phase: sample.AllAge}, {Seed: 35, Phase: sample.Special}, {Seed: 36, Phase: sample.PRU},
	} {
		t.Run(o.Phase.String(), func(t *testing.T) {
			ds := sample.School(o)
			ix := indexOf(ds)
			for i := range ds.Activities {
				a := &ds.Activities[i]
				assert.NotEmpty(t, a.Title)
				assert.NotContains(t, a.Title, "{", "placeholder left in %q", a.Title)
				assert.NotEmpty(t, a.Groups, a.ID)
				assert.NotEmpty(t, a.Staff, a.ID)
				assert.NotEmpty(t, a.Objectives, a.ID)
				assert.Positive(t, a.Hours, a.ID)
				assert.True(t, a.Link == "" || strings.HasPrefix(a.Link, "https://example.org/"), a.Link)
				assert.True(t, a.StartDate.AcademicYear() == sample.DefaultAcademicYear, "%s starts %s", a.ID, a.StartDate)
				wd := a.StartDate.Time().Weekday()
				assert.True(t, wd != time.Saturday && wd != time.Sunday, "%s starts on a %v", a.ID, wd)
				require.NotEmpty(t, ix.forActivity[a.ID], "%s is for nobody", a.ID)

				// Objectives ticked follow Table Four for the learners' age.
				age := min(max(ix.youngest(a).Age(), 3), 15)
				for _, ob := range a.Objectives {
					ok := false
					for _, k := range a.Kinds {
						look := k
						if k.IsPlacement() {
							look = cwre.KindWorkExperience
						}
						suggested := slices.ContainsFunc(cwre.Objectives(), func(x cwre.Objective) bool {
							return slices.Contains(x.SuggestedFor(age), look)
						})
						if slices.Contains(ob.SuggestedFor(age), look) || !suggested {
							ok = true
						}
					}
					assert.True(t, ok, "%s %q ticks objective %v", a.ID, a.Title, ob)
				}
				for _, k := range a.Kinds {
					for _, ob := range cwre.Objectives() {
						if slices.Contains(ob.SuggestedFor(age), k) {
							assert.Contains(t, a.Objectives, ob, "%s %q: Table Four suggests %s for objective %v", a.ID, a.Title, k, ob)
						}
					}
				}
			}
		})
	}
}

func TestSchoolAgeRules(t *testing.T) {
	for seed := range uint64(4) {
		for _, p := range sample.Phases() {
			ds := sample.School(sample.Options{Seed: seed, Phase: p})
			ix := indexOf(ds)
			for _, pt := range ds.Participations {
				a, l := ix.activities[pt.ActivityID], ix.learners[pt.LearnerID]
				m, k := a.MinAge()
				assert.GreaterOrEqual(t, l.DateOfBirth.AgeOn(a.StartDate), m, "%s on %s (%s)", l.ID, a.ID, k)
				if a.IsPlacement() {
					assert.GreaterOrEqual(t, l.YearGroup, cwre.Year10, "%s placement %s", l.ID, a.ID)
				}
			}
		}
	}
}

func TestSchoolProgramme(t *testing.T) {
	// Mainstream secondary schools give every year group an employer
	// encounter and most give Y10 and Y12 a block placement.
	placementsY10, placementsY12 := 0, 0
	const schools = 8
	for seed := range uint64(schools) {
		ds := sample.School(sample.Options{Seed: seed, Learners: 600})
		ix := indexOf(ds)
		met := map[cwre.YearGroup]bool{}
		for i := range ds.Activities {
			a := &ds.Activities[i]
			for _, p := range ix.forActivity[a.ID] {
				if a.EmployerEncounter() {
					met[ix.learners[p.LearnerID].YearGroup] = true
				}
			}
			if slices.Contains(a.Kinds, cwre.KindWorkExperienceBlock) {
				switch ix.youngest(a) {
				case cwre.Year10:
					placementsY10++
					assert.Equal(t, 4, a.StartDate.DaysUntil(a.EndDate), "a one-week block")
					assert.InDelta(t, 32.5, a.Hours, 2.5)
				case cwre.Year12:
					placementsY12++
					assert.Equal(t, 11, a.StartDate.DaysUntil(a.EndDate), "a two-week block")
				}
			}
		}
		for y := cwre.Year7; y <= cwre.Year13; y++ {
			assert.True(t, met[y], "seed %d: no employer encounter for %s", seed, y.Code())
		}
	}
	assert.GreaterOrEqual(t, placementsY10, schools-1)
	assert.GreaterOrEqual(t, placementsY12, schools/2)
}

func TestSchoolStatuses(t *testing.T) {
	count := map[cwre.Status]int{}
	total := 0
	for seed := range uint64(6) {
		ds := sample.School(sample.Options{Seed: seed})
		ix := indexOf(ds)
		asOf := cwre.NewDate(sample.DefaultAcademicYear+1, time.July, 1)
		for i := range ds.Activities {
			a := &ds.Activities[i]
			count[a.Status]++
			total++
			if a.Status == cwre.Planned {
				assert.True(t, a.StartDate.After(asOf), "%s planned but started %s", a.ID, a.StartDate)
				assert.False(t, a.Prepared || a.Debriefed, a.ID)
			} else {
				assert.False(t, a.StartDate.After(asOf), "%s %s but starts %s", a.ID, a.Status, a.StartDate)
			}
			for _, p := range ix.forActivity[a.ID] {
				if a.Status != cwre.Delivered {
					assert.False(t, p.Attended, "%s attended %s %s", p.LearnerID, a.Status, a.ID)
				}
				if !p.Attended {
					assert.Nil(t, p.Hours)
					assert.Empty(t, p.Reflection)
					assert.Empty(t, p.Outcomes)
				}
			}
		}
	}
	assert.Greater(t, float64(count[cwre.Delivered])/float64(total), 0.8, "mostly delivered")
	assert.Positive(t, count[cwre.Planned], "some planned")
	assert.Positive(t, count[cwre.Cancelled], "a few cancelled")
	assert.Less(t, float64(count[cwre.Cancelled])/float64(total), 0.05)
}

func TestSchoolAsOfOutsideYear(t *testing.T) {
	before := sample.School(sample.Options{Seed: 4, AsOf: cwre.NewDate(2023, time.August, 31)})
	for _, a := range before.Activities {
		assert.Equal(t, cwre.Planned, a.Status, a.ID)
	}
	for _, p := range before.Participations {
		assert.False(t, p.Attended)
	}
	after := sample.School(sample.Options{Seed: 4, AsOf: cwre.NewDate(2024, time.August, 31)})
	for _, a := range after.Activities {
		assert.NotEqual(t, cwre.Planned, a.Status, a.ID)
	}
}

func TestSchoolParticipations(t *testing.T) {
	ds := sample.School(sample.Options{Seed: 12, Learners: 1200})
	ix := indexOf(ds)
	var attended, own, reflections, withOutcomes, fromObjectives, outcomes int
	for _, p := range ds.Participations {
		if !p.Attended {
			continue
		}
		attended++
		a := ix.activities[p.ActivityID]
		if p.Hours != nil {
			own++
			assert.Positive(t, *p.Hours)
			if !slices.Contains(a.Kinds, cwre.KindPartTimeWork) {
				assert.Less(t, *p.Hours, a.Hours, "%s on %s", p.LearnerID, a.ID)
			}
		}
		if p.Reflection != "" {
			reflections++
			assert.NotContains(t, p.Reflection, "{")
		}
		if len(p.Outcomes) > 0 {
			withOutcomes++
		}
		for _, o := range p.Outcomes {
			outcomes++
			if slices.ContainsFunc(a.Objectives, o.Serves) {
				fromObjectives++
			}
		}
	}
	require.Positive(t, attended)
	share := func(n int) float64 { return float64(n) / float64(attended) }
	t.Logf("of %d attended: own hours %.3f, reflections %.3f, outcomes %.3f (from objectives %.3f)",
		attended, share(own), share(reflections), share(withOutcomes), float64(fromObjectives)/float64(outcomes))
	assert.InDelta(t, 0.08, share(own), 0.06, "own hours sometimes")
	assert.InDelta(t, 0.15, share(reflections), 0.1, "reflections for some")
	assert.InDelta(t, 0.27, share(withOutcomes), 0.1, "outcomes for some")
	assert.Greater(t, float64(fromObjectives)/float64(outcomes), 0.75, "outcomes mostly the objectives' intended outcomes")
}

func TestSchoolPanicsOnBadOptions(t *testing.T) {
	for name, o := range map[string]sample.Options{
		"negative learners":  {Learners: -1},
		"too many learners":  {Learners: sample.MaxLearners + 1},
		"eFSM above one":     {EFSMRate: 1.5},
		"eFSM not a number":  {EFSMRate: math.NaN()},
		"year too early":     {AcademicYear: 1800},
		"year too late":      {AcademicYear: 3000},
		"unknown phase":      {Phase: sample.Phase(9)},
		"school id spaces":   {SchoolID: "my school"},
		"school id too long": {SchoolID: strings.Repeat("1", 33)},
		"AsOf not a day":     {AsOf: cwre.NewDate(2024, time.February, 30)},
	} {
		t.Run(name, func(t *testing.T) {
			assert.Panics(t, func() { sample.School(o) })
		})
	}
}

func TestPhaseText(t *testing.T) {
	for _, p := range sample.Phases() {
		b, err := p.MarshalText()
		require.NoError(t, err)
		var q sample.Phase
		require.NoError(t, q.UnmarshalText(b))
		assert.Equal(t, p, q)
	}
	for in, want := range map[string]sample.Phase{"Primary": sample.Primary, " all age ": sample.AllAge, "middle": sample.AllAge, "PRU": sample.PRU} {
		p, err := sample.ParsePhase(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, p, in)
	}
	_, err := sample.ParsePhase("nursery")
	assert.ErrorContains(t, err, "cwre: unknown school phase")
	_, err = sample.Phase(9).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Phase(9)", sample.Phase(9).String())
}

func BenchmarkSchool(b *testing.B) {
	for _, o := range []sample.Options{
		{Seed: 1, Phase: sample.Secondary, Learners: 1000},
		{Seed: 1, Phase: sample.Primary},
	} {
		b.Run(o.Phase.String(), func(b *testing.B) {
			var n int
			for b.Loop() {
				n = len(sample.School(o).Participations)
			}
			b.ReportMetric(float64(n), "participations/op")
		})
	}
}
