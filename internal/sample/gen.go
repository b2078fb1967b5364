package sample

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cwre-cymru/cwre/cwre"
)

// learnerInfo is what the generator knows about a learner beyond the
// record: how likely they are to attend, to opt in and to reflect.
type learnerInfo struct {
	attend  float64 // chance of attending an activity they are on
	opt     float64 // factor on the chance of opting in to an optional activity
	reflect float64 // factor on the chance of writing a reflection
	need    float64 // weight for activities targeted at learners who need support
}

// group is a teaching (tutor) group of a secondary year group, such as
// 10X1; band 0 is the X band, 1 the Y band.
type group struct {
	name    string
	band    int
	members []int32
}

// cohort is one year group of the school.
type cohort struct {
	yg      cwre.YearGroup
	members []int32 // indexes into the dataset's learners, ascending
	groups  []group
	lead    string         // staff initials of the head of year or class teacher
	busy    [][2]cwre.Date // placements, when the year group is out of school
}

// item is an activity being planned.
type item struct {
	t       *tmpl
	a       cwre.Activity
	yg      cwre.YearGroup // youngest year group it is for
	members []int32        // learners it is for, ascending
	sector  sector
	job     string
	outs    []cwre.Outcome // intended outcomes its learners may achieve
	refl    reflSet
}

// gen generates one school. Its steps run in order: school, learners,
// plan, schedule, participations.
type gen struct {
	o       Options
	cal     *calendar
	ds      *cwre.Dataset
	upn     string // seven digits: synthetic authority code and establishment number
	efsm    float64
	attBase float64
	engage  float64 // chance that a Table Four objective is planned for a year group
	staff   []string
	emps    []employer
	cohorts []*cohort
	info    []learnerInfo
	items   []*item
	buf     []cand
}

// cand is a possible start: school day j of half-term h.
type cand struct{ h, j int }

func newGen(o Options) *gen {
	return &gen{o: o, cal: newCalendar(o.AcademicYear), ds: &cwre.Dataset{FormatVersion: cwre.FormatVersion}}
}

// Helpers on the random source.

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func clamp(x, lo, hi float64) float64 { return min(max(x, lo), hi) }

// halfHours rounds hours to the nearest half hour, at least half an hour.
func halfHours(h float64) float64 { return max(math.Round(h*2)/2, 0.5) }

// phaseMedianEFSM is the median eFSM rate of a school of each phase.
var phaseMedianEFSM = [numPhases]float64{Secondary: 0.19, Primary: 0.19, AllAge: 0.19, Special: 0.38, PRU: 0.5}

// school draws what the school is like: its UPN prefix, eFSM rate,
// attendance, engagement, staff and employers.
func (g *gen) school() {
	r := newRand(g.o.Seed, streamSchool)
	g.upn = g.o.SchoolID
	if len(g.upn) != 7 || strings.Trim(g.upn, "0123456789") != "" {
		g.upn = defaultSchoolID(g.o.Seed, g.o.Phase)
	}
	// A UPN's authority code is 0 followed by the last two digits of the
	// school's: no authority has a code below 100, so a synthetic UPN can
	// never be a real pupil's.
	g.upn = "0" + g.upn[1:]
	g.efsm = clamp(phaseMedianEFSM[g.o.Phase]*math.Exp(0.5*r.NormFloat64()), 0.03, 0.7)
	if g.o.EFSMRate > 0 {
		g.efsm = g.o.EFSMRate
	}
	switch g.o.Phase {
	case Special:
		g.attBase = 0.89 + 0.015*r.NormFloat64()
	case PRU:
		g.attBase = 0.80 + 0.03*r.NormFloat64()
	default:
		g.attBase = 0.93 + 0.012*r.NormFloat64()
	}
	g.engage = 0.6 + 0.35*r.Float64()

	var nStaff, nEmps int
	switch g.o.Phase {
	case Primary:
		nStaff, nEmps = between(r, 9, 13), between(r, 7, 10)
	case Secondary:
		nStaff, nEmps = between(r, 16, 24), between(r, 16, 24)
	case AllAge:
		nStaff, nEmps = between(r, 22, 30), between(r, 18, 26)
	case Special:
		nStaff, nEmps = between(r, 10, 14), between(r, 8, 12)
	default:
		nStaff, nEmps = between(r, 6, 9), between(r, 6, 10)
	}
	g.staff = make([]string, 0, nStaff)
	for len(g.staff) < nStaff {
		b := []byte{pick(r, []byte(firstInitials)), pick(r, []byte(lastInitials))}
		if chance(r, 0.2) {
			b = []byte{b[0], pick(r, []byte(firstInitials)), b[1]}
		}
		if s := string(b); !slices.Contains(g.staff, s) {
			g.staff = append(g.staff, s)
		}
	}
	// Employers: one from each of several sectors first, so that every
	// school has a spread, then any.
	sectors := make([]sector, numSectors)
	for i := range sectors {
		sectors[i] = sector(i)
	}
	r.Shuffle(len(sectors), func(i, j int) { sectors[i], sectors[j] = sectors[j], sectors[i] })
	g.emps = make([]employer, 0, nEmps)
	for len(g.emps) < nEmps {
		var b *business
		if i := len(g.emps); i < len(sectors) {
			for b == nil || b.sector != sectors[i] {
				b = &businesses[r.IntN(len(businesses))]
			}
		} else {
			b = &businesses[r.IntN(len(businesses))]
		}
		name := pick(r, namePrefixes[:]) + " " + b.suffix
		if !slices.ContainsFunc(g.emps, func(e employer) bool { return e.name == name }) {
			g.emps = append(g.emps, employer{name: name, biz: b})
		}
	}
}

