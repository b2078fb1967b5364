package sample

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cwre-cymru/cwre/cwre"
)

func TestCatalogue(t *testing.T) {
	for i := range catalogue {
		tp := &catalogue[i]
		t.Run(tp.key, func(t *testing.T) {
			require.NotEmpty(t, tp.kinds)
			require.NotEmpty(t, tp.titles)
			assert.LessOrEqual(t, tp.from, tp.to)
			assert.GreaterOrEqual(t, tp.from.Age(), tp.minAge(), "starts below the age rule of its kinds")
			assert.LessOrEqual(t, tp.hours[0], tp.hours[1])
			assert.Positive(t, tp.hours[0])
			assert.LessOrEqual(t, tp.emp[0], tp.emp[1])
			if tp.tsec != nil {
				assert.Len(t, tp.tsec, len(tp.titles))
			}
			if tp.span == nDays || tp.span == nWeeks {
				assert.Positive(t, tp.n)
			}
			if tp.reach == optional || tp.reach == targeted {
				assert.Positive(t, tp.share)
			}
			for _, title := range append(slices.Clone(tp.titles), tp.vtitles...) {
				assert.LessOrEqual(t, len(title), 150, title)
				if strings.Contains(title, "{emp}") {
					assert.Positive(t, tp.emp[0], "%q names an employer", title)
				}
			}
			for _, k := range tp.kinds {
				assert.True(t, k.IsValid())
			}
		})
	}
	for _, p := range programme {
		assert.Contains(t, catalogueIndex, p.key)
	}
	for _, p := range sharedProgramme {
		require.Contains(t, catalogueIndex, p.key)
		assert.True(t, catalogue[catalogueIndex[p.key]].shared, p.key)
	}
	for _, b := range businesses {
		assert.NotEmpty(t, b.jobs, b.suffix)
	}
}

// TestCatalogueUsed checks that every activity of the catalogue turns up in
// some school, so that none is unreachable.
func TestCatalogueUsed(t *testing.T) {
	used := map[string]bool{}
	for seed := range uint64(12) {
		for _, p := range Phases() {
			g := newGen(Options{Seed: seed, Phase: p}.normalised())
			g.school()
			g.learners()
			g.plan()
			for _, it := range g.items {
				used[it.t.key] = true
			}
		}
	}
	for i := range catalogue {
		assert.True(t, used[catalogue[i].key], "%s never planned", catalogue[i].key)
	}
}

func TestKindObjectives(t *testing.T) {
	for k := range cwre.Kinds() {
		for age := tableFourMinAge; age <= tableFourMaxAge; age++ {
			os := kindObjectives[k][age]
			require.NotEmpty(t, os, "%s at %d", k, age)
			assert.True(t, slices.IsSorted(os))
		}
	}
	// Table Four: visits serve objectives 1 and 2; an employer talk, which
	// Table Four does not name, the understanding of careers and work; a
	// placement of any form, experiencing work roles.
	assert.Equal(t, []cwre.Objective{1, 2}, objectivesOf([]cwre.Kind{cwre.KindWorkplaceVisit}, 8))
	assert.Equal(t, []cwre.Objective{2}, objectivesOf([]cwre.Kind{cwre.KindEmployerTalk}, 12))
	assert.Equal(t, []cwre.Objective{5}, objectivesOf([]cwre.Kind{cwre.KindWorkExperienceBlock}, 14))
	assert.Equal(t, []cwre.Objective{3, 5}, objectivesOf([]cwre.Kind{cwre.KindRolePlay}, 2), "N1 plans with the 3-7 band")
	assert.Equal(t, []cwre.Objective{1, 2, 4}, objectivesOf([]cwre.Kind{cwre.KindProject, cwre.KindBusinessChallenge}, 17), "Y13 plans with the 11-16 band")
}

func TestEaster(t *testing.T) {
	for y, want := range map[int]string{2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2038: "2038-04-25", 2285: "2285-03-22"} {
		assert.Equal(t, want, cwre.DateOf(easterSunday(y)).String(), "Easter %d", y)
	}
}

func TestCalendar2023(t *testing.T) {
	c := newCalendar(2023)
	d := func(s string) cwre.Date { return cwre.MustParseDate(s) }
	first := func(h int) cwre.Date { return c.halves[h][0].d }
	last := func(h int) cwre.Date { return c.halves[h][len(c.halves[h])-1].d }
	// The pattern of Welsh term dates for 2023/24.
	assert.Equal(t, d("2023-09-04"), first(0))
	assert.Equal(t, d("2023-10-27"), last(0))
	assert.Equal(t, d("2023-11-06"), first(1))
	assert.Equal(t, d("2023-12-22"), last(1))
	assert.Equal(t, d("2024-01-08"), first(2))
	assert.Equal(t, d("2024-02-09"), last(2))
	assert.Equal(t, d("2024-02-19"), first(3))
	assert.Equal(t, d("2024-03-22"), last(3))
	assert.Equal(t, d("2024-04-08"), first(4))
	assert.Equal(t, d("2024-05-24"), last(4))
	assert.Equal(t, d("2024-06-03"), first(5))
	assert.Equal(t, d("2024-07-19"), last(5))
	for _, h := range c.halves {
		assert.NotContains(t, h, day{d("2024-05-06"), time.Monday}, "early May bank holiday")
	}
	// Welsh schools meet on 195 days, five of them training days that the
	// calendar does not mark.
	assert.Equal(t, 194, len(c.all), "school days in the year")
}

func TestCalendarYears(t *testing.T) {
	for ay := 1920; ay <= 2990; ay += 13 {
		c := newCalendar(ay)
		var prev cwre.Date
		n := 0
		for h, days := range c.halves {
			require.NotEmpty(t, days, "%d half-term %d", ay, h)
			assert.Equal(t, c.offset[h], n)
			for _, dd := range days {
				require.True(t, dd.d.IsValid())
				assert.Equal(t, dd.wd, dd.d.Time().Weekday())
				assert.True(t, dd.wd >= time.Monday && dd.wd <= time.Friday)
				assert.True(t, dd.d.After(prev), "%s after %s", dd.d, prev)
				assert.Equal(t, ay, dd.d.AcademicYear())
				prev = dd.d
				n++
			}
		}
		assert.InDelta(t, 195, len(c.all), 10, "school days in %d", ay)
	}
}

func TestAllocateUPN(t *testing.T) {
	g := &gen{o: Options{AcademicYear: 2023}, upn: "6811234"}
	var serials [100]int
	seen := map[string]bool{}
	for range 2500 {
		id := g.allocateUPN(&serials, 2022)
		require.NoError(t, cwre.CheckUPN(id))
		require.False(t, seen[id], id)
		seen[id] = true
	}
	// 999 serials in 2022, then 2023, then back to 2021.
	assert.Equal(t, 999, serials[22])
	assert.Equal(t, 999, serials[23])
	assert.Equal(t, 502, serials[21])
}

func TestApportion(t *testing.T) {
	assert.Equal(t, []int{2, 1, 0}, apportion(3, []float64{5, 3, 1}))
	assert.Equal(t, []int{1, 1, 1}, apportion(3, []float64{1, 1, 1}))
	assert.Equal(t, []int{0, 0}, apportion(0, []float64{1, 2}))
	total := 0
	for _, n := range apportion(1450, laWeights[:]) {
		total += n
	}
	assert.Equal(t, 1450, total)
}
