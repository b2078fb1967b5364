package cwre

import "strconv"

// YearGroup is a national curriculum year group in Wales: N1 and N2
// (nursery), R (reception) and Y1 to Y13. Its text form is that code. The
// zero YearGroup is not valid.
type YearGroup uint8

// The year groups in order; Y1 to Y13 follow YearR.
const (
	YearN1 YearGroup = iota + 1
	YearN2
	YearR
	Year1
	Year2
	Year3
	Year4
	Year5
	Year6
	Year7
	Year8
	Year9
	Year10
	Year11
	Year12
	Year13
	numYearGroups = Year13
)

var yearGroupVocab = newVocab("year group", YearGroup.String, int(numYearGroups), map[string]YearGroup{
	"n": YearN2, "nursery": YearN2, "reception": YearR, "rec": YearR, "yr": YearR, "0": YearR,
})

// YearGroups returns N1 to Y13 in order.
func YearGroups() []YearGroup {
	ys := make([]YearGroup, numYearGroups)
	for i := range ys {
		ys[i] = YearGroup(i + 1)
	}
	return ys
}

// ParseYearGroup reads a year group: "N1", "N2", "R", "Y1" … "Y13", case
// insensitive; "Year 10", "10", "Reception" and "Nursery" (N2) are accepted
// too.
func ParseYearGroup(s string) (YearGroup, error) {
	c := normCode(s)
	for _, p := range []string{"year-", "year", "blwyddyn-", "blwyddyn", "y-"} {
		if len(c) > len(p) && c[:len(p)] == p {
			c = "y" + c[len(p):]
			break
		}
	}
	if n, err := strconv.Atoi(c); err == nil && n >= 1 && n <= 13 {
		c = "y" + c
	}
	y, err := yearGroupVocab.parse(c)
	if err != nil {
		return 0, &UnknownCodeError{Vocabulary: "year group", Code: s}
	}
	return y, nil
}

// IsValid reports whether y is N1 … Y13.
func (y YearGroup) IsValid() bool { return y >= 1 && y <= numYearGroups }

// String returns the year group's code as the records write it ("N1",
// "R", "Y10"), or "" if y is not valid.
func (y YearGroup) String() string {
	switch {
	case !y.IsValid():
		return ""
	case y == YearN1:
		return "N1"
	case y == YearN2:
		return "N2"
	case y == YearR:
		return "R"
	}
	return "Y" + strconv.Itoa(int(y-YearR))
}

// Code returns the year group's code, the same as [YearGroup.String].
func (y YearGroup) Code() string { return y.String() }

// Age returns the age on 31 August, before the academic year starts, of a
// learner in the right year group for their age: 2 for N1, 4 for R, 5 for
// Y1, 17 for Y13.
func (y YearGroup) Age() int {
	if !y.IsValid() {
		return 0
	}
	return int(y) + 1
}

// YearGroupForAge returns the year group of a learner who was age years old
// on the 31 August before the academic year, and false if no year group
// fits.
func YearGroupForAge(age int) (YearGroup, bool) {
	y := YearGroup(age - 1)
	if age < 2 || !y.IsValid() {
		return 0, false
	}
	return y, true
}

// Text returns the year group's bilingual name.
func (y YearGroup) Text() Text {
	switch {
	case !y.IsValid():
		return Text{}
	case y == YearN1:
		return txt("Nursery 1", "Meithrin 1", Proposed)
	case y == YearN2:
		return txt("Nursery 2", "Meithrin 2", Proposed)
	case y == YearR:
		return txt("Reception", "Derbyn", Attested)
	}
	n := strconv.Itoa(int(y - YearR))
	return txt("Year "+n, "Blwyddyn "+n, Attested)
}

// Name returns the year group's name in language l.
func (y YearGroup) Name(l Lang) string { return y.Text().In(l) }

