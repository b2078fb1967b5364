package cwre

import (
	"iter"
	"strconv"
)

// Objective is one of the six objectives for work-related experiences of
// Table Four ("All learners: ..."). Its text form is the digit "1" to "6", as
// ticked in the Table Five spreadsheet. The zero Objective is not valid.
type Objective uint8

// The six objectives of Table Four.
const (
	ObjectiveRelateLearning    Objective = iota + 1 // 1: relate their curriculum learning to careers and work
	ObjectiveUnderstandWork                         // 2: continuously develop their understanding of careers and work
	ObjectiveSkills                                 // 3: acquire and develop life and work skills
	ObjectiveParticipate                            // 4: participate in work-related activities, projects and challenges
	ObjectiveExperienceRoles                        // 5: experience work-related roles and the tasks associated with them
	ObjectivePersonalResources                      // 6: develop the personal resources they need for their future careers
)

// AgeBand is a band of ages in whole years, From inclusive and To
// exclusive, as Table Four writes "3-11 years" for ages 3 to 10. The zero
// AgeBand contains no age.
type AgeBand struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// Contains reports whether age lies in b.
func (b AgeBand) Contains(age int) bool { return age >= b.From && age < b.To }

// String returns the band as the report writes it, e.g. "3-11".
func (b AgeBand) String() string { return strconv.Itoa(b.From) + "-" + strconv.Itoa(b.To) }

// Suggestion is one line of Table Four's suggested activities: the kinds
// of experience suggested for learners in an age band. Text is the report's
// wording.
type Suggestion struct {
	Ages  AgeBand `json:"ages"`
	Text  Text    `json:"text"`
	Kinds []Kind  `json:"kinds"`
}

// ObjectiveInfo describes one objective with the suggested activities and
// intended learning outcomes of Table Four.
type ObjectiveInfo struct {
	Objective   Objective    `json:"number"`
	Name        Text         `json:"name"`
	Suggestions []Suggestion `json:"suggested_activities"`
	Outcomes    []Outcome    `json:"intended_outcomes"`
}

var objectiveNames = [...]Text{
	{},
	txt("Relate curriculum learning to careers and work", "Cysylltu dysgu'r cwricwlwm â gyrfaoedd a gwaith", Proposed),
	txt("Develop understanding of careers and work", "Datblygu dealltwriaeth o yrfaoedd a gwaith", Proposed),
	txt("Acquire and develop life and work skills", "Meithrin sgiliau bywyd a gwaith", Proposed),
	txt("Participate in work-related activities, projects and challenges", "Cymryd rhan mewn gweithgareddau, prosiectau a heriau sy'n gysylltiedig â gwaith", Proposed),
	txt("Experience work-related roles and tasks", "Profi rolau a thasgau sy'n gysylltiedig â gwaith", Proposed),
	txt("Develop personal resources for future careers", "Datblygu adnoddau personol ar gyfer gyrfa yn y dyfodol", Proposed),
}

func sug(from, to int, en, cy string, ks ...Kind) Suggestion {
	return Suggestion{Ages: AgeBand{from, to}, Text: txt(en, cy, Proposed), Kinds: ks}
}

