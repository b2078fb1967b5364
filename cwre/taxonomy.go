package cwre

import (
	"iter"
	"strconv"
)

// TaxonomyVersion names the edition of the source report and interchange
// vocabulary that the tables in this package follow.
const TaxonomyVersion = "records v1 (2023 report to the Welsh Government, Tables Three to Seven)"

// Type is one of the four types of work-related experience of Table Three,
// from indirect learning in school to learning in the workplace. Its text
// form is the digit "1" to "4", as ticked in the Table Five spreadsheet.
// The zero Type is not valid.
type Type uint8

// The four types of Table Three.
const (
	TypeCurricular Type = iota + 1 // 1: curricular and co-curricular resources and activities
	TypeBusiness                   // 2: working with business partners
	TypeSimulation                 // 3: role plays, business games and simulations
	TypeWorkplace                  // 4: workplace learning
)

var typeNames = [...]Text{
	{},
	txt("Curricular and co-curricular resources and activities", "Adnoddau a gweithgareddau cwricwlaidd a chyd-gwricwlaidd", Proposed),
	txt("Working with business partners", "Gweithio gyda phartneriaid busnes", Proposed),
	txt("Role plays, business games and simulations", "Chwarae rôl, gemau busnes ac efelychiadau", Proposed),
	txt("Workplace learning", "Dysgu yn y gweithle", Proposed),
}

// Types returns the four types in order.
func Types() []Type { return []Type{TypeCurricular, TypeBusiness, TypeSimulation, TypeWorkplace} }

// IsValid reports whether t is one of the four types.
func (t Type) IsValid() bool { return t >= TypeCurricular && t <= TypeWorkplace }

// String returns the type's number, or "0" for an invalid type.
func (t Type) String() string { return strconv.Itoa(int(t)) }

// Name returns the type's name in language l, or "" if t is not valid.
func (t Type) Name(l Lang) string { return t.Text().In(l) }

// Text returns the type's bilingual name (empty if t is not valid).
func (t Type) Text() Text {
	if !t.IsValid() {
		return Text{}
	}
	return typeNames[t]
}

// EmployerEncounter reports whether an experience of this type brings the
// learner into contact with employers (types 2 and 4, section 3 of the
// records specification).
func (t Type) EmployerEncounter() bool { return t == TypeBusiness || t == TypeWorkplace }

// ParseType reads "1" to "4" (surrounding space allowed).
func ParseType(s string) (Type, error) {
	n, err := strconv.Atoi(normCode(s))
	if err != nil || n < 1 || n > 4 {
		return 0, &UnknownCodeError{Vocabulary: "type", Code: s}
	}
	return Type(n), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseType].
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err == nil {
		*t = v
	}
	return err
}

// Kind is a kind of work-related experience: one row of Table Three, or a
// suggested activity of Table Four that Table Three lacks. Its text form is
// the stable lower-case interchange code of the records specification
// (section 2), e.g. "job-shadowing". The zero Kind is not valid.
type Kind uint8

// The kinds of experience, in the order of the records specification.
const (
	KindWorkRelatedInformation Kind = iota + 1
	KindActiveLearning
	KindOnlineResources
	KindCaseStudies
	KindTopic
	KindProject
	KindConversation
	KindPortfolioBuilding
	KindPeerMentoring
	KindSchoolClub
	KindEmployerInvolvement
	KindEmployerTalk
	KindVisitor
	KindMentoring
	KindJobCoaching
	KindMockInterviews
	KindAlumni
	KindCareersFair
	KindWorkshops
	KindCareersCarousel
	KindRolePlay
	KindSimulation
	KindBusinessGames
	KindMiniEnterprise
	KindBusinessChallenge
	KindWorkplaceVisit
	KindWorkObservation
	KindJobShadowing
	KindPartTimeWork
	KindVolunteering
	KindWorkExperience
	KindWorkExperienceShort
	KindWorkExperienceBlock
	KindWorkExperienceWeekly
	KindWorkExperienceInSchool
	KindWorkExperienceInternational
	KindVirtualWorkExperience
	numKinds = KindVirtualWorkExperience
)

// Source names the table of the report a kind comes from.
type Source string

// The tables kinds come from.
const (
	TableThree Source = "Table Three"
	TableFour  Source = "Table Four"
)