// cohortSpec is a year group of a phase and its share of the learners.
type cohortSpec struct {
	yg cwre.YearGroup
	w  float64
}

// phaseYears returns the year groups of a phase with their relative sizes.
func phaseYears(p Phase, noSixth bool) []cohortSpec {
	var cs []cohortSpec
	add := func(from, to cwre.YearGroup, w float64) {
		for y := from; y <= to; y++ {
			cs = append(cs, cohortSpec{y, w})
		}
	}
	switch p {
	case Primary:
		add(yN1, yN1, 0.35)
		add(yN2, yN2, 0.9)
		add(yR, y6, 1)
	case AllAge:
		add(yN1, yN1, 0.3)
		add(yN2, yN2, 0.75)
		add(yR, y6, 0.8)
		add(y7, y11, 1)
		if !noSixth {
			add(y12, y12, 0.5)
			add(y13, y13, 0.45)
		}
	case Special:
		add(yN2, yN2, 0.3)
		add(yR, yR, 0.4)
		add(y1, y6, 0.6)
		add(y7, y11, 1)
		add(y12, y12, 0.9)
		add(y13, y13, 0.8)
	case PRU:
		cs = []cohortSpec{{y7, 0.2}, {y8, 0.4}, {y9, 0.7}, {y10, 1}, {y11, 1.2}}
	default:
		add(y7, y11, 1)
		if !noSixth {
			add(y12, y12, 0.55)
			add(y13, y13, 0.5)
		}
	}
	return cs
}

