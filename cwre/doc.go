// Package cwre is the domain of Careers and Work-Related Experiences (CWRE)
// in the Curriculum for Wales: the taxonomy of work-related experiences, the
// records a school keeps of them, and the rules that say whether those
// records are right.
//
// # Taxonomy
//
// The four types of work-related experience ([Type]) and the kinds within
// them ([Kind]) follow Table Three of the 2023 report to the Welsh
// Government, with the suggested activities of Table Four that Table Three
// lacks. Each kind has a stable interchange code, English and Welsh names, a
// one-line description and its age rule. The six objectives ([Objective])
// carry Table Four's suggested activities by age band and intended learning
// outcomes ([Outcome]); the six kinds of outcome of section 4.4
// ([OutcomeKind]), the year groups ([YearGroup]), the Areas of Learning and
// Experience ([AoLE]), the four purposes ([Purpose]) and the Edge
// employability skills of Table Seven ([Skill]) complete it. Every label is
// available in English and Welsh ([Lang], [Text]).
//
// # Records
//
// A [Dataset] holds [Learner], [Activity] (a row of the Table Five planning
// and recording tool) and [Participation] records exactly as the records
// specification describes them. Dates are [Date] values; ages are counted
// the Welsh way (year group by age on 31 August, age on a given day for age
// rules).
//
// # Validation
//
// [Dataset.Validate] checks every record and the rules across records. Each
// problem is an [*Error] with a path, a field, a stable [Code] and a message
// in English and Welsh; a reader adds the file, row and column it came from.
// A record with a problem is kept, so one bad row never hides the others.
package cwre