// objectiveSuggestions is Table Four's middle column. "Visits" and
// "visitors" are workplace visits and visitors from the world of work;
// "role-related experiences" (ages 7 to 16, objective 5) are role plays and,
// from 14, work experience.
var objectiveSuggestions = [...][]Suggestion{
	{},
	{
		sug(3, 11, "Topics (AoLE-based), visits, visitors", "Pynciau (yn seiliedig ar y Meysydd), ymweliadau, ymwelwyr", KindTopic, KindWorkplaceVisit, KindVisitor),
		sug(11, 16, "Projects and enquiries (AoLE-based), visits, visitors", "Prosiectau ac ymholiadau (yn seiliedig ar y Meysydd), ymweliadau, ymwelwyr", KindProject, KindWorkplaceVisit, KindVisitor),
	},
	{
		sug(3, 11, "Conversations and dialogue, topics and themes, visits, visitors", "Sgyrsiau a deialog, pynciau a themâu, ymweliadau, ymwelwyr", KindConversation, KindTopic, KindWorkplaceVisit, KindVisitor),
		sug(11, 16, "Conversations and dialogue (e.g. in tutor time), projects and enquiries, visits, visitors, work observation, job shadowing", "Sgyrsiau a deialog (e.e. yn ystod amser tiwtor), prosiectau ac ymholiadau, ymweliadau, ymwelwyr, arsylwi ar waith, cysgodi gwaith", KindConversation, KindProject, KindWorkplaceVisit, KindVisitor, KindWorkObservation, KindJobShadowing),
	},
	{
		sug(3, 7, "Role plays", "Chwarae rôl", KindRolePlay),
		sug(7, 16, "Simulations and games, workshops and master classes, volunteering", "Efelychiadau a gemau, gweithdai a dosbarthiadau meistr, gwirfoddoli", KindSimulation, KindWorkshops, KindVolunteering),
	},
	{
		sug(3, 16, "Simulations and games, mini and school enterprises, business challenges and competitions, school clubs", "Efelychiadau a gemau, mentrau bach a mentrau ysgol, heriau a chystadlaethau busnes, clybiau ysgol", KindSimulation, KindMiniEnterprise, KindBusinessChallenge, KindSchoolClub),
	},
	{
		sug(3, 7, "Role plays", "Chwarae rôl", KindRolePlay),
		sug(7, 11, "Role-related experiences", "Profiadau sy'n gysylltiedig â rolau", KindRolePlay, KindSimulation),
		sug(11, 16, "Role-related experiences, work experience", "Profiadau sy'n gysylltiedig â rolau, profiad gwaith", KindRolePlay, KindSimulation, KindWorkExperience),
	},
	{
		sug(3, 7, "Portfolio building", "Llunio portffolio", KindPortfolioBuilding),
		sug(7, 11, "Portfolio building, peer mentoring", "Llunio portffolio, mentora gan gymheiriaid", KindPortfolioBuilding, KindPeerMentoring),
		sug(11, 16, "Portfolio building, peer and business mentoring", "Llunio portffolio, mentora gan gymheiriaid a busnesau", KindPortfolioBuilding, KindPeerMentoring, KindMentoring),
	},
}

// Objectives returns the six objectives in order.
func Objectives() []Objective {
	return []Objective{1, 2, 3, 4, 5, 6}
}

// IsValid reports whether o is one of the six objectives.
func (o Objective) IsValid() bool { return o >= 1 && o <= 6 }

// String returns the objective's number, or "0" if o is not valid.
func (o Objective) String() string { return strconv.Itoa(int(o)) }

// Name returns the objective's short name in language l ("" if not valid).
func (o Objective) Name(l Lang) string {
	if !o.IsValid() {
		return ""
	}
	return objectiveNames[o].In(l)
}

// Info returns the objective with its Table Four suggestions and intended
// learning outcomes; the zero ObjectiveInfo if o is not valid.
func (o Objective) Info() ObjectiveInfo {
	if !o.IsValid() {
		return ObjectiveInfo{}
	}
	oi := ObjectiveInfo{Objective: o, Name: objectiveNames[o]}
	for _, s := range objectiveSuggestions[o] {
		s.Kinds = append([]Kind(nil), s.Kinds...)
		oi.Suggestions = append(oi.Suggestions, s)
	}
	for out := range Outcomes() {
		if out.Serves(o) {
			oi.Outcomes = append(oi.Outcomes, out)
		}
	}
	return oi
}

// SuggestedFor returns the kinds Table Four suggests for a learner of the
// given age under objective o, in the table's order without repeats.
func (o Objective) SuggestedFor(age int) []Kind {
	if !o.IsValid() {
		return nil
	}
	var ks []Kind
	seen := map[Kind]bool{}
	for _, s := range objectiveSuggestions[o] {
		if !s.Ages.Contains(age) {
			continue
		}
		for _, k := range s.Kinds {
			if !seen[k] {
				seen[k] = true
				ks = append(ks, k)
			}
		}
	}
	return ks
}