// learners generates the roll, year group by year group.
func (g *gen) learners() {
	r := newRand(g.o.Seed, streamLearners)
	ay := g.o.AcademicYear
	specs := phaseYears(g.o.Phase, g.o.NoSixthForm)
	total := 0.0
	for _, s := range specs {
		total += s.w
	}
	sizes := make([]int, len(specs))
	n := 0
	for i, s := range specs {
		sizes[i] = max(0, int(math.Round(float64(g.o.Learners)*s.w/total*(1+0.06*r.NormFloat64()))))
		n += sizes[i]
	}
	if n == 0 && g.o.Learners > 0 {
		// Too few learners to round to any cohort: put them in the largest.
		i := 0
		for j, s := range specs {
			if s.w > specs[i].w {
				i = j
			}
		}
		sizes[i], n = g.o.Learners, g.o.Learners
	}
	g.ds.Learners = make([]cwre.Learner, 0, n)
	g.info = make([]learnerInfo, 0, n)
	var serials [100]int
	first := specs[0].yg
	mainstream := g.o.Phase.place() == inMainstream
	for ci, s := range specs {
		c := &cohort{yg: s.yg, lead: g.staff[1+ci%(len(g.staff)-1)]}
		g.cohorts = append(g.cohorts, c)
		age := s.yg.Age()
		born := cwre.NewDate(ay-age-1, time.September, 1)
		days := born.DaysUntil(cwre.NewDate(ay-age, time.August, 31)) + 1
		entry := ay - int(s.yg-first)
		for range sizes[ci] {
			idx := int32(len(g.ds.Learners))
			c.members = append(c.members, idx)
			joined := entry
			switch {
			case g.o.Phase == Special || g.o.Phase == PRU:
				joined = ay - r.IntN(int(s.yg-first)+1)
			case entry < ay && chance(r, 0.12):
				joined = between(r, entry+1, ay)
			}
			l := cwre.Learner{
				ID:          g.allocateUPN(&serials, joined),
				SchoolID:    g.o.SchoolID,
				YearGroup:   s.yg,
				DateOfBirth: born.AddDays(r.IntN(days)),
			}
			g.characteristics(r, &l)
			g.ds.Learners = append(g.ds.Learners, l)
			g.info = append(g.info, g.learnerInfo(r, &l))
		}
		if mainstream && s.yg >= y7 && len(c.members) > 0 {
			g.teachingGroups(r, c)
		}
	}
}

// characteristics draws a learner's eFSM, ALN, LAC and young carer flags
// and setting.
func (g *gen) characteristics(r *rand.Rand, l *cwre.Learner) {
	l.EFSM = chance(r, g.efsm)
	e := 0.0
	if l.EFSM {
		e = 1
	}
	older := l.YearGroup >= y1
	switch g.o.Phase {
	case Special:
		l.ALN = true
		l.LAC = chance(r, 0.03+0.02*e)
		l.YoungCarer = older && chance(r, 0.02+0.02*e)
		l.Setting = cwre.Special
	case PRU:
		l.ALN = chance(r, 0.35+0.15*e)
		l.LAC = chance(r, 0.05+0.05*e)
		l.YoungCarer = chance(r, 0.04+0.03*e)
		l.Setting = cwre.PRU
		if chance(r, 0.25) {
			l.Setting = cwre.EOTAS
		}
	default:
		l.ALN = chance(r, 0.085+0.06*e)
		l.LAC = chance(r, 0.006+0.02*e)
		l.YoungCarer = older && chance(r, 0.025+0.025*e)
		l.Setting = cwre.Mainstream
	}
}

// learnerInfo draws a learner's propensities from their characteristics:
// learners eligible for free school meals, looked after or young carers
// attend a little less and opt in less often.
func (g *gen) learnerInfo(r *rand.Rand, l *cwre.Learner) learnerInfo {
	att := g.attBase + 0.03*r.NormFloat64()
	opt := math.Exp(0.3 * r.NormFloat64())
	refl, need := 1.0, 1.0
	if l.EFSM {
		att -= 0.05
		opt *= 0.7
		refl *= 0.8
		need += 2
	}
	if l.LAC {
		att -= 0.08
		opt *= 0.6
		refl *= 0.8
		need += 2
	}
	if l.YoungCarer {
		att -= 0.04
		opt *= 0.8
		need++
	}
	if l.ALN {
		att -= 0.02
		need += 1.5
	}
	if l.Setting == cwre.EOTAS {
		att -= 0.05
	}
	return learnerInfo{attend: clamp(att, 0.45, 0.99), opt: clamp(opt, 0.1, 3), reflect: refl, need: need}
}

// allocateUPN returns a new UPN allocated by the school in the given
// year: check letter, LA code, establishment number, two-digit year and a
// three-digit serial. A year whose serials are used up passes to the next.
func (g *gen) allocateUPN(serials *[100]int, year int) string {
	ay := g.o.AcademicYear
	for y := range 200 {
		yr := year + y
		if yr > ay {
			yr = year - (yr - ay)
		}
		yy := ((yr % 100) + 100) % 100
		if serials[yy] >= 999 {
			continue
		}
		serials[yy]++
		var b [13]byte
		copy(b[1:], g.upn)
		b[8], b[9] = byte('0'+yy/10), byte('0'+yy%10)
		s := serials[yy]
		b[10], b[11], b[12] = byte('0'+s/100), byte('0'+s/10%10), byte('0'+s%10)
		c, err := cwre.UPNCheckLetter(string(b[1:]))
		if err != nil {
			panic(err)
		}
		b[0] = c
		return string(b[:])
	}
	panic("cwre: sample: no UPN serials left")
}