// KindInfo describes one kind of experience. The zero KindInfo describes
// no kind.
type KindInfo struct {
	Kind        Kind   `json:"code"`
	Type        Type   `json:"type"`
	Name        Text   `json:"name"`
	Description Text   `json:"description"`
	MinAge      int    `json:"min_age,omitempty"` // youngest age on the start date; 0 for none
	Placement   bool   `json:"placement,omitempty"`
	Source      Source `json:"source"`
}

// kinds is the taxonomy table, indexed by Kind.
var kinds = [...]struct {
	code  string
	typ   Type
	name  Text
	desc  Text
	min   int
	place bool
	src   Source
}{
	{},
	{"work-related-information", TypeCurricular,
		txt("Work-related information", "Gwybodaeth sy'n gysylltiedig â gwaith", Proposed),
		txt("Work-related information built into the curriculum resources used across all Areas of Learning and Experience.", "Gwybodaeth sy'n gysylltiedig â gwaith wedi'i chynnwys yn adnoddau'r cwricwlwm ar draws pob Maes Dysgu a Phrofiad.", Proposed),
		0, false, TableThree},
	{"active-learning", TypeCurricular,
		txt("Active learning", "Dysgu gweithredol", Proposed),
		txt("Learners take an active part in their own learning through discussion, problem solving, making and testing.", "Dysgwyr yn cymryd rhan weithredol yn eu dysgu eu hunain drwy drafod, datrys problemau, creu a phrofi.", Proposed),
		0, false, TableThree},
	{"online-resources", TypeCurricular,
		txt("Online resources", "Adnoddau ar-lein", Indirect),
		txt("Online work-related learning resources from employers, Careers Wales and others.", "Adnoddau dysgu ar-lein sy'n gysylltiedig â gwaith gan gyflogwyr, Gyrfa Cymru ac eraill.", Proposed),
		0, false, TableThree},
	{"case-studies", TypeCurricular,
		txt("Case studies", "Astudiaethau achos", Attested),
		txt("Examples of particular instances of work-related learning, in text or audio-visual form.", "Enghreifftiau o achosion penodol o ddysgu sy'n gysylltiedig â gwaith, ar ffurf testun neu glyweled.", Proposed),
		0, false, TableThree},
	{"topic", TypeCurricular,
		txt("Topics and themes", "Pynciau a themâu", Proposed),
		txt("Topics and themes, based on the Areas of Learning and Experience, that explore the world of work.", "Pynciau a themâu, yn seiliedig ar y Meysydd Dysgu a Phrofiad, sy'n archwilio byd gwaith.", Proposed),
		0, false, TableFour},
	{"project", TypeCurricular,
		txt("Projects and enquiries", "Prosiectau ac ymholiadau", Proposed),
		txt("Projects and enquiries linked to the Areas of Learning and Experience.", "Prosiectau ac ymholiadau sy'n gysylltiedig â'r Meysydd Dysgu a Phrofiad.", Proposed),
		0, false, TableFour},
	{"conversation", TypeCurricular,
		txt("Career conversations", "Sgyrsiau gyrfa", Proposed),
		txt("Conversations and dialogue about careers and work, for example in tutor time.", "Sgyrsiau a deialog am yrfaoedd a gwaith, er enghraifft yn ystod amser tiwtor.", Proposed),
		0, false, TableFour},
	{"portfolio-building", TypeCurricular,
		txt("Portfolio building", "Llunio portffolio", Proposed),
		txt("Learners collect evidence of their learning about careers and work and reflect on it.", "Dysgwyr yn casglu tystiolaeth o'u dysgu am yrfaoedd a gwaith ac yn myfyrio arni.", Proposed),
		0, false, TableFour},
	{"peer-mentoring", TypeCurricular,
		txt("Peer mentoring", "Mentora gan gymheiriaid", Proposed),
		txt("Learners support and encourage one another.", "Dysgwyr yn cefnogi ac yn annog ei gilydd.", Proposed),
		0, false, TableFour},
	{"school-club", TypeCurricular,
		txt("School clubs", "Clybiau ysgol", Proposed),
		txt("Clubs such as a business or cyber-security club, at lunchtime or after school.", "Clybiau fel clwb busnes neu seiberddiogelwch, amser cinio neu ar ôl ysgol.", Proposed),
		0, false, TableFour},
	{"employer-involvement", TypeBusiness,
		txt("Employer involvement / role models", "Cyfraniad cyflogwyr / modelau rôl", Proposed),
		txt("Employers help to plan the curriculum or school projects, or act as role models.", "Cyflogwyr yn helpu i gynllunio'r cwricwlwm neu brosiectau ysgol, neu'n gweithredu fel modelau rôl.", Proposed),
		0, false, TableThree},
	{"employer-talk", TypeBusiness,
		txt("Employer talk", "Sgwrs gan gyflogwr", Proposed),
		txt("A talk by an employer or sector ambassador about careers and pathways.", "Sgwrs gan gyflogwr neu lysgennad sector am yrfaoedd a llwybrau.", Proposed),
		0, false, TableThree},
	{"visitor", TypeBusiness,
		txt("Visitors from the world of work", "Ymwelwyr o fyd gwaith", Proposed),
		txt("People who work visit the class or setting to talk about their work.", "Pobl sy'n gweithio yn ymweld â'r dosbarth neu'r lleoliad i siarad am eu gwaith.", Proposed),
		0, false, TableFour},
	{"mentoring", TypeBusiness,
		txt("Employer mentoring and e-mentoring", "Mentora ac e-fentora gan gyflogwyr", Proposed),
		txt("Employers give one-to-one encouragement and support, in person or online.", "Cyflogwyr yn rhoi anogaeth a chymorth un i un, wyneb yn wyneb neu ar-lein.", Proposed),
		0, false, TableThree},
	{"job-coaching", TypeBusiness,
		txt("Job coaching", "Hyfforddi yn y swydd", Proposed),
		txt("A job coach helps learners to prepare for employment.", "Hyfforddwr swydd yn helpu dysgwyr i baratoi ar gyfer cyflogaeth.", Proposed),
		0, false, TableThree},
	{"mock-interviews", TypeBusiness,
		txt("Mock interviews", "Ffug gyfweliadau", Indirect),
		txt("Employers give practice in job applications and interviews, with feedback.", "Cyflogwyr yn rhoi cyfle i ymarfer ceisiadau am swyddi a chyfweliadau, gydag adborth.", Proposed),
		0, false, TableThree},
	{"alumni", TypeBusiness,
		txt("Alumni activity", "Gweithgarwch cyn-ddisgyblion", Proposed),
		txt("Former pupils share their experience of education and work.", "Cyn-ddisgyblion yn rhannu eu profiad o addysg a gwaith.", Proposed),
		0, false, TableThree},
	{"careers-fair", TypeBusiness,
		txt("Careers fair (face to face or virtual)", "Ffair yrfaoedd (wyneb yn wyneb neu rithwir)", Proposed),
		txt("Employers, colleges and universities give information at one event, in person or online.", "Cyflogwyr, colegau a phrifysgolion yn rhoi gwybodaeth mewn un digwyddiad, wyneb yn wyneb neu ar-lein.", Proposed),
		0, false, TableThree},
	{"workshops", TypeBusiness,
		txt("Workshops and master classes", "Gweithdai a dosbarthiadau meistr", Proposed),
		txt("Employers lead discussions or practical sessions about the realities of work.", "Cyflogwyr yn arwain trafodaethau neu sesiynau ymarferol am realiti gwaith.", Proposed),
		0, false, TableThree},
	{"careers-carousel", TypeBusiness,
		txt("Speed networking / careers carousel", "Rhwydweithio cyflym / carwsél gyrfaoedd", Proposed),
		txt("Learners meet several people from the workplace in short rounds.", "Dysgwyr yn cwrdd â sawl person o'r gweithle mewn rowndiau byr.", Proposed),
		0, false, TableThree},
	{"role-play", TypeSimulation,
		txt("Role play", "Chwarae rôl", Proposed),
		txt("Learners act out work roles and situations.", "Dysgwyr yn actio rolau a sefyllfaoedd gwaith.", Proposed),
		0, false, TableFour},
	{"simulation", TypeSimulation,
		txt("Simulations and games", "Efelychiadau a gemau", Proposed),
		txt("Simulated work tasks and games that build life and work skills.", "Tasgau gwaith wedi'u hefelychu a gemau sy'n meithrin sgiliau bywyd a gwaith.", Proposed),
		0, false, TableFour},
	{"business-games", TypeSimulation,
		txt("Business games and enterprise competitions", "Gemau busnes a chystadlaethau menter", Proposed),
		txt("Employers set business briefs for learners to tackle in teams.", "Cyflogwyr yn gosod briffiau busnes i ddysgwyr fynd i'r afael â nhw mewn timau.", Proposed),
		0, false, TableThree},
	{"mini-enterprise", TypeSimulation,
		txt("Mini and school enterprises", "Mentrau bach a mentrau ysgol", Proposed),
		txt("Learners run a small business in school.", "Dysgwyr yn rhedeg busnes bach yn yr ysgol.", Proposed),
		0, false, TableFour},
	{"business-challenge", TypeSimulation,
		txt("Business challenges and competitions", "Heriau a chystadlaethau busnes", Proposed),
		txt("Learners respond to a business challenge or competition.", "Dysgwyr yn ymateb i her neu gystadleuaeth fusnes.", Proposed),
		0, false, TableFour},
	{"workplace-visit", TypeWorkplace,
		txt("Workplace visit (face to face or virtual)", "Ymweliad â'r gweithle (wyneb yn wyneb neu rithwir)", Proposed),
		txt("A visit to, or tour of, a place of work, in person or online.", "Ymweliad â gweithle, neu daith o'i amgylch, wyneb yn wyneb neu ar-lein.", Proposed),
		0, false, TableThree},
	{"work-observation", TypeWorkplace,
		txt("Work observation", "Arsylwi ar waith", Proposed),
		txt("Learners observe people at work.", "Dysgwyr yn arsylwi ar bobl wrth eu gwaith.", Proposed),
		0, false, TableFour},
	{"job-shadowing", TypeWorkplace,
		txt("Job shadowing", "Cysgodi gwaith", Proposed),
		txt("A learner follows one worker for an agreed time, observing the demands and skills of the job.", "Dysgwr yn dilyn un gweithiwr am gyfnod y cytunwyd arno, gan arsylwi ar ofynion a sgiliau'r swydd.", Proposed),
		0, false, TableThree},
	{"part-time-work", TypeWorkplace,
		txt("Part-time work", "Gwaith rhan-amser", Indirect),
		txt("Part-time work; the youngest age is 13 (check local authority rules).", "Gwaith rhan-amser; 13 yw'r oedran ieuengaf (gwiriwch reolau'r awdurdod lleol).", Proposed),
		13, false, TableThree},
	{"volunteering", TypeWorkplace,
		txt("Work-related volunteering", "Gwirfoddoli sy'n gysylltiedig â gwaith", Proposed),
		txt("Freely giving time and labour for community service.", "Rhoi amser a llafur yn rhydd i wasanaeth cymunedol.", Proposed),
		0, false, TableThree},
	{"work-experience", TypeWorkplace,
		txt("Work experience placement", "Lleoliad profiad gwaith", Attested),
		txt("A work experience placement of any form.", "Lleoliad profiad gwaith o unrhyw fath.", Proposed),
		14, true, TableThree},
	{"work-experience-short", TypeWorkplace,
		txt("Work experience (less than a week)", "Profiad gwaith (llai nag wythnos)", Proposed),
		txt("A work experience placement lasting less than a week.", "Lleoliad profiad gwaith sy'n para llai nag wythnos.", Proposed),
		14, true, TableThree},
	{"work-experience-block", TypeWorkplace,
		txt("Work experience (1–2 week block)", "Profiad gwaith bloc (wythnos neu bythefnos)", Proposed),
		txt("A work experience placement in a block of one or two weeks.", "Lleoliad profiad gwaith mewn bloc o wythnos neu bythefnos.", Proposed),
		14, true, TableThree},
	{"work-experience-weekly", TypeWorkplace,
		txt("Work experience (regular weekly commitment)", "Profiad gwaith (ymrwymiad wythnosol rheolaidd)", Proposed),
		txt("A work experience placement with a regular weekly commitment.", "Lleoliad profiad gwaith gydag ymrwymiad wythnosol rheolaidd.", Proposed),
		14, true, TableThree},
	{"work-experience-in-school", TypeWorkplace,
		txt("Work experience in school or college", "Profiad gwaith yn yr ysgol neu'r coleg", Proposed),
		txt("A work experience placement within the school or college or with its suppliers.", "Lleoliad profiad gwaith yn yr ysgol neu'r coleg neu gyda'i gyflenwyr.", Proposed),
		14, true, TableThree},
	{"work-experience-international", TypeWorkplace,
		txt("Work experience in Europe or further afield", "Profiad gwaith yn Ewrop neu ymhellach", Proposed),
		txt("A work experience placement in Europe or further afield.", "Lleoliad profiad gwaith yn Ewrop neu ymhellach i ffwrdd.", Proposed),
		14, true, TableThree},
	{"virtual-work-experience", TypeWorkplace,
		txt("Virtual work experience", "Profiad gwaith rhithwir", Proposed),
		txt("Online visits through company websites that tour a workplace and its roles.", "Ymweliadau ar-lein drwy wefannau cwmnïau sy'n dangos gweithle a'i rolau.", Proposed),
		0, false, TableThree},
}

