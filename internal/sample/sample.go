package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cwre-cymru/cwre/cwre"
)

// DefaultAcademicYear is the academic year generated when
// [Options.AcademicYear] is zero: 1 September 2023 to 31 August 2024.
const DefaultAcademicYear = 2023

// MaxLearners is the largest [Options.Learners] that [School] accepts.
const MaxLearners = 10000

// Phase is the phase of education of a generated school: which year groups
// it teaches and what kind of school it is. The zero Phase is [Secondary].
type Phase uint8

// The phases a school can have.
const (
	// Secondary is an 11–18 secondary school: Y7 to Y13, or Y7 to Y11 with
	// [Options.NoSixthForm].
	Secondary Phase = iota
	// Primary is a 3–11 primary school with a nursery: N1 to Y6.
	Primary
	// AllAge is a 3–18 all-age school (ysgol pob oed): N1 to Y13, or N1 to
	// Y11 with [Options.NoSixthForm].
	AllAge
	// Special is a 3–19 special school, N2 to Y13: every learner has
	// additional learning needs and the setting "special".
	Special
	// PRU is a pupil referral unit for Y7 to Y11, most of its learners in
	// Y10 and Y11. About a quarter of them are recorded as educated other
	// than at school (setting "eotas"), the rest with the setting "pru".
	PRU
	numPhases
)

var phaseNames = [numPhases]string{"secondary", "primary", "all-age", "special", "pru"}

// Phases returns every phase in order, the zero Phase first.
func Phases() []Phase { return []Phase{Secondary, Primary, AllAge, Special, PRU} }

// IsValid reports whether p is one of the phases.
func (p Phase) IsValid() bool { return p < numPhases }

// String returns the phase's code: "secondary", "primary", "all-age",
// "special" or "pru".
func (p Phase) String() string {
	if !p.IsValid() {
		return "Phase(" + strconv.Itoa(int(p)) + ")"
	}
	return phaseNames[p]
}

// ParsePhase reads a phase code case-insensitively; "all age", "allage"
// and "middle" are read as [AllAge].
func ParsePhase(s string) (Phase, error) {
	c := strings.ToLower(strings.TrimSpace(s))
	switch c {
	case "all age", "allage", "all_age", "middle":
		return AllAge, nil
	}
	for i, n := range phaseNames {
		if c == n {
			return Phase(i), nil
		}
	}
	return 0, fmt.Errorf("cwre: unknown school phase %q (want secondary, primary, all-age, special or pru)", s)
}