// teachingGroups splits a secondary year group into tutor groups of about
// 27, named like 10X1 and 10Y2.
func (g *gen) teachingGroups(r *rand.Rand, c *cohort) {
	k := max(1, int(math.Round(float64(len(c.members))/27)))
	order := slices.Clone(c.members)
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	nx := (k + 1) / 2
	year := strconv.Itoa(int(c.yg - yR))
	c.groups = make([]group, k)
	for i := range k {
		band, num := 0, i+1
		if i >= nx {
			band, num = 1, i-nx+1
		}
		c.groups[i] = group{name: year + string("XY"[band]) + strconv.Itoa(num), band: band}
	}
	for i, m := range order {
		gr := &c.groups[i%k]
		gr.members = append(gr.members, m)
	}
	for i := range c.groups {
		slices.Sort(c.groups[i].members)
	}
}

// eligible reports whether template t suits year group c of this school.
func (g *gen) eligible(t *tmpl, c *cohort) bool {
	where := t.where
	if where == 0 {
		where = anywhere
	}
	return c.yg >= t.from && c.yg <= t.to && where&g.o.Phase.place() != 0 && c.yg.Age() >= t.minAge() && len(c.members) > 0
}

// plan draws the school's Table Five plan: for each year group, an
// activity for most of Table Four's objectives, the school's careers
// programme, at least one employer encounter and a few extras; then the
// school-wide events.
func (g *gen) plan() {
	r := newRand(g.o.Seed, streamPlan)
	used := make([]bool, len(catalogue))
	var cands []int
	for _, c := range g.cohorts {
		if len(c.members) == 0 {
			continue
		}
		clear(used)
		start := len(g.items)
		add := func(i int) {
			used[i] = true
			g.add(r, &catalogue[i], []*cohort{c})
		}
		// Placements first, so that other activities avoid their weeks.
		for _, p := range programme {
			i := catalogueIndex[p.key]
			if catalogue[i].placement() && catalogue[i].reach == wholeYear && g.eligible(&catalogue[i], c) && chance(r, p.chance) {
				add(i)
			}
		}
		t4 := tableFourAge(c.yg.Age())
		for _, o := range cwre.Objectives() {
			if !chance(r, g.engage) {
				continue
			}
			ks := o.SuggestedFor(t4)
			cands = cands[:0]
			for i := range catalogue {
				t := &catalogue[i]
				if !used[i] && !t.shared && slices.Contains(ks, t.kinds[0]) && g.eligible(t, c) {
					cands = append(cands, i)
				}
			}
			if len(cands) > 0 {
				add(pick(r, cands))
			}
		}
		for _, p := range programme {
			i := catalogueIndex[p.key]
			t := &catalogue[i]
			if !used[i] && !(t.placement() && t.reach == wholeYear) && g.eligible(t, c) && chance(r, p.chance) {
				add(i)
			}
		}
		if !slices.ContainsFunc(g.items[start:], func(it *item) bool {
			return it.t.encounter() && (it.t.reach == wholeYear || it.t.reach == lessons)
		}) {
			cands = cands[:0]
			for i := range catalogue {
				t := &catalogue[i]
				if !used[i] && !t.shared && t.encounter() && !t.placement() && (t.reach == wholeYear || t.reach == lessons) && g.eligible(t, c) {
					cands = append(cands, i)
				}
			}
			if len(cands) > 0 {
				add(pick(r, cands))
			}
		}
		extras := r.IntN(2)
		if c.yg >= y7 {
			extras = r.IntN(4)
		}
		for range extras {
			cands = cands[:0]
			for i := range catalogue {
				if !used[i] && !catalogue[i].shared && g.eligible(&catalogue[i], c) {
					cands = append(cands, i)
				}
			}
			if len(cands) > 0 {
				add(pick(r, cands))
			}
		}
	}
	for _, p := range sharedProgramme {
		t := &catalogue[catalogueIndex[p.key]]
		var cs []*cohort
		for _, c := range g.cohorts {
			if g.eligible(t, c) {
				cs = append(cs, c)
			}
		}
		if len(cs) > 0 && chance(r, p.chance) {
			g.add(r, t, cs)
		}
	}
}

