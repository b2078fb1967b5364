package cwre_test

import (
	"fmt"

	"github.com/cwre-cymru/cwre/cwre"
)

func ExampleParseKind() {
	k, err := cwre.ParseKind("Speed networking")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(k, k.Type(), k.Name(cwre.English), "/", k.Name(cwre.Welsh))

	_, err = cwre.ParseKind("job-shadowng")
	fmt.Println(err)
	// Output:
	// careers-carousel 2 Speed networking / careers carousel / Rhwydweithio cyflym / carwsél gyrfaoedd
	// cwre: unknown activity kind "job-shadowng" (did you mean "job-shadowing"?)
}

func ExampleKind_Info() {
	info := cwre.KindWorkExperienceBlock.Info()
	fmt.Println(info.Name.En)
	fmt.Println(info.Name.Cy)
	fmt.Println("type", info.Type, "from age", info.MinAge, "placement:", info.Placement)
	// Output:
	// Work experience (1–2 week block)
	// Profiad gwaith bloc (wythnos neu bythefnos)
	// type 4 from age 14 placement: true
}

func ExampleObjective_SuggestedFor() {
	for _, k := range cwre.ObjectiveUnderstandWork.SuggestedFor(14) {
		fmt.Println(k)
	}
	// Output:
	// conversation
	// project
	// workplace-visit
	// visitor
	// work-observation
	// job-shadowing
}

func ExampleDate_YearGroupIn() {
	born := cwre.MustParseDate("24.03.09") // Table Five writes dates this way
	y, _ := born.YearGroupIn(2023)
	fmt.Println(born, y.Code(), y.Name(cwre.Welsh))
	fmt.Println("age on the first day of a June placement:", born.AgeOn(cwre.MustParseDate("2024-06-10")))
	// Output:
	// 2009-03-24 Y10 Blwyddyn 10
	// age on the first day of a June placement: 15
}

func ExampleCheckUPN() {
	for _, id := range []string{"A123456789012", "B123456789012", "pseudo-17"} {
		switch {
		case !cwre.LooksLikeUPN(id):
			fmt.Println(id, "is a pseudonymous id")
		case cwre.CheckUPN(id) != nil:
			fmt.Println(id, "has the wrong check letter")
		default:
			fmt.Println(id, "is a valid UPN")
		}
	}
	// Output:
	// A123456789012 is a valid UPN
	// B123456789012 has the wrong check letter
	// pseudo-17 is a pseudonymous id
}

func ExampleDataset_Validate() {
	d := &cwre.Dataset{
		Learners: []cwre.Learner{{ID: "L1", SchoolID: "6612345", YearGroup: cwre.Year8, DateOfBirth: cwre.MustParseDate("2011-05-05")}},
		Activities: []cwre.Activity{{ID: "we", SchoolID: "6612345", Title: "Work experience week",
			Kinds: []cwre.Kind{cwre.KindWorkExperienceBlock}, StartDate: cwre.MustParseDate("2024-06-10"),
			EndDate: cwre.MustParseDate("2024-06-07"), Hours: 35, Status: cwre.Planned}},
		Participations: []cwre.Participation{{LearnerID: "L1", ActivityID: "we"}},
	}
	for _, e := range d.Validate() {
		fmt.Println(e.Code, "|", e.Text(cwre.English))
		fmt.Println(e.Code, "|", e.Text(cwre.Welsh))
	}
	// Output:
	// end_before_start | activities[0].end_date: the end date is before the start date
	// end_before_start | activities[0].end_date: Mae'r dyddiad gorffen cyn y dyddiad dechrau
	// under_age | participations[0].learner_id: the learner is under 14 on the activity's start date, the youngest age for work-experience-block
	// under_age | participations[0].learner_id: Mae'r dysgwr yn rhy ifanc ar ddyddiad dechrau'r gweithgaredd (oedran ieuengaf ar gyfer work-experience-block: 14)
}