// MarshalText implements encoding.TextMarshaler, writing the capitalised
// code.
func (y YearGroup) MarshalText() ([]byte, error) {
	if !y.IsValid() {
		return nil, &UnknownCodeError{Vocabulary: "year group", Code: strconv.Itoa(int(y))}
	}
	return []byte(y.Code()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseYearGroup].
func (y *YearGroup) UnmarshalText(b []byte) error {
	v, err := ParseYearGroup(string(b))
	if err == nil {
		*y = v
	}
	return err
}

// labelled is the shared shape of the small closed vocabularies below: a
// code and a bilingual name.
type labelled struct {
	code string
	name Text
}

// AoLE is one of the six Areas of Learning and Experience of the Curriculum
// for Wales. Its text form is a lower-case code such as "humanities". The
// zero AoLE is not valid.
type AoLE uint8

// The six Areas of Learning and Experience.
const (
	AoLEExpressiveArts AoLE = iota + 1
	AoLEHealthWellbeing
	AoLEHumanities
	AoLELanguages
	AoLEMathematics
	AoLEScience
	numAoLEs = AoLEScience
)

var aoles = [...]labelled{
	{},
	{"expressive-arts", txt("Expressive Arts", "Y Celfyddydau Mynegiannol", Attested)},
	{"health-and-wellbeing", txt("Health and Well-being", "Iechyd a Lles", Attested)},
	{"humanities", txt("Humanities", "Y Dyniaethau", Attested)},
	{"languages-literacy-communication", txt("Languages, Literacy and Communication", "Ieithoedd, Llythrennedd a Chyfathrebu", Attested)},
	{"mathematics-numeracy", txt("Mathematics and Numeracy", "Mathemateg a Rhifedd", Attested)},
	{"science-technology", txt("Science and Technology", "Gwyddoniaeth a Thechnoleg", Attested)},
}

var aoleVocab = newVocab("area of learning and experience", AoLE.String, int(numAoLEs), aliasesOf(AoLE.String, int(numAoLEs), map[string]string{
	"ea": "expressive-arts", "hwb": "health-and-wellbeing", "health-and-well-being": "health-and-wellbeing",
	"hum": "humanities", "llc": "languages-literacy-communication", "languages": "languages-literacy-communication",
	"mn": "mathematics-numeracy", "maths": "mathematics-numeracy", "mathematics": "mathematics-numeracy",
	"st": "science-technology", "science": "science-technology", "science-and-technology": "science-technology",
	"mathematics-and-numeracy": "mathematics-numeracy", "languages-literacy-and-communication": "languages-literacy-communication",
}))

// AoLEs returns the six areas in the curriculum's order.
func AoLEs() []AoLE { return []AoLE{1, 2, 3, 4, 5, 6} }

// ParseAoLE reads an area code or one of its documented aliases (e.g. "LLC",
// "maths", "HWB"); `cwre taxonomy --format json` lists them.
func ParseAoLE(s string) (AoLE, error) { return aoleVocab.parse(s) }

// IsValid reports whether a is one of the six areas.
func (a AoLE) IsValid() bool { return a >= 1 && a <= numAoLEs }

// String returns the area's code, or "" if a is not valid.
func (a AoLE) String() string { return labelOf(aoles[:], a).code }

// Text returns the area's bilingual name.
func (a AoLE) Text() Text { return labelOf(aoles[:], a).name }

// MarshalText implements encoding.TextMarshaler.
func (a AoLE) MarshalText() ([]byte, error) {
	return marshalCode("area of learning and experience", a, a.String())
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseAoLE].
func (a *AoLE) UnmarshalText(b []byte) error { return unmarshalCode(a, ParseAoLE, b) }

// Purpose is one of the four purposes of the Curriculum for Wales. The zero
// Purpose is not valid.
type Purpose uint8

// The four purposes.
const (
	PurposeAmbitious    Purpose = iota + 1 // ambitious, capable learners
	PurposeEnterprising                    // enterprising, creative contributors
	PurposeEthical                         // ethical, informed citizens
	PurposeHealthy                         // healthy, confident individuals
	numPurposes         = PurposeHealthy
)

var purposes = [...]labelled{
	{},
	{"ambitious-capable", txt("Ambitious, capable learners", "Dysgwyr uchelgeisiol, galluog", Attested)},
	{"enterprising-creative", txt("Enterprising, creative contributors", "Cyfranwyr mentrus, creadigol", Attested)},
	{"ethical-informed", txt("Ethical, informed citizens", "Dinasyddion egwyddorol, gwybodus", Attested)},
	{"healthy-confident", txt("Healthy, confident individuals", "Unigolion iach, hyderus", Attested)},
}

var purposeVocab = newVocab("purpose", Purpose.String, int(numPurposes), nil)

// Purposes returns the four purposes in order.
func Purposes() []Purpose { return []Purpose{1, 2, 3, 4} }

// ParsePurpose reads a purpose code such as "ethical-informed".
func ParsePurpose(s string) (Purpose, error) { return purposeVocab.parse(s) }

// IsValid reports whether p is one of the four purposes.
func (p Purpose) IsValid() bool { return p >= 1 && p <= numPurposes }

// String returns the purpose's code, or "" if p is not valid.
func (p Purpose) String() string { return labelOf(purposes[:], p).code }

// Text returns the purpose's bilingual name.
func (p Purpose) Text() Text { return labelOf(purposes[:], p).name }

// MarshalText implements encoding.TextMarshaler.
func (p Purpose) MarshalText() ([]byte, error) { return marshalCode("purpose", p, p.String()) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParsePurpose].
func (p *Purpose) UnmarshalText(b []byte) error { return unmarshalCode(p, ParsePurpose, b) }

// Skill is one of the Edge Foundation's employability skills and
// competencies, mapped against the four purposes in Table Seven. The zero
// Skill is not valid.
type Skill uint8

// The twelve skills of Table Seven.
const (
	SkillProblemSolving Skill = iota + 1
	SkillCommunication
	SkillSelfManagement
	SkillTeamwork
	SkillCreativity
	SkillNumeracy
	SkillDigital
	SkillInformed
	SkillConfidence
	SkillDrive
	SkillResilience
	SkillReflection
	numSkills = SkillReflection
)

var skills = [...]struct {
	labelled
	purposes []Purpose
}{
	{},
	{labelled{"problem-solving", txt("Problem solving", "Datrys problemau", Indirect)}, []Purpose{PurposeAmbitious}},
	{labelled{"communication", txt("Communication", "Cyfathrebu", Attested)}, []Purpose{PurposeAmbitious}},
	{labelled{"self-management", txt("Self-management", "Hunanreolaeth", Attested)}, []Purpose{PurposeHealthy}},
	{labelled{"teamwork", txt("Teamwork", "Gwaith tîm", Indirect)}, []Purpose{PurposeEnterprising}},
	{labelled{"creativity", txt("Creativity", "Creadigrwydd", Attested)}, []Purpose{PurposeEnterprising}},
	{labelled{"numeracy", txt("Numeracy", "Rhifedd", Attested)}, []Purpose{PurposeAmbitious}},
	{labelled{"digital", txt("Digital skills", "Sgiliau digidol", Attested)}, []Purpose{PurposeAmbitious}},
	{labelled{"informed", txt("Informed about the world of work", "Gwybodus am fyd gwaith", Proposed)}, []Purpose{PurposeAmbitious, PurposeEthical}},
	{labelled{"confidence", txt("Confidence", "Hyder", Attested)}, []Purpose{PurposeHealthy}},
	{labelled{"drive", txt("Drive", "Cymhelliant a brwdfrydedd", Proposed)}, []Purpose{PurposeAmbitious, PurposeEnterprising}},
	{labelled{"resilience", txt("Resilience", "Gwydnwch", Attested)}, []Purpose{PurposeHealthy}},
	{labelled{"reflection", txt("Reflection", "Myfyrio", Attested)}, []Purpose{PurposeAmbitious}},
}

var skillVocab = newVocab("skill", Skill.String, int(numSkills), nil)

// Skills returns the twelve skills in the order of Table Seven.
func Skills() []Skill {
	s := make([]Skill, numSkills)
	for i := range s {
		s[i] = Skill(i + 1)
	}
	return s
}

// ParseSkill reads a skill code such as "self-management".
func ParseSkill(s string) (Skill, error) { return skillVocab.parse(s) }

// IsValid reports whether s is one of the twelve skills.
func (s Skill) IsValid() bool { return s >= 1 && s <= numSkills }

// String returns the skill's code, or "" if s is not valid.
func (s Skill) String() string {
	if !s.IsValid() {
		return ""
	}
	return skills[s].code
}

// Text returns the skill's bilingual name.
func (s Skill) Text() Text {
	if !s.IsValid() {
		return Text{}
	}
	return skills[s].name
}

// Purposes returns the purposes Table Seven maps s to.
func (s Skill) Purposes() []Purpose {
	if !s.IsValid() {
		return nil
	}
	return append([]Purpose(nil), skills[s].purposes...)
}

// MarshalText implements encoding.TextMarshaler.
func (s Skill) MarshalText() ([]byte, error) { return marshalCode("skill", s, s.String()) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseSkill].
func (s *Skill) UnmarshalText(b []byte) error { return unmarshalCode(s, ParseSkill, b) }

// Delivery is how an activity was delivered. The zero Delivery means not
// recorded.
type Delivery uint8

// Delivery modes.
const (
	FaceToFace Delivery = iota + 1
	Virtual
	Hybrid
	numDeliveries = Hybrid
)

var deliveries = [...]labelled{
	{},
	{"face-to-face", txt("Face to face", "Wyneb yn wyneb", Attested)},
	{"virtual", txt("Virtual", "Rhithwir", Proposed)},
	{"hybrid", txt("Hybrid", "Cyfunol", Indirect)},
}

var deliveryVocab = newVocab("delivery mode", Delivery.String, int(numDeliveries), map[string]Delivery{
	"in-person": FaceToFace, "face2face": FaceToFace, "f2f": FaceToFace, "online": Virtual, "blended": Hybrid,
})

// ParseDelivery reads "face-to-face", "virtual" or "hybrid" (and the
// aliases "in person", "online", "blended").
func ParseDelivery(s string) (Delivery, error) { return deliveryVocab.parse(s) }

// IsValid reports whether d is a delivery mode.
func (d Delivery) IsValid() bool { return d >= 1 && d <= numDeliveries }

// String returns the code of d, or "" if it is not valid.
func (d Delivery) String() string { return labelOf(deliveries[:], d).code }

// Text returns the bilingual name of d.
func (d Delivery) Text() Text { return labelOf(deliveries[:], d).name }

// MarshalText implements encoding.TextMarshaler.
func (d Delivery) MarshalText() ([]byte, error) { return marshalCode("delivery mode", d, d.String()) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDelivery].
func (d *Delivery) UnmarshalText(b []byte) error { return unmarshalCode(d, ParseDelivery, b) }

// Status says whether an activity is planned, was delivered or was
// cancelled. The zero Status is not valid.
type Status uint8

// Activity statuses.
const (
	Planned Status = iota + 1
	Delivered
	Cancelled
	numStatuses = Cancelled
)

var statuses = [...]labelled{
	{},
	{"planned", txt("Planned", "Wedi'i gynllunio", Proposed)},
	{"delivered", txt("Delivered", "Wedi'i gyflwyno", Proposed)},
	{"cancelled", txt("Cancelled", "Wedi'i ganslo", Proposed)},
}

var statusVocab = newVocab("status", Status.String, int(numStatuses), map[string]Status{"canceled": Cancelled, "done": Delivered, "complete": Delivered, "completed": Delivered})

// ParseStatus reads "planned", "delivered" or "cancelled".
func ParseStatus(s string) (Status, error) { return statusVocab.parse(s) }

// IsValid reports whether s is a status.
func (s Status) IsValid() bool { return s >= 1 && s <= numStatuses }

// String returns the code of s, or "" if it is not valid.
func (s Status) String() string { return labelOf(statuses[:], s).code }

// Text returns the bilingual name of s.
func (s Status) Text() Text { return labelOf(statuses[:], s).name }

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return marshalCode("status", s, s.String()) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseStatus].
func (s *Status) UnmarshalText(b []byte) error { return unmarshalCode(s, ParseStatus, b) }