// add plans one activity of template t for the given year groups.
func (g *gen) add(r *rand.Rand, t *tmpl, cs []*cohort) {
	it := &item{t: t, yg: cs[0].yg}
	a := &it.a
	a.SchoolID = g.o.SchoolID
	a.Kinds = slices.Clone(t.kinds)

	// Who it is for.
	switch {
	case t.reach == lessons && len(cs) == 1 && len(cs[0].groups) > 1:
		c := cs[0]
		band := -1
		if chance(r, 0.4) {
			band = r.IntN(2)
		}
		for _, gr := range c.groups {
			if band < 0 || gr.band == band {
				a.Groups = append(a.Groups, gr.name)
				it.members = append(it.members, gr.members...)
			}
		}
		slices.Sort(it.members)
	default:
		meanNeed := 0.0
		if t.reach == targeted {
			n := 0
			for _, c := range cs {
				for _, m := range c.members {
					meanNeed += g.info[m].need
					n++
				}
			}
			meanNeed /= float64(n)
		}
		for _, c := range cs {
			a.Groups = append(a.Groups, c.yg.Code())
			for _, m := range c.members {
				switch t.reach {
				case optional:
					if !chance(r, min(0.95, t.share*g.info[m].opt)) {
						continue
					}
				case targeted:
					if !chance(r, min(0.95, t.share*g.info[m].need/meanNeed)) {
						continue
					}
				}
				it.members = append(it.members, m)
			}
		}
	}
	if len(it.members) == 0 {
		return
	}

	// Delivery, then the title and the employers it names.
	u := r.Float64()
	switch {
	case u < t.virtual:
		a.Delivery = cwre.Virtual
	case u < t.virtual+t.hybrid:
		a.Delivery = cwre.Hybrid
	case chance(r, 0.04):
		// not recorded
	default:
		a.Delivery = cwre.FaceToFace
	}
	titles, sectors := t.titles, t.sectors
	ti := r.IntN(len(titles))
	if t.tsec != nil {
		sectors = t.tsec[ti]
	}
	if a.Delivery == cwre.Virtual && t.vtitles != nil {
		titles, ti = t.vtitles, r.IntN(len(t.vtitles))
	}
	if n := between(r, t.emp[0], t.emp[1]); n > 0 {
		first := g.employerIn(r, sectors)
		a.Employers = append(a.Employers, g.emps[first].name)
		for _, e := range r.Perm(len(g.emps)) {
			if len(a.Employers) == n {
				break
			}
			if e != first {
				a.Employers = append(a.Employers, g.emps[e].name)
			}
		}
		b := g.emps[first].biz
		it.sector, it.job = b.sector, pick(r, b.jobs)
	} else {
		it.sector = sector(r.IntN(int(numSectors)))
		if len(sectors) > 0 {
			it.sector = pick(r, sectors)
		}
		it.job = pick(r, businessOf(r, it.sector).jobs)
	}
	a.Title = g.fill(titles[ti], it)

	// When, for how long and with whom.
	a.StartDate, a.EndDate = g.dates(r, t, cs)
	if t.span == week || t.span == twoWeeks {
		for _, c := range cs {
			c.busy = append(c.busy, [2]cwre.Date{a.StartDate, a.LastDay()})
		}
	}
	a.Hours = halfHours(t.hours[0] + (t.hours[1]-t.hours[0])*r.Float64())
	if limit := float64(24 * a.Days()); a.Hours > limit {
		a.Hours = limit
	}
	switch {
	case t.shared:
		a.Staff = []string{g.staff[0]}
	default:
		a.Staff = []string{cs[0].lead}
	}
	if chance(r, 0.35) {
		s := g.staff[0]
		if !t.encounter() || chance(r, 0.5) {
			s = pick(r, g.staff)
		}
		if !slices.Contains(a.Staff, s) {
			a.Staff = append(a.Staff, s)
		}
	}

	// What it covers.
	if chance(r, 0.75) {
		a.Types = a.EffectiveTypes()
	}
	a.Objectives = objectivesOf(t.kinds, it.yg.Age())
	if len(t.aoles) > 0 && chance(r, 0.92) {
		a.AoLEs = append(a.AoLEs, pick(r, t.aoles))
		if chance(r, 0.4) {
			if x := pick(r, t.aoles); x != a.AoLEs[0] {
				a.AoLEs = append(a.AoLEs, x)
			}
		}
		slices.Sort(a.AoLEs)
	}
	if chance(r, 0.25) {
		a.Link = "https://example.org/" + slug(g.o.SchoolID) + "/cwre/" + slug(a.Title)
	}
	for _, o := range a.Objectives {
		for _, out := range objectiveOutcomes[o] {
			if !slices.Contains(it.outs, out) {
				it.outs = append(it.outs, out)
			}
		}
	}
	for _, out := range t.outcomes {
		if !slices.Contains(it.outs, out) {
			it.outs = append(it.outs, out)
		}
	}
	it.refl = t.refl
	switch {
	case it.yg <= y2:
		it.refl = reflEarly
	case it.yg <= y6 && t.refl != reflEnterprise:
		it.refl = reflJunior
	}
	g.items = append(g.items, it)
}