// kindAliases are the documented alternative spellings readers accept.
var kindAliases = map[string]Kind{
	"curriculum-resources":    KindWorkRelatedInformation,
	"topics":                  KindTopic,
	"themes":                  KindTopic,
	"projects":                KindProject,
	"enquiry":                 KindProject,
	"career-conversation":     KindConversation,
	"conversations":           KindConversation,
	"portfolio":               KindPortfolioBuilding,
	"school-clubs":            KindSchoolClub,
	"role-models":             KindEmployerInvolvement,
	"role-model":              KindEmployerInvolvement,
	"employer-talks":          KindEmployerTalk,
	"visitors":                KindVisitor,
	"e-mentoring":             KindMentoring,
	"business-mentoring":      KindMentoring,
	"mock-interview":          KindMockInterviews,
	"virtual-careers-fair":    KindCareersFair,
	"careers-fairs":           KindCareersFair,
	"workshop":                KindWorkshops,
	"master-class":            KindWorkshops,
	"speed-networking":        KindCareersCarousel,
	"role-plays":              KindRolePlay,
	"simulations":             KindSimulation,
	"games":                   KindSimulation,
	"enterprise-competition":  KindBusinessGames,
	"business-game":           KindBusinessGames,
	"school-enterprise":       KindMiniEnterprise,
	"business-challenges":     KindBusinessChallenge,
	"visit":                   KindWorkplaceVisit,
	"visits":                  KindWorkplaceVisit,
	"virtual-workplace-visit": KindWorkplaceVisit,
	"work-shadowing":          KindJobShadowing,
	"work-placement":          KindWorkExperience,
	"placement":               KindWorkExperience,
	"virtual-work-placement":  KindVirtualWorkExperience,
}

