package sample

import (
	"fmt"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/cwre-cymru/cwre/cwre"
)

// CountrySize is the number of schools [Country] generates when
// [CountryOptions.Schools] is zero: about as many as Wales has.
const CountrySize = 1450

// MaxSchools is the largest [CountryOptions.Schools] accepted.
const MaxSchools = 5000

// CountryOptions says what country [Country] generates. The zero
// CountryOptions is a country of [CountrySize] schools in the academic year
// 2023/24, seen on 1 July 2024.
type CountryOptions struct {
	// Seed selects the country; each school's own seed is derived from it.
	Seed uint64
	// AcademicYear is as in [Options]; 0 means [DefaultAcademicYear].
	AcademicYear int
	// AsOf is as in [Options]; the zero Date means 1 July at the end of the
	// academic year.
	AsOf cwre.Date
	// Schools is how many schools to generate, at most [MaxSchools]; 0
	// means [CountrySize]. A smaller country keeps the mix of phases and
	// the spread across local authorities, scaled down.
	Schools int
}

// countryMix is the number of schools of each phase in a country of
// CountrySize schools, close to the maintained sector in Wales.
var countryMix = [numPhases]int{Primary: 1190, Secondary: 175, AllAge: 28, Special: 37, PRU: 20}

// laFSM scales the eFSM rates of an authority's schools: higher in the
// former coalfield valleys and the cities, lower in the more affluent
// authorities. Authorities not listed have 1.
func laFSM(la int) float64 {
	switch la {
	case 675, 677:
		return 1.35
	case 671, 674:
		return 1.2
	case 676, 678, 680:
		return 1.15
	case 670:
		return 1.1
	case 681:
		return 1.05
	case 664, 666:
		return 0.85
	case 667, 673:
		return 0.8
	case 679:
		return 0.65
	}
	return 1
}

// sizeDist is the log-normal distribution of a phase's school sizes.
type sizeDist struct {
	median, sigma float64
	lo, hi        int
	sixthForm     float64 // share of schools with a sixth form
}

var sizes = [numPhases]sizeDist{
	Primary:   {median: 210, sigma: 0.55, lo: 12, hi: 700},
	Secondary: {median: 1000, sigma: 0.3, lo: 350, hi: 2100, sixthForm: 0.6},
	AllAge:    {median: 1050, sigma: 0.3, lo: 400, hi: 2000, sixthForm: 0.5},
	Special:   {median: 125, sigma: 0.45, lo: 25, hi: 350},
	PRU:       {median: 40, sigma: 0.5, lo: 8, hi: 150},
}

// CountrySchools returns the options of every school of a generated
// country, ordered by school id: the plan [Country] follows, for callers
// that generate the schools themselves (in parallel, or only some of
// them). It panics if an option is out of range.
func CountrySchools(o CountryOptions) []Options {
	if o.AcademicYear == 0 {
		o.AcademicYear = DefaultAcademicYear
	}
	n := o.Schools
	switch {
	case n < 0 || n > MaxSchools:
		panic(fmt.Sprintf("cwre: sample: schools %d is outside 0 to %d", n, MaxSchools))
	case n == 0:
		n = CountrySize
	}
	r := newRand(o.Seed, streamCountry)
	var shares [numPhases]float64
	for p, c := range countryMix {
		shares[p] = float64(c)
	}
	perPhase := apportion(n, shares[:])
	var out []Options
	for _, p := range Phases() {
		w := laWeights
		if p == Primary {
			for i, la := range laCodes {
				if rural(la) {
					w[i] *= 1.4
				}
			}
		}
		for i, c := range apportion(perPhase[p], w[:]) {
			la := laCodes[i]
			for _, est := range establishments(r, p, c) {
				out = append(out, countrySchool(r, o, p, la, est))
			}
		}
	}
	slices.SortFunc(out, func(a, b Options) int { return strings.Compare(a.SchoolID, b.SchoolID) })
	for i := range out {
		out[i].Seed = mix64(o.Seed, uint64(i))
	}
	return out
}

// mix64 derives school i's seed from the country's.
func mix64(seed, i uint64) uint64 { return mix(seed^0x636f_756e_7472_79, i) }

// countrySchool draws the options of one school of a country.
func countrySchool(r *rand.Rand, o CountryOptions, p Phase, la, est int) Options {
	d := sizes[p]
	median := d.median
	if p == Primary && rural(la) {
		median *= 0.6
	}
	n := int(math.Round(median * math.Exp(d.sigma*r.NormFloat64())))
	efsm := clamp(phaseMedianEFSM[p]*laFSM(la)*math.Exp(0.45*r.NormFloat64()), 0.03, 0.7)
	return Options{
		AcademicYear: o.AcademicYear,
		Phase:        p,
		NoSixthForm:  d.sixthForm > 0 && !chance(r, d.sixthForm),
		Learners:     min(max(n, d.lo), d.hi),
		SchoolID:     strconv.Itoa(la) + strconv.Itoa(est),
		EFSMRate:     efsm,
		AsOf:         o.AsOf,
	}
}

// establishments draws n distinct establishment numbers for schools of a
// phase in one authority, spread through the phase's range.
func establishments(r *rand.Rand, p Phase, n int) []int {
	if n == 0 {
		return nil
	}
	type span struct{ lo, width int }
	var ranges []span
	var counts []int
	switch p {
	case Primary:
		v := int(math.Round(float64(n) * voluntaryShare))
		ranges, counts = []span{{2000, 1000}, {3000, 1000}}, []int{n - v, v}
	case Secondary, AllAge:
		// Secondary and all-age schools share the 4xxx range; to keep their
		// numbers apart, all-age schools take the upper half.
		v := int(math.Round(float64(n) * voluntaryShare / 2))
		lo, vlo := 4000, 5400
		if p == AllAge {
			lo, vlo = 4500, 5700
		}
		ranges, counts = []span{{lo, 500}, {vlo, 300}}, []int{n - v, v}
	case Special:
		ranges, counts = []span{{7000, 1000}}, []int{n}
	default:
		ranges, counts = []span{{1100, 100}}, []int{n}
	}
	var out []int
	for i, s := range ranges {
		c := counts[i]
		if c == 0 {
			continue
		}
		step := s.width / c
		for k := range c {
			out = append(out, s.lo+k*step+r.IntN(step))
		}
	}
	return out
}

// apportion splits n in proportion to weights by the largest remainder
// method; ties go to the earlier weight.
func apportion(n int, weights []float64) []int {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	out := make([]int, len(weights))
	rem := make([]float64, len(weights))
	given := 0
	for i, w := range weights {
		q := float64(n) * w / total
		out[i] = int(q)
		rem[i] = q - float64(out[i])
		given += out[i]
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case rem[a] > rem[b]:
			return -1
		case rem[a] < rem[b]:
			return 1
		}
		return 0
	})
	for _, i := range order[:n-given] {
		out[i]++
	}
	return out
}

// Country generates a whole country's schools one at a time, in order of
// school id, so that it can be streamed without holding every school in
// memory: each dataset is built when the loop asks for it. Every school is
// [School] of the options [CountrySchools] returns; learners' UPNs are
// unique across the country because each school allocates them from its own
// local authority and establishment number. It panics if an option is out
// of range.
func Country(o CountryOptions) iter.Seq[*cwre.Dataset] {
	schools := CountrySchools(o)
	return func(yield func(*cwre.Dataset) bool) {
		for _, so := range schools {
			if !yield(School(so)) {
				return
			}
		}
	}
}