// employerIn returns the index of a random employer of the school in one
// of the sectors (any sector when none are given). A school that has none
// in those sectors finds a new one.
func (g *gen) employerIn(r *rand.Rand, sectors []sector) int {
	var ok []int
	for i, e := range g.emps {
		if len(sectors) == 0 || slices.Contains(sectors, e.biz.sector) {
			ok = append(ok, i)
		}
	}
	if len(ok) > 0 {
		return pick(r, ok)
	}
	b := businessOf(r, pick(r, sectors))
	for {
		name := pick(r, namePrefixes[:]) + " " + b.suffix
		if !slices.ContainsFunc(g.emps, func(e employer) bool { return e.name == name }) {
			g.emps = append(g.emps, employer{name: name, biz: b})
			return len(g.emps) - 1
		}
	}
}

// businessOf returns a random kind of business in sector s.
func businessOf(r *rand.Rand, s sector) *business {
	for {
		if b := &businesses[r.IntN(len(businesses))]; b.sector == s {
			return b
		}
	}
}

// fill replaces the placeholders of a title or reflection.
func (g *gen) fill(s string, it *item) string {
	if !strings.Contains(s, "{") {
		return s
	}
	job := it.job
	article := "a "
	if strings.ContainsRune("aeiou", rune(job[0])) {
		article = "an "
	}
	emp := ""
	if len(it.a.Employers) > 0 {
		emp = it.a.Employers[0]
	}
	return strings.NewReplacer(
		"{emp}", emp,
		"{sector}", sectorNames[it.sector],
		"{a_job}", article+job,
		"{job}", job,
		"{Y}", it.yg.Code(),
	).Replace(s)
}

// slug turns text into a lower-case path segment of letters, digits and
// hyphens.
func slug(s string) string {
	b := make([]byte, 0, len(s))
	dash := true
	for _, c := range []byte(strings.ToLower(s)) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b = append(b, c)
			dash = false
		} else if !dash {
			b = append(b, '-')
			dash = true
		}
	}
	return strings.TrimSuffix(string(b), "-")
}

