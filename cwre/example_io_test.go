package cwre_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cwre-cymru/cwre/cwre"
)

// A school's three files, read with a Loader: Check shows every problem at
// its file, row and column, in English or Welsh.
func ExampleLoader() {
	files := []struct{ name, text string }{
		{"learners.csv", "learner_id,school_id,year_group,date_of_birth,house\n" +
			"Q020200100001,6612345,Y10,2008-10-10,Dewi\n" +
			"E020200100002,6612345,Y8,31/02/2011,Glyndŵr\n"},
		{"activities.csv", "activity_id,school_id,title,activity,start_date,end_date,hours,status\n" +
			"a1,6612345,Sector ambassador talk,employer-talk,2023-10-10,,2,delivered\n" +
			"a2,6612345,Work experience week,work-experience-block,10/06/2024,14/06/2024,35,planned\n"},
		{"participations.csv", "learner_id,activity_id,attended,reflection\n" +
			"Q020200100001,a1,yes,\"I learned what an engineer does.\nIt was good.\"\n" +
			"E020200100002,a2,maybe,\n"},
	}
	l := cwre.NewLoader()
	for _, f := range files {
		if err := l.ReadCSV(strings.NewReader(f.text), f.name); err != nil {
			fmt.Println(err)
			return
		}
	}
	problems := l.Check()
	for _, e := range problems {
		fmt.Println(e)
	}
	fmt.Println(problems[0].Text(cwre.Welsh))
	// Output:
	// learners.csv:3:4: date_of_birth: must be a real date, written YYYY-MM-DD or DD/MM/YYYY
	// participations.csv:3:3: attended: must be yes or no (true/false, yes/no, y/n, 1/0, or ✓ or empty)
	// learners.csv:3:4: date_of_birth: Rhaid i'r dyddiad fod yn ddyddiad go iawn (BBBB-MM-DD neu DD/MM/BBBB)
}

// A CSVReader streams the rows of one file. A row with a cell that cannot
// be read is still returned, with the problem at its row and column.
func Example_readCSV() {
	const file = "activity_id,school_id,title,activity,start_date,status\n" +
		"a1,6612345,'=Careers fair,careers-fair,2023-11-20,delivered\n" +
		"a2,6612345,Mock interviews,mock-interviews;speed-networkng,2024-01-15,planned\n"
	r, err := cwre.NewCSVReader(strings.NewReader(file), "activities.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Kind())
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("row %d: %s %q %v\n", row.Line, row.Activity.ID, row.Activity.Title, row.Activity.Kinds)
		for _, e := range row.Problems {
			fmt.Println(e)
		}
	}
	// Output:
	// activities.csv
	// row 2: a1 "=Careers fair" [careers-fair]
	// row 3: a2 "Mock interviews" [mock-interviews]
	// activities.csv:3:4: activity: not a known activity kind: speed-networkng (did you mean careers-carousel?)
}

// WriteJSON writes the JSON form; ReadJSON reads it back, reporting each
// bad value at its path and keeping the rest.
func ExampleReadJSON() {
	doc := `{"format_version": "1",
	  "learners": [{"learner_id": "P-0001", "school_id": "6612345", "year_group": "year 9", "date_of_birth": "2010-09-02", "efsm": "yes"}]}`
	d, errs, err := cwre.ReadJSON(strings.NewReader(doc), "records.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range errs {
		fmt.Println(e)
	}
	if err := d.WriteJSON(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// records.json: learners[0].efsm: has the wrong JSON type (want boolean)
	// {
	//   "format_version": "1",
	//   "learners": [
	//     {
	//       "learner_id": "P-0001",
	//       "school_id": "6612345",
	//       "year_group": "Y9",
	//       "date_of_birth": "2010-09-02",
	//       "efsm": false,
	//       "lac": false,
	//       "young_carer": false,
	//       "aln": false
	//     }
	//   ],
	//   "activities": [],
	//   "participations": []
	// }
}
