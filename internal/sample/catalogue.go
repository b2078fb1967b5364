package sample

import (
	"time"

	"github.com/cwre-cymru/cwre/cwre"
)

// place is a set of kinds of school, as bits.
type place uint8

const (
	inMainstream place = 1 << iota // Primary, Secondary, AllAge
	inSpecial
	inPRU
	anywhere = inMainstream | inSpecial | inPRU
)

func (p Phase) place() place {
	switch p {
	case Special:
		return inSpecial
	case PRU:
		return inPRU
	}
	return inMainstream
}

// reach says which learners of a year group an activity is for.
type reach uint8

const (
	wholeYear reach = iota // every learner of the year group
	lessons                // all or some teaching groups, in lessons
	optional               // the learners who choose to take part
	targeted               // learners picked for extra support
)

// span is how long an activity lasts.
type span uint8

const (
	oneDay   span = iota
	nDays         // n consecutive school days in one week
	week          // Monday to Friday
	twoWeeks      // Monday to the Friday of the next week
	nWeeks        // n weeks from a Monday
	halfTerm      // a whole half-term
	term          // a whole term
	wholeYr       // September to July
)

// monthDay is a day of the academic year, as month and day; the zero
// monthDay means no limit.
type monthDay struct {
	m time.Month
	d int
}

// in returns the date of md in academic year ay.
func (md monthDay) in(ay int) cwre.Date {
	if md.m >= time.September {
		return cwre.NewDate(ay, md.m, md.d)
	}
	return cwre.NewDate(ay+1, md.m, md.d)
}

// tmpl is one kind of activity a school runs: the kinds of experience it
// records, which year groups and schools it suits, how its title reads and
// how long it lasts.
type tmpl struct {
	key      string
	kinds    []cwre.Kind
	from, to cwre.YearGroup
	where    place
	titles   []string   // may name {emp}, {sector}, {job}, {a_job}, {Y}
	tsec     [][]sector // when set, the sectors of each title's employer
	vtitles  []string   // titles when delivered virtually; nil to keep titles
	hours    [2]float64
	span     span
	n        int      // days for nDays, weeks for nWeeks
	halves   uint8    // half-terms it may start in; 0 means any
	after    monthDay // earliest start
	before   monthDay // latest start
	reach    reach
	share    float64 // for optional and targeted activities
	emp      [2]int  // how many employers, at least and at most
	sectors  []sector
	virtual  float64 // chance of virtual delivery
	hybrid   float64 // chance of hybrid delivery
	aoles    []cwre.AoLE
	outcomes []cwre.Outcome // intended outcomes beyond the objectives'
	refl     reflSet
	shared   bool // one activity for every year group in range
}

// placement reports whether the template is a work experience placement.
func (t *tmpl) placement() bool {
	for _, k := range t.kinds {
		if k.IsPlacement() {
			return true
		}
	}
	return false
}

// encounter reports whether the template brings learners into contact with
// employers (a kind of type 2 or 4).
func (t *tmpl) encounter() bool {
	for _, k := range t.kinds {
		if k.Type().EmployerEncounter() {
			return true
		}
	}
	return false
}

// minAge returns the highest age rule of the template's kinds.
func (t *tmpl) minAge() int {
	m := 0
	for _, k := range t.kinds {
		m = max(m, k.MinAge())
	}
	return m
}

// Shorthands for the catalogue.
type (
	kk = []cwre.Kind
	ss = []string
	sc = []sector
	aa = []cwre.AoLE
	oo = []cwre.Outcome
)

const (
	yN1, yN2, yR                   = cwre.YearN1, cwre.YearN2, cwre.YearR
	y1, y2, y3, y4, y5, y6, y7, y8 = cwre.Year1, cwre.Year2, cwre.Year3, cwre.Year4, cwre.Year5, cwre.Year6, cwre.Year7, cwre.Year8
	y9, y10, y11, y12, y13         = cwre.Year9, cwre.Year10, cwre.Year11, cwre.Year12, cwre.Year13
)

const (
	ea  = cwre.AoLEExpressiveArts
	hwb = cwre.AoLEHealthWellbeing
	hum = cwre.AoLEHumanities
	llc = cwre.AoLELanguages
	mn  = cwre.AoLEMathematics
	st  = cwre.AoLEScience
)

func outcome(code string) cwre.Outcome {
	o, err := cwre.ParseOutcome(code)
	if err != nil {
		panic(err)
	}
	return o
}

