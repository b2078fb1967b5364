// Package sample generates realistic, synthetic CWRE records: the
// learners of a Welsh school, its Table Five plan of work-related
// experiences for an academic year and the learners' participations, as a
// [cwre.Dataset] that passes [cwre.Dataset.Validate]. Tests, benchmarks,
// examples and the command-line tool share it.
//
// Everything it generates is made up. No record describes a real pupil:
// UPNs are well formed but allocated by the generator, dates of birth are
// drawn at random, reflections are generic sentences, employers are
// fictional names built from Welsh words and kinds of business, staff are
// initials only, and links point at example.org.
//
// [School] generates one school from [Options]; [Country] streams a whole
// country of schools, one dataset at a time, and [CountrySchools] gives the
// options of each of them. The same options always give the same records,
// byte for byte: the generator draws from math/rand/v2's PCG with fixed
// stream constants, never reads the clock and never lets map order reach
// its output. A secondary school of 1,000 learners takes a few
// milliseconds and a whole country about a second (BENCHMARKS.md).
//
// # Schools
//
// A [Phase] fixes the year groups: Primary N1 to Y6, Secondary Y7 to Y13
// (Y7 to Y11 without a sixth form), AllAge N1 to Y13, Special N2 to Y13 and
// PRU Y7 to Y11. Cohorts share the learners in proportion to weights: in a
// primary N1 0.35 (children join the term after they turn three), N2 0.9,
// R to Y6 1; in a secondary Y7 to Y11 1, Y12 0.55 and Y13 0.5; an all-age
// school has smaller primary cohorts (0.8) than secondary ones; a special
// school more older learners (0.3 in N2 rising to 1 in Y7 to Y11); a PRU
// mostly Y10 and Y11 (0.2 in Y7 rising to 1.2 in Y11). Each cohort varies
// by about 6% around its share. Secondary year groups are split into tutor
// groups of about 27, named 10X1, 10X2, 10Y1 and so on.
//
// A school's id is a seven-digit local authority and establishment number:
// an authority code from 660 (Isle of Anglesey) to 681 (Cardiff), then a
// number in the range of its phase (11xx pupil referral units, 2xxx
// community and 3xxx voluntary primaries, 4xxx community and 5xxx
// voluntary secondary and all-age schools, 7xxx special schools).
//
// # Learners
//
// Each learner's id is a UPN: the check letter ([cwre.UPNCheckLetter]), a
// three-digit authority code, the school's four-digit establishment
// number, the two-digit year of allocation and a three-digit serial. The
// authority code is 0 followed by the last two digits of the school's (so
// 067 for a school of authority 667): no authority has a code below 100,
// so a generated UPN is well formed but can never be a real pupil's. The
// school allocates it in the year the cohort joined (12% of mainstream
// learners joined later, learners of special schools and PRUs at any age),
// so UPNs are unique across a country. (Real learners keep the UPN their
// first school allocated.)
//
// Dates of birth are spread evenly over the twelve months, 1 September to
// 31 August, that put the learner in their year group: their age on the 31
// August before the academic year is [cwre.YearGroup.Age], so
// [cwre.Date.YearGroupIn] gives back their year group.
//
// Characteristics, in mainstream schools: a school's eFSM rate has a median
// of 19% and varies log-normally (σ 0.5, from 3% to 70%), so that most
// schools have between a tenth and a third of learners eligible and some
// many more; across a country it comes to about 22%. Additional learning
// needs affect 8.5% of learners not eligible for free school meals and
// 14.5% of those eligible (about 10% in all); looked-after children 0.6%
// and 2.6% (about 1%); young carers, from Y1, 2.5% and 5% (about 3% of
// learners in Y1 and above). Every
// learner of a special school has ALN (eFSM median 38%, LAC 3–5%); in a
// PRU the eFSM median is 50%, ALN 35–50%, LAC 5–10%, and a quarter of the
// learners have the setting "eotas", the rest "pru". Mainstream learners
// have the setting "mainstream".
//
// # Activities
//
// The school calendar follows the pattern of Welsh term dates: terms from
// the first Monday of September, the first Monday on or after 3 January and
// the Monday after the Easter fortnight; half-terms in the last week of
// October, the week from the first Monday on or after 12 February and the
// spring bank holiday week; the early May bank holiday off. Activities
// start on school days.
//
// For each year group the plan has, with a chance of 60% to 95% that is a
// trait of the school, one activity for each of Table Four's six
// objectives, of a kind [cwre.Objective.SuggestedFor] suggests at the
// learners' age (ages below 3 use the 3–7 band and ages of 16 and over the
// 11–16 band). Then the careers programme: in mainstream schools a one-week
// work experience block for Y10 in June (97% of schools, 30–35 hours
// including preparation and debrief), a two-week block for Y12 starting
// between mid-June and early July (85% of sixth forms, 60–68 hours), mock interviews for Y11 and Y13,
// options research in Y9, employer talks, job coaching for learners picked
// for support, part-time work logged by Y11 to Y13 and, rarely, an
// international placement; in special schools an enterprise such as a
// school café, work experience in school and supported weekly placements;
// in PRUs vocational tasters and placements. Every year group gets at least
// one employer encounter (an activity of type 2 or 4), and up to three
// extras (one in primary). School-wide events (a careers fair for Y9 up in
// 75% of schools, a careers week in 50% of primaries, an apprenticeship
// week assembly in February) are single activities for several year
// groups. No activity is given to a year group younger than its kinds'
// [cwre.Kind.MinAge]: placements start in Y10, part-time work in Y11. Short
// activities avoid the weeks a year group is out on a placement.
//
// Titles read like a teacher's Table Five entries ("Y10 work experience
// week", "Careers carousel with local employers", "Design a Children's
// Centre Competition"). Hours are the total of preparation, delivery and
// debrief: 1–2 hours for a talk, 3–7 for a visit, 4–10 for a project of
// several weeks. Groups are year groups ("Y5") or tutor groups ("10X1;
// 10X2"); staff are the initials of the head of year or class teacher and,
// for a third of activities, a colleague or the careers lead. Objectives
// ticked are those whose Table Four suggestions include the activity's
// kinds at that age (work experience placements count as "work experience";
// kinds Table Four does not name tick the objective they serve most
// directly). Types are ticked for 75% of activities and left to be derived
// from the kinds for the rest; one or two AoLEs for 92%; a link for 25%.
// Delivery is face to face, virtual for virtual tours and virtual work
// experience, sometimes virtual or hybrid for talks, fairs and mentoring,
// and not recorded for 4%.
//
// Status depends on [Options.AsOf] (by default 1 July, near the end of the
// summer term): activities starting after it are planned; of those
// starting on or before it, 3% of one- and few-day activities were
// cancelled and the rest delivered. Of delivered activities, 85% had
// learners prepared and 75% debriefed (97% and 92% for placements);
// planned activities are neither; activities still running on AsOf are
// not yet debriefed.
//
// # Participations
//
// Every learner an activity is for has a row: the whole year group, some
// tutor groups, the learners who opted in to an optional activity (clubs,
// volunteering, job shadowing, mentoring, virtual work experience) or
// those picked for targeted support (more often learners with eFSM, LAC,
// ALN or caring responsibilities). Planned and cancelled activities list
// their learners as not attended. A learner attends a delivered activity
// with their own chance: the school's base of about 93% (89% in special
// schools, 80% in PRUs, varying by 3 points between learners) less 5 points
// with eFSM, 8 if looked after, 4 for a young carer and 2 with ALN, which
// gives about 91% overall and 87% for eFSM learners. Learners with eFSM
// opt in to optional activities 0.7 times as often, looked-after learners
// 0.6 times and young carers 0.8 times. So a fair-access view finds lower
// hours and fewer optional experiences for those groups, the same way for
// the same seed.
//
// A learner's own hours are recorded when they differ from the activity's:
// part-time work logged (20–80 hours), one or two days missed from a
// placement (10%), club sessions missed (30%) or leaving early (4%).
// Reflections, a short generic sentence in English suited to the kind of
// activity and the learner's age, are written by 6% of young children, 8%
// to 30% of older learners and 55% after a placement, more often after a
// debrief and a little less often by learners with eFSM or in care.
// Outcomes are drawn from the intended learning outcomes of the objectives
// ticked ([cwre.Objective.Info]) and the activity's own (such as CV and job
// application skills for mock interviews), for 25% of learners who
// attended (50% on placements, 10% of young children).
//
// # A country
//
// A country of [CountrySize] schools has 1,190 primary, 175 secondary, 28
// all-age and 37 special schools and 20 PRUs, close to the maintained
// sector in Wales, and about 470,000 learners. Schools are spread over the
// 22 authorities in proportion to their population (2021 Census, rounded),
// rural authorities having 1.4 times as many, smaller (0.6 times)
// primaries. School sizes are log-normal: median 210 for primaries (12 to
// 700), 1,000 for secondaries (350 to 2,100), 1,050 for all-age schools,
// 125 for special schools and 40 for PRUs; 60% of secondary and 50% of
// all-age schools have a sixth form. An authority's deprivation scales its
// schools' eFSM rates, from 0.65 (Monmouthshire) to 1.35 (Merthyr Tydfil,
// Blaenau Gwent). A smaller country keeps these proportions.
package sample