// ParseObjective reads "1" to "6".
func ParseObjective(s string) (Objective, error) {
	n, err := strconv.Atoi(normCode(s))
	if err != nil || n < 1 || n > 6 {
		return 0, &UnknownCodeError{Vocabulary: "objective", Code: s}
	}
	return Objective(n), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseObjective].
func (o *Objective) UnmarshalText(b []byte) error {
	v, err := ParseObjective(string(b))
	if err == nil {
		*o = v
	}
	return err
}

// OutcomeKind is one of the six kinds of outcome learners can achieve from
// work-related experiences (section 4.4). The zero OutcomeKind is not valid.
type OutcomeKind uint8

// The six kinds of outcome of section 4.4.
const (
	OutcomeSatisfaction OutcomeKind = iota + 1
	OutcomeLearning
	OutcomePsychological
	OutcomeEducational
	OutcomeEconomic
	OutcomeSocial
	numOutcomeKinds = OutcomeSocial
)

var outcomeKinds = [...]struct {
	code string
	name Text
	desc Text
}{
	{},
	{"satisfaction", txt("User satisfaction", "Boddhad defnyddwyr", Proposed),
		txt("Learners report that they found the experience enjoyable or useful.", "Dysgwyr yn dweud bod y profiad yn bleserus neu'n ddefnyddiol.", Proposed)},
	{"learning", txt("Learning outcomes", "Deilliannau dysgu", Indirect),
		txt("Improved knowledge and understanding, skills and attitudes.", "Gwell gwybodaeth a dealltwriaeth, sgiliau ac agweddau.", Proposed)},
	{"psychological", txt("Psychological and behavioural outcomes", "Deilliannau seicolegol ac ymddygiadol", Proposed),
		txt("Greater autonomy, wellbeing and effectiveness, such as confidence, self-efficacy and resilience.", "Mwy o annibyniaeth, llesiant ac effeithiolrwydd, megis hyder, hunanaffeithiolrwydd a gwydnwch.", Proposed)},
	{"educational", txt("Educational outcomes", "Deilliannau addysgol", Indirect),
		txt("Qualifications gained, better results than expected, progression into further and higher education.", "Ennill cymwysterau, canlyniadau gwell na'r disgwyl, symud ymlaen i addysg bellach ac uwch.", Proposed)},
	{"economic", txt("Economic outcomes", "Deilliannau economaidd", Proposed),
		txt("More effective applications for courses and jobs, and better chances of employment.", "Ceisiadau mwy effeithiol am gyrsiau a swyddi, a gwell siawns o gael gwaith.", Proposed)},
	{"social", txt("Social outcomes", "Deilliannau cymdeithasol", Proposed),
		txt("Interpersonal skills, communicating and co-operating with others, helping communities to thrive.", "Sgiliau rhyngbersonol, cyfathrebu a chydweithio ag eraill, helpu cymunedau i ffynnu.", Proposed)},
}

var outcomeKindVocab = newVocab("outcome kind", OutcomeKind.String, int(numOutcomeKinds), nil)

// OutcomeKinds returns the six kinds of outcome in the report's order.
func OutcomeKinds() []OutcomeKind { return []OutcomeKind{1, 2, 3, 4, 5, 6} }

// ParseOutcomeKind reads an outcome kind code such as "social".
func ParseOutcomeKind(s string) (OutcomeKind, error) { return outcomeKindVocab.parse(s) }

// IsValid reports whether k is one of the six kinds.
func (k OutcomeKind) IsValid() bool { return k >= 1 && k <= numOutcomeKinds }

// String returns the code of k, or "" if k is not valid.
func (k OutcomeKind) String() string {
	if !k.IsValid() {
		return ""
	}
	return outcomeKinds[k].code
}

// Text returns the bilingual name of k.
func (k OutcomeKind) Text() Text {
	if !k.IsValid() {
		return Text{}
	}
	return outcomeKinds[k].name
}

// Description returns the report's one-line account of k.
func (k OutcomeKind) Description() Text {
	if !k.IsValid() {
		return Text{}
	}
	return outcomeKinds[k].desc
}