// dates draws an activity's start and end dates from the school calendar.
// Activities of a few days avoid the weeks the year groups are out on
// placement.
func (g *gen) dates(r *rand.Rand, t *tmpl, cs []*cohort) (start, end cwre.Date) {
	cal := g.cal
	mask := t.halves
	if mask == 0 {
		mask = anyHalf
	}
	var halves []int
	for h := range 6 {
		if mask&(1<<h) != 0 {
			halves = append(halves, h)
		}
	}
	switch t.span {
	case halfTerm:
		h := cal.halves[pick(r, halves)]
		return h[0].d, h[len(h)-1].d
	case term:
		tm := pick(r, halves) / 2
		h0, h1 := cal.halves[2*tm], cal.halves[2*tm+1]
		return h0[r.IntN(min(5, len(h0)))].d, h1[len(h1)-1-r.IntN(min(5, len(h1)))].d
	case wholeYr:
		h0, h5 := cal.halves[0], cal.halves[5]
		return h0[5+r.IntN(min(10, len(h0)-5))].d, h5[len(h5)-1-r.IntN(min(10, len(h5)))].d
	}
	var lo, hi cwre.Date
	if t.after != (monthDay{}) {
		lo = t.after.in(cal.year)
	}
	if t.before != (monthDay{}) {
		hi = t.before.in(cal.year)
	}
	g.buf = g.buf[:0]
	for _, h := range halves {
		days := cal.halves[h]
		for j, d := range days {
			if !lo.IsZero() && d.d.Before(lo) || !hi.IsZero() && d.d.After(hi) {
				continue
			}
			if e, ok := cal.spanEnd(t, h, j); ok && !(t.span <= twoWeeks && clashes(cs, d.d, e)) {
				g.buf = append(g.buf, cand{h, j})
			}
		}
	}
	if len(g.buf) == 0 {
		// No day fits the template's window: take any day that fits its
		// span.
		for h := range 6 {
			for j := range cal.halves[h] {
				if _, ok := cal.spanEnd(t, h, j); ok {
					g.buf = append(g.buf, cand{h, j})
				}
			}
		}
	}
	c := pick(r, g.buf)
	end, _ = cal.spanEnd(t, c.h, c.j)
	return cal.halves[c.h][c.j].d, end
}

// clashes reports whether the days from start to end (or start alone, when
// end is zero) overlap a placement of one of the year groups.
func clashes(cs []*cohort, start, end cwre.Date) bool {
	if end.IsZero() {
		end = start
	}
	for _, c := range cs {
		for _, b := range c.busy {
			if !start.After(b[1]) && !end.Before(b[0]) {
				return true
			}
		}
	}
	return false
}

// spanEnd returns the end date of an activity of t starting on school day
// j of half-term h (the zero Date for one day), and whether it can start
// there. Activities of some weeks run on through the holidays that fall in
// them.
func (c *calendar) spanEnd(t *tmpl, h, j int) (cwre.Date, bool) {
	days := c.halves[h]
	d := days[j]
	full := func(last, calendarDays int) bool {
		return last < len(days) && days[last].d == d.d.AddDays(calendarDays)
	}
	switch t.span {
	case nDays:
		if int(d.wd)+t.n-1 > int(time.Friday) || !full(j+t.n-1, t.n-1) {
			return cwre.Date{}, false
		}
		return days[j+t.n-1].d, true
	case week:
		if d.wd != time.Monday || !full(j+4, 4) {
			return cwre.Date{}, false
		}
		return days[j+4].d, true
	case twoWeeks:
		if d.wd != time.Monday || !full(j+9, 11) {
			return cwre.Date{}, false
		}
		return days[j+9].d, true
	case nWeeks:
		k := c.offset[h] + j + 5*t.n - 1
		if d.wd != time.Monday && j != 0 || k >= len(c.all) {
			return cwre.Date{}, false
		}
		return c.all[k].d, true
	}
	return cwre.Date{}, true
}