var (
	outCV          = outcome("cv-and-applications")
	outEmployable  = outcome("employability-skills")
	outCustomer    = outcome("customer-care")
	outLMI         = outcome("interpret-lmi")
	outCareer      = outcome("career-management")
	outTeamwork    = outcome("teamwork")
	outSafety      = outcome("health-and-safety")
	outEnterprise  = outcome("enterprise-skills")
	outAspirations = outcome("aspirations")
)

// catalogue is every activity a generated school may run. Titles read like
// the entries teachers make in a Table Five plan; employers are the
// school's fictional local employers.
var catalogue = []tmpl{
	// Early years and infants (N1 to Y2).
	{key: "role-play-area", kinds: kk{cwre.KindRolePlay}, from: yN1, to: y2,
		titles: ss{"Role-play area: the vet's surgery", "Role-play area: the class café", "Role-play area: the post office",
			"Role-play area: the builders' yard", "Role-play area: the hairdresser's", "Role-play area: the garden centre",
			"Role-play area: the doctor's surgery"},
		hours: [2]float64{3, 6}, span: nWeeks, n: 2, aoles: aa{ea, llc}, refl: reflEarly},
	{key: "people-who-help-us", kinds: kk{cwre.KindVisitor}, from: yN1, to: y2,
		titles: ss{"People who help us: a visit from {a_job}", "Meet {a_job} from {emp}", "Visitor in class: {a_job} talks about their work"},
		hours:  [2]float64{1, 1.5}, emp: [2]int{1, 1}, sectors: sc{health, land, food, construction, childcare},
		aoles: aa{hwb, llc}, refl: reflEarly},
	{key: "topic-infants", kinds: kk{cwre.KindTopic}, from: yN1, to: y2,
		titles: ss{"Topic: People who help us", "Topic: Jobs in our community", "Topic: From farm to fork", "Topic: Building and builders"},
		hours:  [2]float64{4, 8}, span: halfTerm, aoles: aa{hum, st, ea}, refl: reflEarly},
	{key: "circle-time", kinds: kk{cwre.KindConversation}, from: yN1, to: y2,
		titles: ss{"Circle time: what do grown-ups do at work?", "Circle time: what will I be when I grow up?"},
		hours:  [2]float64{1, 1.5}, aoles: aa{hwb, llc}, refl: reflEarly},
	{key: "class-trip-infants", kinds: kk{cwre.KindWorkplaceVisit}, from: yN2, to: y2,
		titles: ss{"Class trip to {emp}", "Visit to {emp}"}, hours: [2]float64{3, 5}, emp: [2]int{1, 1},
		sectors: sc{land, food, retail, hospitality}, halves: autumn1 | spring2 | summer1 | summer2, aoles: aa{hum, st}, refl: reflEarly},
	{key: "all-about-me", kinds: kk{cwre.KindPortfolioBuilding}, from: yN1, to: y2,
		titles: ss{"All about me: what I want to be when I grow up", "My learning journey: things I am good at"},
		hours:  [2]float64{1, 2}, aoles: aa{hwb, llc}, refl: reflEarly},
	{key: "class-shop", kinds: kk{cwre.KindSimulation}, from: yN1, to: y2,
		titles: ss{"Class shop: buying and selling", "Class bank: saving and spending"}, hours: [2]float64{2, 3},
		aoles: aa{mn}, refl: reflEarly},

	// Primary (R to Y6).
	{key: "fair-enterprise", kinds: kk{cwre.KindMiniEnterprise}, from: yR, to: y6,
		titles: ss{"Christmas fair mini-enterprise"}, hours: [2]float64{4, 8}, span: nWeeks, n: 3, halves: autumn2,
		before: monthDay{time.November, 30},
		aoles:  aa{mn, ea}, outcomes: oo{outEnterprise}, refl: reflEnterprise},
	{key: "summer-enterprise", kinds: kk{cwre.KindMiniEnterprise}, from: y1, to: y6,
		titles: ss{"Summer fair stall: growing and selling plants", "Mini-enterprise: making and selling bird boxes"},
		hours:  [2]float64{4, 8}, span: nWeeks, n: 4, halves: summer1, aoles: aa{mn, st}, outcomes: oo{outEnterprise}, refl: reflEnterprise},
	{key: "topic-juniors", kinds: kk{cwre.KindTopic}, from: y3, to: y6,
		titles: ss{"Topic: Inventors and engineers", "Topic: Our coast and the people who work there", "Topic: Jobs in Wales, then and now",
			"Topic: Food miles and the people who grow our food", "Topic: Space and careers in science"},
		hours: [2]float64{5, 10}, span: halfTerm, aoles: aa{hum, st, ea}, refl: reflJunior},
	{key: "visitor-juniors", kinds: kk{cwre.KindVisitor}, from: y3, to: y6,
		titles: ss{"Visitor in class: {a_job} from {emp}", "Meet {a_job}: questions and answers", "Assembly: {a_job} talks about their job"},
		hours:  [2]float64{1, 1.5}, emp: [2]int{1, 1}, aoles: aa{hwb, llc}, refl: reflJunior},
	{key: "class-trip-juniors", kinds: kk{cwre.KindWorkplaceVisit}, from: y3, to: y6,
		titles: ss{"Class visit to {emp}", "Trip to {emp}: how a business works"}, hours: [2]float64{4, 6}, emp: [2]int{1, 1},
		sectors: sc{land, food, energy, engineering, hospitality, creative}, aoles: aa{hum, st}, refl: reflJunior},
	{key: "virtual-tour", kinds: kk{cwre.KindWorkplaceVisit}, from: y5, to: y13,
		titles: ss{"Virtual workplace tour: {emp}"}, hours: [2]float64{1, 2}, emp: [2]int{1, 1}, virtual: 1,
		sectors: sc{engineering, energy, digital, food, logistics}, aoles: aa{st, hum}, refl: reflEncounter},
	{key: "jobs-discussion", kinds: kk{cwre.KindConversation}, from: y3, to: y6,
		titles: ss{"What do I want to be? Class discussion", "Talking about jobs: what makes a good job?"},
		hours:  [2]float64{1, 1.5}, aoles: aa{hwb, llc}, refl: reflJunior},
	{key: "newsroom", kinds: kk{cwre.KindRolePlay}, from: y3, to: y6,
		titles: ss{"Role play: running a newsroom", "Role play: a day at the town council", "Courtroom role play"},
		hours:  [2]float64{2, 3}, aoles: aa{llc, hum}, refl: reflJunior},
	{key: "simulation-juniors", kinds: kk{cwre.KindSimulation}, from: y3, to: y6,
		titles: ss{"Enterprise simulation: plan a theme park", "Mission to Mars: team simulation", "Emergency services simulation day"},
		hours:  [2]float64{2, 4}, aoles: aa{mn, st}, outcomes: oo{outTeamwork}, refl: reflJunior},
	{key: "coding-workshop", kinds: kk{cwre.KindWorkshops}, from: y2, to: y6,
		titles: ss{"Coding workshop with {emp}", "Science workshop with {emp}"}, tsec: [][]sector{{digital}, {engineering, energy, health}},
		hours: [2]float64{2, 3}, emp: [2]int{1, 1}, aoles: aa{st, mn}, refl: reflJunior},
	{key: "litter-pick", kinds: kk{cwre.KindVolunteering}, from: y3, to: y6,
		titles: ss{"Eco committee community litter pick", "Planting day at the community garden"}, hours: [2]float64{2, 3},
		halves: autumn1 | spring2 | summer1 | summer2, reach: optional, share: 0.35, aoles: aa{hum, st}, refl: reflJunior},
	{key: "children-centre", kinds: kk{cwre.KindBusinessChallenge}, from: y4, to: y6,
		titles: ss{"Design a Children's Centre Competition", "Primary enterprise challenge: turn £10 into more", "Design a sustainable playground challenge"},
		hours:  [2]float64{2, 6}, aoles: aa{ea, mn, st}, outcomes: oo{outEnterprise}, refl: reflEnterprise},
	{key: "skills-passport", kinds: kk{cwre.KindPortfolioBuilding}, from: y3, to: y6,
		titles: ss{"My skills passport", "Pupil profile: my strengths and goals"}, hours: [2]float64{1, 2}, aoles: aa{hwb, llc}, refl: reflJunior},
	{key: "buddies", kinds: kk{cwre.KindPeerMentoring}, from: y5, to: y6,
		titles: ss{"Playground buddies", "Digital leaders: helping other classes with technology", "Reading buddies for younger pupils"},
		hours:  [2]float64{4, 8}, span: term, reach: optional, share: 0.25, aoles: aa{hwb, llc}, refl: reflJunior},
	{key: "club-primary", kinds: kk{cwre.KindSchoolClub}, from: y1, to: y6,
		titles: ss{"Code club (after school)", "Eco club", "Lego engineering club"}, hours: [2]float64{6, 10}, span: term,
		reach: optional, share: 0.2, aoles: aa{st, mn}, refl: reflJunior},
	{key: "careers-week", kinds: kk{cwre.KindVisitor}, from: yR, to: y6, shared: true,
		titles: ss{"Careers week: visitors from the world of work", "World of work day"}, hours: [2]float64{2, 3}, emp: [2]int{3, 5},
		halves: spring1 | spring2 | summer1, aoles: aa{hwb, hum}, refl: reflJunior},
	{key: "maths-at-work-primary", kinds: kk{cwre.KindWorkRelatedInformation}, from: y4, to: y6,
		titles: ss{"Maths at work: costing a class party", "Maths at work: planning a bus timetable"}, hours: [2]float64{1, 2},
		aoles: aa{mn}, refl: reflJunior},

	// Secondary (Y7 to Y13).
	{key: "project", kinds: kk{cwre.KindProject}, from: y7, to: y13,
		titles: ss{"Science project: careers in renewable energy", "Geography enquiry: jobs in Welsh tourism", "Maths in the workplace enquiry",
			"History enquiry: how work has changed in our area", "Health and well-being project: careers in health and care"},
		hours: [2]float64{4, 10}, span: nWeeks, n: 4, reach: lessons, aoles: aa{st, hum, mn, hwb}, refl: reflGeneral},
	{key: "design-brief", kinds: kk{cwre.KindProject, cwre.KindEmployerInvolvement}, from: y7, to: y11,
		titles: ss{"Design and technology brief from {emp}", "Product design project set by {emp}"}, hours: [2]float64{6, 10},
		span: nWeeks, n: 5, reach: lessons, emp: [2]int{1, 1}, sectors: sc{engineering, creative, digital, food},
		aoles: aa{st, ea}, refl: reflEncounter},
	{key: "visitor-secondary", kinds: kk{cwre.KindVisitor}, from: y7, to: y11,
		titles: ss{"A day in the life of {a_job}: visitor from {emp}", "Guest speaker in lessons: {a_job} from {emp}"},
		hours:  [2]float64{1, 2}, emp: [2]int{1, 1}, reach: lessons, aoles: aa{hum, st, hwb}, refl: reflEncounter},
	{key: "tutor-time", kinds: kk{cwre.KindConversation}, from: y7, to: y13,
		titles: ss{"Tutor-time career conversations", "Tutor-time discussion: jobs of the future", "Tutor time: talking about my next steps"},
		hours:  [2]float64{1.5, 3}, span: nWeeks, n: 3, reach: lessons, aoles: aa{hwb}, outcomes: oo{outCareer}, refl: reflGeneral},
	{key: "industry-visit", kinds: kk{cwre.KindWorkplaceVisit}, from: y7, to: y13,
		titles: ss{"Visit to {emp}", "Industry visit: {sector} at {emp}"}, hours: [2]float64{4, 7}, emp: [2]int{1, 1},
		reach: lessons, sectors: sc{engineering, energy, digital, food, hospitality, logistics, construction, health},
		aoles: aa{st, hum}, refl: reflEncounter},
	{key: "work-observation", kinds: kk{cwre.KindWorkObservation}, from: y8, to: y11,
		titles: ss{"Work observation at {emp}", "Watching {a_job} at work: afternoon at {emp}"}, hours: [2]float64{3, 5},
		emp: [2]int{1, 1}, reach: optional, share: 0.15, aoles: aa{hum}, refl: reflEncounter},
	{key: "job-shadowing", kinds: kk{cwre.KindJobShadowing}, from: y10, to: y13,
		titles: ss{"Job shadowing at {emp}", "Shadow {a_job} for a day"}, hours: [2]float64{6.5, 8}, emp: [2]int{1, 1},
		reach: optional, share: 0.12, aoles: aa{hum}, refl: reflEncounter},
	{key: "role-play-secondary", kinds: kk{cwre.KindRolePlay}, from: y7, to: y11,
		titles: ss{"Role play: handling a customer complaint", "Role play: a busy day on hotel reception", "Role play: a council planning meeting"},
		hours:  [2]float64{1, 2}, reach: lessons, aoles: aa{llc, hum}, outcomes: oo{outCustomer}, refl: reflGeneral},
	{key: "simulation-secondary", kinds: kk{cwre.KindSimulation}, from: y7, to: y12,
		titles: ss{"Crime scene investigation: forensic science simulation", "Budget challenge: managing money for a month",
			"Hospital ward simulation", "Air traffic control simulation"},
		hours: [2]float64{2, 5}, reach: lessons, aoles: aa{st, mn, hwb}, outcomes: oo{outTeamwork}, refl: reflGeneral},
	{key: "master-class", kinds: kk{cwre.KindWorkshops}, from: y7, to: y13,
		titles: ss{"Engineering master class with {emp}", "First steps in cyber security with {emp}", "Construction skills taster with {emp}",
			"Food science workshop with {emp}", "Creative industries master class with {emp}"},
		tsec:  [][]sector{{engineering, energy}, {digital}, {construction}, {food}, {creative}},
		hours: [2]float64{2, 4}, emp: [2]int{1, 1}, reach: lessons,
		aoles: aa{st, ea, mn}, refl: reflEncounter},
	{key: "community-challenge", kinds: kk{cwre.KindVolunteering}, from: y10, to: y11, where: inMainstream,
		titles: ss{"Community Challenge: volunteering at {emp}"}, hours: [2]float64{8, 12}, span: nWeeks, n: 6,
		emp: [2]int{1, 1}, sectors: sc{health, childcare, retail}, reach: optional, share: 0.4, aoles: aa{hwb, hum}, refl: reflEncounter},
	{key: "food-bank", kinds: kk{cwre.KindVolunteering}, from: y8, to: y13,
		titles: ss{"Volunteering at the local food bank", "Volunteering: community garden project"}, hours: [2]float64{6, 10},
		span: nWeeks, n: 6, reach: optional, share: 0.12, aoles: aa{hwb, hum}, refl: reflGeneral},
	{key: "tuck-shop", kinds: kk{cwre.KindMiniEnterprise}, from: y7, to: y11, where: inMainstream,
		titles: ss{"Mini-enterprise: running the school tuck shop", "Mini-enterprise: designing and selling greetings cards"},
		hours:  [2]float64{8, 15}, span: term, reach: optional, share: 0.15, aoles: aa{mn}, outcomes: oo{outEnterprise}, refl: reflEnterprise},
	{key: "young-enterprise", kinds: kk{cwre.KindMiniEnterprise}, from: y10, to: y12, where: inMainstream,
		titles: ss{"Student enterprise company", "Enterprise company: design, make and sell"}, hours: [2]float64{25, 40},
		span: wholeYr, reach: optional, share: 0.08, aoles: aa{mn, ea}, outcomes: oo{outEnterprise}, refl: reflEnterprise},
	{key: "bridge-challenge", kinds: kk{cwre.KindBusinessChallenge, cwre.KindEmployerInvolvement}, from: y7, to: y9,
		titles: ss{"Bridge-building challenge set by {emp}", "Sustainable product design challenge with {emp}"}, hours: [2]float64{3, 6},
		emp: [2]int{1, 1}, sectors: sc{engineering, construction, energy}, reach: lessons, aoles: aa{st, mn}, refl: reflEnterprise},
	{key: "bacc-challenge", kinds: kk{cwre.KindBusinessChallenge}, from: y10, to: y11, where: inMainstream,
		titles: ss{"Welsh Baccalaureate Enterprise and Employability Challenge"}, hours: [2]float64{8, 15},
		span: nWeeks, n: 6, halves: autumn1 | autumn2 | spring1, aoles: aa{mn, llc}, outcomes: oo{outEnterprise}, refl: reflEnterprise},
	{key: "pitch-panel", kinds: kk{cwre.KindBusinessChallenge, cwre.KindEmployerInvolvement}, from: y12, to: y13,
		titles: ss{"Enterprise challenge: pitch to a panel from {emp}"}, hours: [2]float64{4, 6}, emp: [2]int{1, 2},
		sectors: sc{professional, digital}, aoles: aa{mn, llc}, refl: reflEnterprise},
	{key: "business-game", kinds: kk{cwre.KindBusinessGames}, from: y9, to: y13,
		titles: ss{"Business game: the {emp} brief", "Stock market challenge", "Business game: launch a new product"},
		hours:  [2]float64{3, 5}, emp: [2]int{1, 1}, reach: lessons, aoles: aa{mn}, refl: reflEnterprise},
	{key: "club-secondary", kinds: kk{cwre.KindSchoolClub}, from: y7, to: y13,
		titles: ss{"STEM club (Thursday lunchtimes)", "Cyber security club", "Enterprise club", "Young engineers club"},
		hours:  [2]float64{8, 20}, span: term, reach: optional, share: 0.1, aoles: aa{st, mn}, refl: reflGeneral},
	{key: "careers-portfolio", kinds: kk{cwre.KindPortfolioBuilding}, from: y7, to: y13,
		titles: ss{"Careers portfolio: skills and strengths review", "Progress file: reflecting on my work-related experiences"},
		hours:  [2]float64{1, 3}, reach: lessons, aoles: aa{hwb, llc}, outcomes: oo{outCareer}, refl: reflGeneral},
	{key: "cv-workshop", kinds: kk{cwre.KindPortfolioBuilding}, from: y11, to: y13,
		titles: ss{"CV and personal statement workshop"}, hours: [2]float64{1.5, 3}, reach: lessons, aoles: aa{llc},
		outcomes: oo{outCV}, refl: reflInterview},
	{key: "transition-mentors", kinds: kk{cwre.KindPeerMentoring}, from: y9, to: y13,
		titles: ss{"Peer mentoring: supporting Year 7 with transition", "Reading mentors for younger pupils"},
		hours:  [2]float64{4, 8}, span: term, reach: optional, share: 0.12, aoles: aa{hwb, llc}, refl: reflGeneral},
	{key: "e-mentoring", kinds: kk{cwre.KindMentoring}, from: y10, to: y13,
		titles: ss{"E-mentoring with volunteers from {emp}", "Business mentoring with {emp}"}, hours: [2]float64{4, 8},
		span: nWeeks, n: 8, emp: [2]int{1, 1}, reach: optional, share: 0.1, virtual: 0.5, hybrid: 0.3, aoles: aa{hwb}, refl: reflEncounter},
	{key: "employer-talk", kinds: kk{cwre.KindEmployerTalk}, from: y7, to: y13,
		titles: ss{"Careers talk: working in {sector}", "Apprenticeships in {sector}: talk by {emp}", "Sector ambassador talk: careers in {sector}"},
		hours:  [2]float64{1, 2}, emp: [2]int{1, 1}, virtual: 0.1, aoles: aa{hwb, hum}, refl: reflEncounter},
	{key: "apprenticeship-assembly", kinds: kk{cwre.KindEmployerTalk}, from: y10, to: y13, shared: true,
		titles: ss{"Apprenticeship week assembly with {emp}"}, hours: [2]float64{1, 1.5}, emp: [2]int{1, 2},
		after: monthDay{time.February, 1}, before: monthDay{time.February, 14}, aoles: aa{hwb}, refl: reflEncounter},
	{key: "role-model", kinds: kk{cwre.KindEmployerInvolvement}, from: y7, to: y9,
		titles: ss{"Role models in STEM: {a_job} from {emp}", "Breaking stereotypes: meet {a_job} from {emp}"},
		tsec:   [][]sector{{engineering, digital, energy}, {construction, engineering, health, childcare}},
		hours:  [2]float64{1, 2}, emp: [2]int{1, 1},
		aoles: aa{st, hwb}, outcomes: oo{outcome("challenge-stereotypes")}, refl: reflEncounter},
	{key: "careers-carousel", kinds: kk{cwre.KindCareersCarousel}, from: y8, to: y11,
		titles: ss{"Careers carousel with local employers", "Speed networking with employers"}, hours: [2]float64{2, 3},
		emp: [2]int{4, 6}, aoles: aa{hwb}, refl: reflEncounter},
	{key: "careers-fair", kinds: kk{cwre.KindCareersFair}, from: y9, to: y13, shared: true,
		titles:  ss{"Careers and apprenticeships fair", "Careers fair: employers, colleges and universities"},
		vtitles: ss{"Virtual careers fair"}, hours: [2]float64{2, 3}, emp: [2]int{5, 9}, virtual: 0.15,
		halves: autumn2 | spring1 | spring2, aoles: aa{hwb}, outcomes: oo{outLMI}, refl: reflEncounter},
	{key: "mock-interviews-y11", kinds: kk{cwre.KindMockInterviews}, from: y11, to: y11,
		titles: ss{"Mock interviews for college and apprenticeship applications"}, hours: [2]float64{2, 4}, emp: [2]int{2, 4},
		halves: autumn2 | spring1, aoles: aa{llc}, outcomes: oo{outCV, outEmployable}, refl: reflInterview},
	{key: "mock-interviews-y13", kinds: kk{cwre.KindMockInterviews}, from: y13, to: y13,
		titles: ss{"Mock interviews for university and apprenticeship applications"}, hours: [2]float64{2, 4}, emp: [2]int{2, 4},
		halves: autumn1 | autumn2, aoles: aa{llc}, outcomes: oo{outCV, outEmployable}, refl: reflInterview},
	{key: "job-coaching", kinds: kk{cwre.KindJobCoaching}, from: y10, to: y13,
		titles: ss{"Job coaching: getting ready for work", "Job coaching for learners at risk of becoming NEET"},
		hours:  [2]float64{6, 10}, span: nWeeks, n: 6, reach: targeted, share: 0.08, aoles: aa{hwb},
		outcomes: oo{outEmployable, outCV}, refl: reflInterview},
	{key: "alumni-panel", kinds: kk{cwre.KindAlumni}, from: y9, to: y13,
		titles: ss{"Former pupils' panel: life after school", "Alumni talk: from this school to {a_job}"}, hours: [2]float64{1, 2},
		emp: [2]int{0, 1}, aoles: aa{hwb}, outcomes: oo{outAspirations}, refl: reflEncounter},
	{key: "lmi-lesson", kinds: kk{cwre.KindOnlineResources}, from: y8, to: y11,
		titles: ss{"Careers research: using labour market information", "Jobs growing in Wales: online research lesson"},
		hours:  [2]float64{1, 2}, reach: lessons, aoles: aa{hum, mn}, outcomes: oo{outLMI}, refl: reflGeneral},
	{key: "options-research", kinds: kk{cwre.KindOnlineResources}, from: y9, to: y9,
		titles: ss{"Choosing options: online careers research"}, hours: [2]float64{1, 2}, halves: spring1 | spring2,
		reach: lessons, aoles: aa{hwb}, outcomes: oo{outCareer}, refl: reflGeneral},
	{key: "case-studies", kinds: kk{cwre.KindCaseStudies}, from: y7, to: y11,
		titles: ss{"Case studies: young apprentices in Wales", "Case studies: careers that use languages"}, hours: [2]float64{1, 1.5},
		reach: lessons, aoles: aa{llc, hum}, refl: reflGeneral},
	{key: "maths-at-work", kinds: kk{cwre.KindWorkRelatedInformation}, from: y7, to: y11,
		titles: ss{"Maths in the workplace: real-world problems", "Science at work: careers linked to this topic"},
		hours:  [2]float64{1, 2}, reach: lessons, aoles: aa{mn, st}, refl: reflGeneral},
	{key: "plan-an-event", kinds: kk{cwre.KindActiveLearning}, from: y7, to: y9,
		titles: ss{"Problem solving at work: planning a school event"}, hours: [2]float64{2, 3}, reach: lessons,
		aoles: aa{mn, llc}, outcomes: oo{outcome("problem-solving")}, refl: reflGeneral},
	{key: "virtual-work-experience", kinds: kk{cwre.KindVirtualWorkExperience}, from: y9, to: y13,
		titles: ss{"Virtual work experience: {sector}", "Virtual work experience with {emp}"}, hours: [2]float64{6, 10},
		span: nDays, n: 3, emp: [2]int{1, 1}, reach: optional, share: 0.15, virtual: 1, aoles: aa{hum}, refl: reflPlacement},
	{key: "we-y10-block", kinds: kk{cwre.KindWorkExperienceBlock}, from: y10, to: y10, where: inMainstream,
		titles: ss{"{Y} work experience week", "Year 10 work experience placements"}, hours: [2]float64{30, 35},
		span: week, after: monthDay{time.June, 2}, before: monthDay{time.June, 23}, emp: [2]int{8, 14},
		aoles: aa{hwb}, outcomes: oo{outEmployable, outSafety}, refl: reflPlacement},
	{key: "we-y12-block", kinds: kk{cwre.KindWorkExperienceBlock}, from: y12, to: y12, where: inMainstream,
		titles: ss{"{Y} work experience placements (two weeks)", "Sixth form work placements"}, hours: [2]float64{60, 68},
		span: twoWeeks, after: monthDay{time.June, 16}, before: monthDay{time.July, 7}, emp: [2]int{6, 12},
		aoles: aa{hwb}, outcomes: oo{outEmployable, outCareer}, refl: reflPlacement},
	{key: "we-taster", kinds: kk{cwre.KindWorkExperienceShort}, from: y11, to: y12,
		titles: ss{"Two-day work taster at {emp}"}, hours: [2]float64{12, 14}, span: nDays, n: 2, emp: [2]int{1, 1},
		reach: optional, share: 0.15, aoles: aa{hwb}, outcomes: oo{outEmployable}, refl: reflPlacement},
	{key: "we-weekly", kinds: kk{cwre.KindWorkExperienceWeekly}, from: y10, to: y13,
		titles: ss{"Weekly work placement at {emp} (Wednesday afternoons)"}, hours: [2]float64{25, 35}, span: nWeeks, n: 10,
		emp: [2]int{1, 3}, reach: optional, share: 0.08, aoles: aa{hwb}, outcomes: oo{outEmployable, outCustomer}, refl: reflPlacement},
	{key: "we-international", kinds: kk{cwre.KindWorkExperienceInternational}, from: y12, to: y12, where: inMainstream,
		titles: ss{"Work placement in Spain (international exchange)", "International work placement in Germany"},
		hours:  [2]float64{60, 70}, span: twoWeeks, halves: spring2 | summer1 | summer2, reach: optional, share: 0.04,
		aoles: aa{llc}, outcomes: oo{outEmployable}, refl: reflPlacement},
	{key: "part-time-work", kinds: kk{cwre.KindPartTimeWork}, from: y11, to: y13,
		titles: ss{"Part-time jobs recorded in careers reviews"}, hours: [2]float64{40, 40}, span: term,
		halves: spring1, reach: optional, share: 0.25, aoles: aa{hwb}, outcomes: oo{outEmployable, outCustomer}, refl: reflPlacement},

	// Special schools and pupil referral units.
	{key: "school-cafe", kinds: kk{cwre.KindMiniEnterprise}, from: y7, to: y13, where: inSpecial,
		titles: ss{"School café enterprise", "Charity shop enterprise", "Print shop enterprise: mugs and T-shirts", "Plant nursery enterprise"},
		hours:  [2]float64{15, 30}, span: term, aoles: aa{mn, hwb}, outcomes: oo{outCustomer, outEnterprise}, refl: reflEnterprise},
	{key: "we-in-school", kinds: kk{cwre.KindWorkExperienceInSchool}, from: y10, to: y13, where: inSpecial | inPRU,
		titles: ss{"Work experience in the school office and kitchen", "Site team work experience"}, hours: [2]float64{12, 20},
		span: nWeeks, n: 6, aoles: aa{hwb}, outcomes: oo{outEmployable, outSafety}, refl: reflPlacement},
	{key: "supported-placement", kinds: kk{cwre.KindWorkExperienceWeekly}, from: y10, to: y13, where: inSpecial | inPRU,
		titles: ss{"Supported work placement at {emp}", "Weekly placement at {emp}"}, hours: [2]float64{25, 40},
		span: nWeeks, n: 10, emp: [2]int{2, 4}, aoles: aa{hwb}, outcomes: oo{outEmployable, outSafety}, refl: reflPlacement},
	{key: "vocational-taster", kinds: kk{cwre.KindWorkshops}, from: y9, to: y11, where: inPRU,
		titles: ss{"Vocational taster: construction skills with {emp}", "Vehicle maintenance taster at {emp}", "Catering taster with {emp}"},
		tsec:   [][]sector{{construction}, {retail, logistics}, {hospitality, food}},
		hours:  [2]float64{5, 12}, span: nWeeks, n: 4, emp: [2]int{1, 1},
		aoles: aa{st, hwb}, refl: reflEncounter},
	{key: "practice-interviews", kinds: kk{cwre.KindMockInterviews}, from: y11, to: y13, where: inSpecial | inPRU,
		titles: ss{"Practice interviews with {emp}"}, hours: [2]float64{1.5, 3}, emp: [2]int{1, 2},
		aoles: aa{llc}, outcomes: oo{outCV}, refl: reflInterview},
	{key: "coaching-all", kinds: kk{cwre.KindJobCoaching}, from: y10, to: y13, where: inSpecial | inPRU,
		titles: ss{"Job coaching: getting ready for work"}, hours: [2]float64{6, 12}, span: nWeeks, n: 8,
		aoles: aa{hwb}, outcomes: oo{outEmployable}, refl: reflInterview},
}

