package sample

import (
	"slices"

	"github.com/cwre-cymru/cwre/cwre"
)

// fallbackObjectives are the objectives ticked for a kind that Table Four
// does not suggest at a learner's age (employer talks, careers fairs, mock
// interviews and the other kinds of Table Three, and Table Four kinds
// outside their age band). They follow the objective whose outcomes the
// kind serves most directly.
var fallbackObjectives = map[cwre.Kind][]cwre.Objective{
	cwre.KindWorkRelatedInformation: {cwre.ObjectiveRelateLearning},
	cwre.KindActiveLearning:         {cwre.ObjectiveRelateLearning, cwre.ObjectiveSkills},
	cwre.KindOnlineResources:        {cwre.ObjectiveUnderstandWork},
	cwre.KindCaseStudies:            {cwre.ObjectiveUnderstandWork},
	cwre.KindTopic:                  {cwre.ObjectiveRelateLearning, cwre.ObjectiveUnderstandWork},
	cwre.KindProject:                {cwre.ObjectiveRelateLearning},
	cwre.KindConversation:           {cwre.ObjectiveUnderstandWork},
	cwre.KindPortfolioBuilding:      {cwre.ObjectivePersonalResources},
	cwre.KindPeerMentoring:          {cwre.ObjectivePersonalResources},
	cwre.KindSchoolClub:             {cwre.ObjectiveParticipate},
	cwre.KindEmployerInvolvement:    {cwre.ObjectiveRelateLearning, cwre.ObjectiveUnderstandWork},
	cwre.KindEmployerTalk:           {cwre.ObjectiveUnderstandWork},
	cwre.KindVisitor:                {cwre.ObjectiveRelateLearning, cwre.ObjectiveUnderstandWork},
	cwre.KindMentoring:              {cwre.ObjectivePersonalResources},
	cwre.KindJobCoaching:            {cwre.ObjectiveExperienceRoles, cwre.ObjectivePersonalResources},
	cwre.KindMockInterviews:         {cwre.ObjectiveSkills, cwre.ObjectivePersonalResources},
	cwre.KindAlumni:                 {cwre.ObjectiveUnderstandWork, cwre.ObjectivePersonalResources},
	cwre.KindCareersFair:            {cwre.ObjectiveUnderstandWork},
	cwre.KindWorkshops:              {cwre.ObjectiveSkills},
	cwre.KindCareersCarousel:        {cwre.ObjectiveUnderstandWork},
	cwre.KindRolePlay:               {cwre.ObjectiveExperienceRoles},
	cwre.KindSimulation:             {cwre.ObjectiveSkills, cwre.ObjectiveParticipate},
	cwre.KindBusinessGames:          {cwre.ObjectiveParticipate},
	cwre.KindMiniEnterprise:         {cwre.ObjectiveParticipate},
	cwre.KindBusinessChallenge:      {cwre.ObjectiveParticipate},
	cwre.KindWorkplaceVisit:         {cwre.ObjectiveRelateLearning, cwre.ObjectiveUnderstandWork},
	cwre.KindWorkObservation:        {cwre.ObjectiveUnderstandWork},
	cwre.KindJobShadowing:           {cwre.ObjectiveUnderstandWork},
	cwre.KindPartTimeWork:           {cwre.ObjectiveExperienceRoles},
	cwre.KindVolunteering:           {cwre.ObjectiveSkills},
	cwre.KindVirtualWorkExperience:  {cwre.ObjectiveUnderstandWork, cwre.ObjectiveExperienceRoles},
	cwre.KindWorkExperience:         {cwre.ObjectiveExperienceRoles},
}

// Table Four's age bands run from 3 to 15; younger and older learners are
// planned for with the nearest band.
const (
	tableFourMinAge = 3
	tableFourMaxAge = 15
)

// tableFourAge returns the age whose Table Four suggestions apply to a
// learner of the given age.
func tableFourAge(age int) int { return min(max(age, tableFourMinAge), tableFourMaxAge) }

// kindObjectives[k][age] are the objectives ticked for kind k in a year
// group whose learners are age on 31 August (after tableFourAge): those
// whose Table Four suggestions for that age include k (or, for a work
// experience placement of any form, work experience), else the fallback.
var kindObjectives = func() [][tableFourMaxAge + 1][]cwre.Objective {
	n := 0
	for range cwre.Kinds() {
		n++
	}
	t := make([][tableFourMaxAge + 1][]cwre.Objective, n+1)
	for k := range cwre.Kinds() {
		look := k
		if k.IsPlacement() {
			look = cwre.KindWorkExperience
		}
		for age := tableFourMinAge; age <= tableFourMaxAge; age++ {
			var os []cwre.Objective
			for _, o := range cwre.Objectives() {
				if slices.Contains(o.SuggestedFor(age), look) {
					os = append(os, o)
				}
			}
			if len(os) == 0 {
				os = fallbackObjectives[look]
			}
			if len(os) == 0 {
				panic("cwre: sample: no objectives for kind " + k.String())
			}
			t[k][age] = os
		}
	}
	return t
}()

// objectiveOutcomes are Table Four's intended outcomes of each objective.
var objectiveOutcomes = func() [7][]cwre.Outcome {
	var t [7][]cwre.Outcome
	for _, o := range cwre.Objectives() {
		t[o] = o.Info().Outcomes
	}
	return t
}()

// objectivesOf returns the objectives ticked for an activity of the given
// kinds for learners of the given age, in order.
func objectivesOf(kinds []cwre.Kind, age int) []cwre.Objective {
	a := tableFourAge(age)
	var os []cwre.Objective
	for _, k := range kinds {
		for _, o := range kindObjectives[k][a] {
			if !slices.Contains(os, o) {
				os = append(os, o)
			}
		}
	}
	slices.Sort(os)
	return os
}