// schedule orders the plan by date, gives each activity its id and decides
// its status as of the Options' AsOf day.
func (g *gen) schedule() {
	slices.SortStableFunc(g.items, func(x, y *item) int {
		if c := x.a.StartDate.Compare(y.a.StartDate); c != 0 {
			return c
		}
		if x.yg != y.yg {
			return int(x.yg) - int(y.yg)
		}
		return strings.Compare(x.a.Title, y.a.Title)
	})
	r := newRand(g.o.Seed, streamStatus)
	asOf := g.o.AsOf
	g.ds.Activities = make([]cwre.Activity, len(g.items))
	for i, it := range g.items {
		a := &it.a
		a.ID = g.o.SchoolID + "-A" + pad4(i+1)
		u1, u2, u3 := r.Float64(), r.Float64(), r.Float64()
		place := it.t.placement()
		switch {
		case a.StartDate.After(asOf):
			a.Status = cwre.Planned
		case (it.t.span == oneDay || it.t.span == nDays) && u1 < 0.03:
			a.Status = cwre.Cancelled
			a.Prepared = u2 < 0.5
		default:
			a.Status = cwre.Delivered
			prep, debrief := 0.85, 0.75
			if place {
				prep, debrief = 0.97, 0.92
			}
			a.Prepared = u2 < prep
			a.Debriefed = !a.LastDay().After(asOf) && u3 < debrief
		}
		g.ds.Activities[i] = *a
	}
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// reflectChance is the chance that a learner who attended writes a
// reflection, by reflection set.
var reflectChance = [numReflSets]float64{
	reflGeneral: 0.08, reflEarly: 0.06, reflJunior: 0.1, reflEncounter: 0.18,
	reflPlacement: 0.55, reflEnterprise: 0.2, reflInterview: 0.3,
}

// participations records, for each activity, the learners it was for:
// attended or not, their own hours when they differ, and for some a
// reflection and the outcomes they achieved. Each activity draws from its
// own stream, so one activity's status does not move the others'.
func (g *gen) participations() {
	n := 0
	for _, it := range g.items {
		n += len(it.members)
	}
	g.ds.Participations = make([]cwre.Participation, 0, n)
	for i, it := range g.items {
		a := &g.ds.Activities[i]
		r := newRand(mix(g.o.Seed, uint64(i)), streamPart)
		t := it.t
		for _, m := range it.members {
			p := cwre.Participation{LearnerID: g.ds.Learners[m].ID, ActivityID: a.ID}
			if a.Status != cwre.Delivered {
				g.ds.Participations = append(g.ds.Participations, p)
				continue
			}
			inf := &g.info[m]
			att := inf.attend
			if t.reach == optional {
				att = min(0.99, att+0.04)
			}
			if !chance(r, att) {
				g.ds.Participations = append(g.ds.Participations, p)
				continue
			}
			p.Attended = true
			if h, ok := g.ownHours(r, it, a); ok {
				p.Hours = &h
			}
			pr := reflectChance[it.refl] * inf.reflect
			if a.Debriefed {
				pr *= 1.3
			}
			if chance(r, pr) {
				p.Reflection = strings.NewReplacer("{sector}", sectorNames[it.sector], "{job}", it.job).Replace(pick(r, reflections[it.refl]))
			}
			po := 0.25
			switch {
			case it.refl == reflEarly:
				po = 0.1
			case t.placement():
				po = 0.5
			}
			if len(it.outs) > 0 && chance(r, po) {
				p.Outcomes = []cwre.Outcome{pick(r, it.outs)}
				if chance(r, 0.3) {
					if o := pick(r, it.outs); o != p.Outcomes[0] {
						p.Outcomes = append(p.Outcomes, o)
						slices.Sort(p.Outcomes)
					}
				}
			}
			g.ds.Participations = append(g.ds.Participations, p)
		}
	}
}

// ownHours returns a learner's own hours when they differ from the
// activity's: part-time work as logged, days missed on a placement,
// sessions missed at a club, or leaving early.
func (g *gen) ownHours(r *rand.Rand, it *item, a *cwre.Activity) (float64, bool) {
	t := it.t
	switch {
	case slices.Contains(t.kinds, cwre.KindPartTimeWork):
		return halfHours(20 + 60*r.Float64()), true
	}
	var h float64
	switch {
	case t.span == week || t.span == twoWeeks:
		if !chance(r, 0.1) {
			return 0, false
		}
		days := 5.0
		if t.span == twoWeeks {
			days = 10
		}
		h = a.Hours * (days - float64(between(r, 1, 2))) / days
	case t.span >= nWeeks && t.reach == optional:
		if !chance(r, 0.3) {
			return 0, false
		}
		h = a.Hours * (0.4 + 0.5*r.Float64())
	case chance(r, 0.04):
		h = a.Hours * (0.3 + 0.5*r.Float64())
	default:
		return 0, false
	}
	h = halfHours(h)
	return h, h < a.Hours
}