// MarshalText implements encoding.TextMarshaler.
func (k OutcomeKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, &UnknownCodeError{Vocabulary: "outcome kind", Code: strconv.Itoa(int(k))}
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *OutcomeKind) UnmarshalText(b []byte) error {
	v, err := ParseOutcomeKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// Outcome is an intended learning outcome: one of Table Four's "enabling
// learners to ..." statements, or one the report names as an entitlement
// (section 4.3). Its text form is a stable lower-case code such as
// "career-management". The zero Outcome is not valid.
type Outcome uint8

var outcomes = [...]struct {
	code string
	objs []Objective
	kind OutcomeKind
	name Text
}{
	{},
	{"motivation-to-learn", []Objective{1}, OutcomePsychological, txt("Strengthen their motivation to learn through life", "Cryfhau eu cymhelliant i ddysgu gydol oes", Proposed)},
	{"relevance-of-learning", []Objective{1}, OutcomeLearning, txt("Explain the relevance of their school learning to careers and work", "Esbonio perthnasedd eu dysgu yn yr ysgol i yrfaoedd a gwaith", Proposed)},
	{"raise-achievement", []Objective{1}, OutcomeEducational, txt("Raise achievement", "Codi cyrhaeddiad", Proposed)},
	{"interpret-lmi", []Objective{2}, OutcomeLearning, txt("Find and interpret labour market information", "Dod o hyd i wybodaeth am y farchnad lafur a'i dehongli", Proposed)},
	{"thriving-communities", []Objective{2}, OutcomeSocial, txt("Contribute to thriving local communities and a healthy society and economy", "Cyfrannu at gymunedau lleol ffyniannus a chymdeithas ac economi iach", Proposed)},
	{"own-values", []Objective{2}, OutcomeLearning, txt("Develop their own values on big issues such as social justice and sustainable living and working", "Datblygu eu gwerthoedd eu hunain ar faterion mawr fel cyfiawnder cymdeithasol a byw a gweithio'n gynaliadwy", Proposed)},
	{"literacy-numeracy", []Objective{3}, OutcomeLearning, txt("Develop core skills of literacy and numeracy", "Datblygu sgiliau craidd llythrennedd a rhifedd", Proposed)},
	{"employability-enterprise", []Objective{3}, OutcomeLearning, txt("Recognise and develop employability and enterprise skills", "Adnabod a datblygu sgiliau cyflogadwyedd a menter", Proposed)},
	{"digital-competence", []Objective{3}, OutcomeLearning, txt("Develop Digital Competence Framework skills", "Datblygu sgiliau'r Fframwaith Cymhwysedd Digidol", Proposed)},
	{"leadership", []Objective{4}, OutcomeSocial, txt("Show leadership skills", "Dangos sgiliau arwain", Proposed)},
	{"teamwork", []Objective{4, 5}, OutcomeSocial, txt("Work in a team", "Gweithio mewn tîm", Proposed)},
	{"problem-solving", []Objective{4}, OutcomeLearning, txt("Develop problem-solving skills", "Datblygu sgiliau datrys problemau", Proposed)},
	{"enterprise-skills", []Objective{4}, OutcomeLearning, txt("Recognise and demonstrate enterprise skills", "Adnabod a dangos sgiliau menter", Proposed)},
	{"business-understanding", []Objective{4}, OutcomeLearning, txt("Understand business organisations and cultures", "Deall sefydliadau a diwylliannau busnes", Proposed)},
	{"health-and-safety", []Objective{5}, OutcomeEducational, txt("Maintain health and safety practices", "Cynnal arferion iechyd a diogelwch", Proposed)},
	{"employability-skills", []Objective{5}, OutcomeEconomic, txt("Demonstrate employability skills such as punctuality, reliability and communication", "Dangos sgiliau cyflogadwyedd fel prydlondeb, dibynadwyedd a chyfathrebu", Proposed)},
	{"socialisation", []Objective{6}, OutcomeSocial, txt("Acquire socialisation skills", "Meithrin sgiliau cymdeithasu", Proposed)},
	{"reflection", []Objective{6}, OutcomeLearning, txt("Reflect on their learning", "Myfyrio ar eu dysgu", Proposed)},
	{"aspirations", []Objective{6}, OutcomePsychological, txt("Raise aspirations and aspirational capability", "Codi dyheadau a'r gallu i ddyheu", Proposed)},
	{"resilience", []Objective{6}, OutcomePsychological, txt("Build resilience", "Meithrin gwydnwch", Proposed)},
	{"challenge-stereotypes", []Objective{6}, OutcomeSocial, txt("Challenge stereotyping", "Herio stereoteipio", Proposed)},
	{"independent-learning", []Objective{6}, OutcomeLearning, txt("Develop independent learning skills", "Datblygu sgiliau dysgu annibynnol", Proposed)},
	{"career-management", []Objective{6}, OutcomeEconomic, txt("Develop career management skills such as planning, deciding, making transitions and networking", "Datblygu sgiliau rheoli gyrfa fel cynllunio, penderfynu, pontio a rhwydweithio", Proposed)},
	{"customer-care", nil, OutcomeLearning, txt("Develop customer care skills", "Datblygu sgiliau gofal cwsmeriaid", Proposed)},
	{"cv-and-applications", nil, OutcomeEconomic, txt("Develop CV and job application skills", "Datblygu sgiliau CV a cheisiadau am swyddi", Proposed)},
}

const numOutcomes = Outcome(len(outcomes) - 1)

var outcomeVocab = newVocab("outcome", Outcome.String, int(numOutcomes), aliasesOf[Outcome](Outcome.String, int(numOutcomes), map[string]string{
	"lmi":                      "interpret-lmi",
	"cv":                       "cv-and-applications",
	"job-applications":         "cv-and-applications",
	"career-management-skills": "career-management",
	"customer-service":         "customer-care",
}))

// Outcomes returns every intended learning outcome, those of Table Four
// first, objective by objective.
func Outcomes() iter.Seq[Outcome] {
	return func(yield func(Outcome) bool) {
		for o := Outcome(1); o <= numOutcomes; o++ {
			if !yield(o) {
				return
			}
		}
	}
}

// ParseOutcome reads an outcome code case-insensitively.
func ParseOutcome(s string) (Outcome, error) { return outcomeVocab.parse(s) }

// IsValid reports whether o is a known outcome.
func (o Outcome) IsValid() bool { return o >= 1 && o <= numOutcomes }

// String returns the code of o, or "" if o is not valid.
func (o Outcome) String() string {
	if !o.IsValid() {
		return ""
	}
	return outcomes[o].code
}

// Name returns the outcome's statement in language l.
func (o Outcome) Name(l Lang) string { return o.Text().In(l) }

// Text returns the outcome's bilingual statement.
func (o Outcome) Text() Text {
	if !o.IsValid() {
		return Text{}
	}
	return outcomes[o].name
}

// Kind returns the kind of outcome (section 4.4) o belongs to.
func (o Outcome) Kind() OutcomeKind {
	if !o.IsValid() {
		return 0
	}
	return outcomes[o].kind
}

// Objectives returns the objectives whose intended outcomes list o; none
// for the outcomes that come from section 4.3.
func (o Outcome) Objectives() []Objective {
	if !o.IsValid() {
		return nil
	}
	return append([]Objective(nil), outcomes[o].objs...)
}

// Serves reports whether o is an intended outcome of objective obj.
func (o Outcome) Serves(obj Objective) bool {
	if !o.IsValid() {
		return false
	}
	for _, x := range outcomes[o].objs {
		if x == obj {
			return true
		}
	}
	return false
}

// MarshalText implements encoding.TextMarshaler.
func (o Outcome) MarshalText() ([]byte, error) {
	if !o.IsValid() {
		return nil, &UnknownCodeError{Vocabulary: "outcome", Code: strconv.Itoa(int(o))}
	}
	return []byte(o.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseOutcome].
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := ParseOutcome(string(b))
	if err == nil {
		*o = v
	}
	return err
}
