package cwre

import "slices"

// Term is a word or phrase of the product's interface (a heading, a column
// name, a count label) with its text in English and Welsh. Its value is a
// stable key such as "learners"; [Term.Text] gives the words.
type Term string

// The interface terms. Welsh follows the project glossary; the ones not
// attested in an official source are in WELSH-REVIEW.md.
const (
	TermLearners       Term = "learners"
	TermActivities     Term = "activities"
	TermParticipations Term = "participations"
	TermProblems       Term = "problems"
	TermTypes          Term = "types"
	TermType           Term = "type"
	TermKinds          Term = "kinds"
	TermObjectives     Term = "objectives"
	TermSuggested      Term = "suggested_activities"
	TermOutcomes       Term = "intended_outcomes"
	TermOutcomeKinds   Term = "outcome_kinds"
	TermYearGroups     Term = "year_groups"
	TermAoLEs          Term = "aoles"
	TermPurposes       Term = "four_purposes"
	TermSkills         Term = "employability_skills"
	TermDeliveryModes  Term = "delivery_modes"
	TermStatuses       Term = "statuses"
	TermSettings       Term = "settings"
	TermAges           Term = "ages"
	TermFromAge        Term = "from_age"
	TermAgeOn31August  Term = "age_on_31_august"
	TermHours          Term = "hours"
	TermAllWell        Term = "all_well"
	TermCWRE           Term = "cwre"
	TermInvalidRecords Term = "invalid_records"
	TermValueNotShown  Term = "value_not_shown"
)

var terms = map[Term]Text{
	TermLearners:       txt("Learners", "Dysgwyr", Attested),
	TermActivities:     txt("Activities", "Gweithgareddau", Attested),
	TermParticipations: txt("Participations", "Cyfranogiadau", Proposed),
	TermProblems:       txt("Problems", "Problemau", Proposed),
	TermTypes:          txt("Types of work-related experience (Table Three)", "Mathau o brofiad sy'n gysylltiedig â gwaith (Tabl Tri)", Proposed),
	TermType:           txt("Type", "Math", Attested),
	TermKinds:          txt("Kinds of experience", "Mathau o brofiad", Proposed),
	TermObjectives:     txt("Objectives (Table Four)", "Amcanion (Tabl Pedwar)", Indirect),
	TermSuggested:      txt("Suggested activities", "Gweithgareddau a awgrymir", Proposed),
	TermOutcomes:       txt("Intended learning outcomes", "Deilliannau dysgu arfaethedig", Proposed),
	TermOutcomeKinds:   txt("Kinds of outcome (section 4.4)", "Mathau o ddeilliant (adran 4.4)", Proposed),
	TermYearGroups:     txt("Year groups", "Grwpiau blwyddyn", Attested),
	TermAoLEs:          txt("Areas of Learning and Experience", "Meysydd Dysgu a Phrofiad", Attested),
	TermPurposes:       txt("The four purposes", "Y pedwar diben", Attested),
	TermSkills:         txt("Employability skills (Table Seven)", "Sgiliau cyflogadwyedd (Tabl Saith)", Proposed),
	TermDeliveryModes:  txt("Delivery modes", "Dulliau cyflwyno", Proposed),
	TermStatuses:       txt("Status", "Statws", Attested),
	TermSettings:       txt("Settings", "Lleoliadau", Attested),
	TermAges:           txt("Ages", "Oed", Proposed),
	TermFromAge:        txt("From age", "O oed", Proposed),
	TermAgeOn31August:  txt("Age on 31 August", "Oed ar 31 Awst", Proposed),
	TermHours:          txt("Hours", "Oriau", Attested),
	TermAllWell:        txt("No problems found", "Dim problemau wedi'u canfod", Proposed),
	TermValueNotShown:  txt("(value not shown)", "(gwerth heb ei ddangos)", Proposed),
	TermInvalidRecords: txt("The records have problems", "Mae problemau yn y cofnodion", Proposed),
	TermCWRE:           txt("Careers and Work-Related Experiences", "Gyrfaoedd a phrofiadau cysylltiedig â byd gwaith", Attested),
}

// Text returns the term's words; the zero Text for an unknown term.
func (t Term) Text() Text { return terms[t] }

// In returns the term's words in language l.
func (t Term) In(l Lang) string { return terms[t].In(l) }

// Terms returns every interface term, sorted by key.
func Terms() []Term {
	ts := make([]Term, 0, len(terms))
	for t := range terms {
		ts = append(ts, t)
	}
	slices.Sort(ts)
	return ts
}