// Setting is the kind of school or provision a learner attends. The zero
// Setting means not recorded.
type Setting uint8

// Settings.
const (
	Mainstream Setting = iota + 1
	Special
	PRU
	EOTAS
	numSettings = EOTAS
)

var settings = [...]labelled{
	{},
	{"mainstream", txt("Mainstream", "Prif ffrwd", Attested)},
	{"special", txt("Special school", "Ysgol arbennig", Attested)},
	{"pru", txt("Pupil referral unit", "Uned cyfeirio disgyblion", Attested)},
	{"eotas", txt("Education other than at school", "Addysg heblaw yn yr ysgol", Attested)},
}

var settingVocab = newVocab("setting", Setting.String, int(numSettings), nil)

// Settings returns the settings in order.
func Settings() []Setting { return []Setting{1, 2, 3, 4} }

// ParseSetting reads "mainstream", "special", "pru" or "eotas".
func ParseSetting(s string) (Setting, error) { return settingVocab.parse(s) }

// IsValid reports whether s is a setting.
func (s Setting) IsValid() bool { return s >= 1 && s <= numSettings }

// String returns the code of s, or "" if it is not valid.
func (s Setting) String() string { return labelOf(settings[:], s).code }

// Text returns the bilingual name of s.
func (s Setting) Text() Text { return labelOf(settings[:], s).name }

// MarshalText implements encoding.TextMarshaler.
func (s Setting) MarshalText() ([]byte, error) { return marshalCode("setting", s, s.String()) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseSetting].
func (s *Setting) UnmarshalText(b []byte) error { return unmarshalCode(s, ParseSetting, b) }

func labelOf[T ~uint8](table []labelled, v T) labelled {
	if v == 0 || int(v) >= len(table) {
		return labelled{}
	}
	return table[v]
}

func marshalCode[T ~uint8](what string, v T, code string) ([]byte, error) {
	if code == "" {
		return nil, &UnknownCodeError{Vocabulary: what, Code: strconv.Itoa(int(v))}
	}
	return []byte(code), nil
}

func unmarshalCode[T ~uint8](dst *T, parse func(string) (T, error), b []byte) error {
	v, err := parse(string(b))
	if err == nil {
		*dst = v
	}
	return err
}