// programme lists what most schools add to the Table Four activities of a
// year group: employer encounters, placements, interviews and the rest of
// a careers programme. Each entry is added with its chance when its
// template suits the year group and school.
var programme = []struct {
	key    string
	chance float64
}{
	{"we-y10-block", 0.97},
	{"we-y12-block", 0.85},
	{"mock-interviews-y11", 0.9},
	{"mock-interviews-y13", 0.8},
	{"options-research", 0.8},
	{"careers-carousel", 0.35},
	{"employer-talk", 0.6},
	{"cv-workshop", 0.5},
	{"job-coaching", 0.6},
	{"part-time-work", 0.4},
	{"we-international", 0.08},
	{"school-cafe", 0.9},
	{"we-in-school", 0.8},
	{"supported-placement", 0.7},
	{"vocational-taster", 0.8},
	{"practice-interviews", 0.8},
	{"coaching-all", 0.8},
	{"children-centre", 0.3},
	{"fair-enterprise", 0.5},
}

// sharedProgramme are the school-wide events, each with its chance.
var sharedProgramme = []struct {
	key    string
	chance float64
}{
	{"careers-fair", 0.75},
	{"careers-week", 0.5},
	{"apprenticeship-assembly", 0.5},
}

// catalogueIndex finds a template by key.
var catalogueIndex = func() map[string]int {
	m := make(map[string]int, len(catalogue))
	for i := range catalogue {
		if _, dup := m[catalogue[i].key]; dup {
			panic("cwre: sample: duplicate template " + catalogue[i].key)
		}
		m[catalogue[i].key] = i
	}
	return m
}()
