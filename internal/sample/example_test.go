package sample_test

import (
	"fmt"

	"github.com/cwre-cymru/cwre/internal/sample"
)

func ExampleSchool() {
	ds := sample.School(sample.Options{Seed: 1, Phase: sample.Primary})
	fmt.Println("school:", ds.Learners[0].SchoolID)
	fmt.Println("learners:", len(ds.Learners))
	fmt.Println("activities:", len(ds.Activities))
	fmt.Println("participations:", len(ds.Participations))
	fmt.Println("first activity:", ds.Activities[0].Title)
	fmt.Println("problems:", len(ds.Validate()))
	// Output:
	// school: 6622432
	// learners: 298
	// activities: 43
	// participations: 1263
	// first activity: Class trip to Dyfi Adventure Centre
	// problems: 0
}

func ExampleCountry() {
	schools, learners := 0, 0
	for ds := range sample.Country(sample.CountryOptions{Seed: 1, Schools: 12}) {
		schools++
		learners += len(ds.Learners)
	}
	fmt.Println(schools, "schools,", learners, "learners")
	// Output:
	// 12 schools, 3731 learners
}