// MarshalText implements encoding.TextMarshaler, so that a Phase can be a
// command-line flag (flag.TextVar) or a JSON value.
func (p Phase) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, fmt.Errorf("cwre: invalid school phase %d", uint8(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParsePhase].
func (p *Phase) UnmarshalText(b []byte) error {
	v, err := ParsePhase(string(b))
	if err == nil {
		*p = v
	}
	return err
}

// Options says what school [School] generates. The zero Options is a
// secondary school with a sixth form and about 900 learners in the academic
// year 2023/24, seen on 1 July 2024.
type Options struct {
	// Seed selects the school: the same Options give the same dataset,
	// byte for byte, and different seeds give different schools.
	Seed uint64
	// AcademicYear is the calendar year in which the academic year
	// starts, from 1920 to 2990; 0 means [DefaultAcademicYear].
	AcademicYear int
	// Phase is the school's phase; the zero Phase is [Secondary].
	Phase Phase
	// NoSixthForm leaves out Y12 and Y13 from a Secondary or AllAge
	// school, as in the areas where learners go on to a further education
	// college at 16. Other phases ignore it.
	NoSixthForm bool
	// Learners is roughly how many learners the school has, at most
	// [MaxLearners]; 0 means 300 for Primary, 900 for Secondary, 1,100
	// for AllAge, 120 for Special and 40 for PRU. Cohort sizes vary a
	// little around their share, so the total is close to, not exactly,
	// this number.
	Learners int
	// SchoolID is the school's identifier, written in every record; "" means
	// a seven-digit local authority and establishment number derived from
	// the seed (a Welsh authority code, 660 to 681, then a DfE-style
	// establishment number for the phase). When SchoolID is seven digits,
	// the learners' UPNs are built from it; otherwise they use a number
	// derived from the seed. It must be a valid school id: 1 to 32
	// characters without white space.
	SchoolID string
	// EFSMRate is the share of learners eligible for free school meals,
	// from 0 to 1; 0 means a rate drawn for the school from the seed
	// (around a fifth in most schools, more in some; see the package
	// documentation).
	EFSMRate float64
	// AsOf is the day the records describe: activities that start after
	// it are planned, those that start on or before it were delivered (or,
	// a few, cancelled). The zero Date means 1 July at the end of the
	// academic year, so that most of the year is delivered and the last
	// weeks of the summer term are still planned.
	AsOf cwre.Date
}

// phaseDefaultLearners are the sizes used when Options.Learners is zero.
var phaseDefaultLearners = [numPhases]int{Secondary: 900, Primary: 300, AllAge: 1100, Special: 120, PRU: 40}

// normalised returns o with every default filled in; it panics on an
// option out of range.
func (o Options) normalised() Options {
	if !o.Phase.IsValid() {
		panic("cwre: sample: invalid phase " + o.Phase.String())
	}
	if o.AcademicYear == 0 {
		o.AcademicYear = DefaultAcademicYear
	}
	if o.AcademicYear < 1920 || o.AcademicYear > 2990 {
		panic(fmt.Sprintf("cwre: sample: academic year %d is outside 1920 to 2990", o.AcademicYear))
	}
	switch {
	case o.Learners < 0 || o.Learners > MaxLearners:
		panic(fmt.Sprintf("cwre: sample: learners %d is outside 0 to %d", o.Learners, MaxLearners))
	case o.Learners == 0:
		o.Learners = phaseDefaultLearners[o.Phase]
	}
	if math.IsNaN(o.EFSMRate) || o.EFSMRate < 0 || o.EFSMRate > 1 {
		panic(fmt.Sprintf("cwre: sample: eFSM rate %v is outside 0 to 1", o.EFSMRate))
	}
	if o.SchoolID == "" {
		o.SchoolID = defaultSchoolID(o.Seed, o.Phase)
	} else if len(o.SchoolID) > 32 || strings.ContainsFunc(o.SchoolID, unicode.IsSpace) {
		panic(fmt.Sprintf("cwre: sample: school id %q is not 1 to 32 characters without spaces", o.SchoolID))
	}
	if o.AsOf.IsZero() {
		o.AsOf = cwre.NewDate(o.AcademicYear+1, time.July, 1)
	} else if !o.AsOf.IsValid() {
		panic("cwre: sample: AsOf is not a valid date")
	}
	if o.Phase != Secondary && o.Phase != AllAge {
		o.NoSixthForm = false
	}
	return o
}

// The streams of random numbers a school draws from. Each part of the
// generator has its own stream so that, for example, a different AsOf
// changes statuses without moving every learner.
const (
	streamID uint64 = 0x6377_7265_0000_0001 + iota
	streamSchool
	streamLearners
	streamPlan
	streamStatus
	streamPart
	streamCountry
)

func newRand(seed, stream uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, stream)) }

// mix derives a new seed from a seed and an index (SplitMix64).
func mix(seed, i uint64) uint64 {
	z := seed + (i+1)*0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// defaultSchoolID derives a seven-digit school number from the seed.
func defaultSchoolID(seed uint64, p Phase) string {
	r := newRand(seed, streamID)
	la := laCodes[r.IntN(len(laCodes))]
	return strconv.Itoa(la) + strconv.Itoa(establishment(r, p))
}

// establishment draws an establishment number in the phase's range, in the
// DfE numbering that Welsh schools share: 1100–1199 pupil referral units,
// 2000–2999 community and 3000–3999 voluntary primaries, 4000–4999
// community and 5000–5999 voluntary secondary and all-age schools,
// 7000–7999 special schools.
func establishment(r *rand.Rand, p Phase) int {
	switch p {
	case Primary:
		if r.Float64() < voluntaryShare {
			return 3000 + r.IntN(400)
		}
		return 2000 + r.IntN(1000)
	case Special:
		return 7000 + r.IntN(100)
	case PRU:
		return 1100 + r.IntN(100)
	}
	if r.Float64() < voluntaryShare/2 {
		return 5400 + r.IntN(100)
	}
	return 4000 + r.IntN(100)
}

// voluntaryShare is the share of primaries that are voluntary (church)
// schools, numbered 3xxx.
const voluntaryShare = 0.15

// School generates one school's learners, its Table Five plan of
// activities for the academic year and the learners' participations, as a
// dataset that passes [cwre.Dataset.Validate]. It panics if an option is
// out of range (see [Options]): that is a mistake in the calling program.
func School(o Options) *cwre.Dataset {
	o = o.normalised()
	g := newGen(o)
	g.school()
	g.learners()
	g.plan()
	g.schedule()
	g.participations()
	return g.ds
}