var kindVocab = newVocab("activity kind", Kind.String, int(numKinds), kindAliases)

// Kinds returns every kind of experience in the order of the records
// specification.
func Kinds() iter.Seq[Kind] {
	return func(yield func(Kind) bool) {
		for k := Kind(1); k <= numKinds; k++ {
			if !yield(k) {
				return
			}
		}
	}
}

// ParseKind reads an interchange code, case-insensitively, accepting the
// documented aliases (see [KindAliases]).
func ParseKind(s string) (Kind, error) { return kindVocab.parse(s) }

// KindAliases returns the alternative spellings that [ParseKind] accepts,
// mapped to the kinds they stand for.
func KindAliases() map[string]Kind {
	m := make(map[string]Kind, len(kindAliases))
	for a, k := range kindAliases {
		m[a] = k
	}
	return m
}

// IsValid reports whether k is a kind of the taxonomy.
func (k Kind) IsValid() bool { return k >= 1 && k <= numKinds }

// String returns the interchange code of k, or "" if k is not valid.
func (k Kind) String() string {
	if !k.IsValid() {
		return ""
	}
	return kinds[k].code
}

// Type returns the Table Three type k belongs to (0 if k is not valid).
func (k Kind) Type() Type {
	if !k.IsValid() {
		return 0
	}
	return kinds[k].typ
}

// Name returns the name of k in language l ("" if k is not valid).
func (k Kind) Name(l Lang) string { return k.Info().Name.In(l) }

// MinAge returns the youngest age, on the activity's start date, at which a
// learner may take part in k, or 0 when the report gives no age rule.
func (k Kind) MinAge() int { return k.Info().MinAge }

// IsPlacement reports whether k is a work experience placement in one of
// its forms (virtual work experience is not).
func (k Kind) IsPlacement() bool { return k.Info().Placement }

// Info returns the full description of k; the zero KindInfo if k is not
// valid.
func (k Kind) Info() KindInfo {
	if !k.IsValid() {
		return KindInfo{}
	}
	e := kinds[k]
	return KindInfo{Kind: k, Type: e.typ, Name: e.name, Description: e.desc, MinAge: e.min, Placement: e.place, Source: e.src}
}

// MarshalText implements encoding.TextMarshaler; an invalid Kind is an
// error.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, &UnknownCodeError{Vocabulary: "activity kind", Code: strconv.Itoa(int(k))}
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseKind].
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}
