package cwre_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoaderCheckGolden reads three files with planted errors and compares
// every problem, located and in both languages, with the golden files
// testdata/io/bad/check.golden (English) and check.cy.golden (Welsh).
// Run with -update to rewrite them.
func TestLoaderCheckGolden(t *testing.T) {
	errs := loadDir(t, "io/bad").Check()
	for _, lang := range []cwre.Lang{cwre.English, cwre.Welsh} {
		var b strings.Builder
		for _, e := range errs {
			b.WriteString(e.Text(lang) + "\n")
		}
		name := "check.golden"
		if lang == cwre.Welsh {
			name = "check.cy.golden"
		}
		path := filepath.Join("testdata", "io", "bad", name)
		if *update {
			require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, string(want), b.String(), "%s (go test -update rewrites it)", name)
	}

	// Each planted error is there, at its row and column.
	assert.Equal(t, []string{
		"2:6 activities[0].activity[1] unknown_code suggest=careers-fair value=careers-faire vocabulary=activity kind",
		"4:10 activities[2].end_date end_before_start",
		"5:11 activities[3].hours range max=2000 min=0",
		"6:18 activities[4].link url",
		"7:1 activities[5].activity_id duplicate_id first=activities.csv:2",
		"4:1 learners[2].learner_id upn_check_letter",
		"5:4 learners[3].date_of_birth invalid_date",
		"6:5 learners[4].efsm invalid_bool",
		"7:1 learners[5].learner_id duplicate_id first=learners.csv:2",
		"4:1 participations[2].learner_id unknown_learner",
		"5:1 participations[3].learner_id under_age kind=work-experience-block min=14",
		"6:1 participations[4].learner_id under_age kind=part-time-work min=13",
		"7:3 participations[5].attended invalid_bool",
		"8:2 participations[6].activity_id unknown_activity",
	}, describe(errs))
}

func TestLoaderKeepsEveryRecord(t *testing.T) {
	l := loadDir(t, "io/bad")
	d := l.Dataset()
	assert.Equal(t, cwre.FormatVersion, d.FormatVersion)
	assert.Len(t, d.Learners, 8)
	assert.Len(t, d.Activities, 6)
	assert.Len(t, d.Participations, 7)
	assert.Equal(t, "=SUM(A1:A3)", d.Activities[4].Title, "a neutralised formula is read as its text")
	assert.Equal(t, []cwre.Kind{cwre.KindEmployerTalk}, d.Activities[0].Kinds, "the good kind of a bad list is kept")
	assert.Equal(t, "I learned what an engineer does.\nIt was good.", d.Participations[0].Reflection)

	assert.Equal(t, []string{
		"5:4 learners[3].date_of_birth invalid_date",
		"6:5 learners[4].efsm invalid_bool",
		"2:6 activities[0].activity[1] unknown_code suggest=careers-fair value=careers-faire vocabulary=activity kind",
		"7:3 participations[5].attended invalid_bool",
	}, describe(l.Problems()), "reading problems, in the order found, rooted at the dataset")
}

// TestLoaderLeavesValidationToReading checks that a value that could not
// be read is reported once, by the reader, and not again as missing.
func TestLoaderLeavesValidationToReading(t *testing.T) {
	tests := []struct {
		name string
		file string
		text string
		want []string
	}{
		{"unknown year group", "learners.csv", "learner_id,school_id,year_group,date_of_birth\nP1,66,Y14,2008-10-10\n",
			[]string{"2:3 learners[0].year_group unknown_code value=Y14 vocabulary=year group"}},
		{"bad date of birth", "learners.csv", "learner_id,school_id,year_group,date_of_birth\nP1,66,Y10,2008-31-10\n",
			[]string{"2:4 learners[0].date_of_birth invalid_date"}},
		{"every kind unknown", "activities.csv", "activity_id,school_id,title,activity,start_date,status\na1,66,Talk,x;y,2023-10-10,planned\n",
			[]string{
				"2:4 activities[0].activity[0] unknown_code vocabulary=activity kind",
				"2:4 activities[0].activity[1] unknown_code vocabulary=activity kind",
			}},
		{"missing values are still reported", "learners.csv", "learner_id,school_id,year_group,date_of_birth\nP1,66,,\n",
			[]string{"2:3 learners[0].year_group required", "2:4 learners[0].date_of_birth required"}},
		{"a short row keeps its other problems", "learners.csv", "learner_id,school_id,year_group,date_of_birth\nP 1,66\n",
			[]string{
				"2:0 learners[0] row_length got=2 want=4",
				"2:1 learners[0].learner_id no_space",
				"2:3 learners[0].year_group required",
				"2:4 learners[0].date_of_birth required",
			}},
		{"extra column", "learners.csv", "learner_id,school_id,year_group,date_of_birth,Extra\nP1,66,Y10,2008-10-10,x\n",
			[]string{"2:5 learners[0].extra[Extra] extra_key"}},
		{"a line that is not CSV is not a record", "learners.csv", "learner_id,school_id,year_group,date_of_birth\nP1,\"66\"x,Y10,2008-10-10\n",
			[]string{"2:2  csv_syntax reason=quote_in_quoted"}},
		{"an unclosed quote loses no record", "learners.csv", "learner_id,school_id,year_group,date_of_birth\n" +
			"P1,S,Y10,2009-01-01\nP2,S,\"Y10,2009-01-01\nP3,S,Y10,2009-01-01\nP4,S,Y10,2009-01-01\n",
			[]string{"3:3  csv_syntax reason=unclosed_quote"}},
		{"a header with an extra column of another file", "participations.csv", "learner_id,activity_id,attended,year_group\nP1,a1,yes,Y10\n",
			[]string{
				"2:1 participations[0].learner_id unknown_learner",
				"2:2 participations[0].activity_id unknown_activity",
				"2:4 participations[0].extra[year_group] extra_key",
			}},
		{"an empty file", "learners.csv", "\n\n", []string{"1:0  empty_file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := cwre.NewLoader()
			require.NoError(t, l.ReadCSV(strings.NewReader(tt.text), tt.file))
			errs := l.Check()
			assert.Equal(t, tt.want, describe(errs))
			for _, e := range errs {
				assert.Equal(t, tt.file, e.File)
			}
		})
	}
}

// TestLoaderUnclosedQuote checks that the rows after a cell whose
// quotation mark is never closed are records of the dataset.
func TestLoaderUnclosedQuote(t *testing.T) {
	l := cwre.NewLoader()
	require.NoError(t, l.ReadCSV(strings.NewReader("learner_id,school_id,year_group,date_of_birth\n"+
		"P1,S,Y10,2009-01-01\nP2,S,\"Y10,2009-01-01\nP3,S,Y10,2009-01-01\nP4,S,Y10,2009-01-01\n"), "learners.csv"))
	var ids []string
	for _, learner := range l.Dataset().Learners {
		ids = append(ids, learner.ID)
	}
	assert.Equal(t, []string{"P1", "P3", "P4"}, ids)
	assert.Equal(t, []string{"learners.csv:3:3: year_group: the row cannot be read as CSV: a cell starts with a quotation mark (\") that is never closed"},
		errorLines(l.Check()))
}

func errorLines(errs cwre.Errors) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

// TestLoaderJSON loads a CSV file and then a JSON file of the same kind:
// the JSON records' problems are shown at their path inside the JSON file.
func TestLoaderJSON(t *testing.T) {
	l := cwre.NewLoader()
	require.NoError(t, l.ReadCSV(strings.NewReader("learner_id,school_id,year_group,date_of_birth\nP1,66,Y10,2008-10-10\nP2,66,Y10,2008-10-11\n"), "learners.csv"))
	require.NoError(t, l.ReadJSON(strings.NewReader(`{"format_version": "1",
		"learners": [{"learner_id": "P1", "school_id": "66", "year_group": "Y10", "date_of_birth": "2008-10-10"},
		             "not a learner",
		             {"learner_id": "P3", "school_id": "66", "year_group": "Y10", "date_of_birth": "2008-02-30"},
		             {"learner_id": "P4", "school_id": "66", "year_group": "Y10"},
		             {"learner_id": "P3", "school_id": "66", "year_group": "Y10", "date_of_birth": "2008-03-01"}],
		"participations": [{"learner_id": "P9", "activity_id": "a1"}]}`), "more.json"))
	assert.Len(t, l.Dataset().Learners, 6)

	var lines []string
	for _, e := range l.Check() {
		lines = append(lines, e.Error())
	}
	assert.Equal(t, []string{
		"more.json: learners[0].learner_id: this id is used twice (first at learners.csv:2)",
		"more.json: learners[1]: has the wrong JSON type (want object)",
		"more.json: learners[2].date_of_birth: must be a real date, written YYYY-MM-DD or DD/MM/YYYY",
		"more.json: learners[3].date_of_birth: a value is required",
		"more.json: learners[4].learner_id: this id is used twice (first at more.json: learners[2])",
		"more.json: participations[0].activity_id: no activity has this id",
		"more.json: participations[0].learner_id: no learner has this id",
	}, lines)
}

func TestLoaderReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Records.JSON")
	require.NoError(t, os.WriteFile(path, readTestdata(t, "io/roundtrip/dataset.json"), 0o600))
	l := cwre.NewLoader()
	require.NoError(t, l.ReadFile(path))
	assert.Len(t, l.Dataset().Participations, 3)
	assert.Empty(t, l.Check())

	missing := filepath.Join(dir, "learners.csv")
	err := l.ReadFile(missing)
	require.ErrorIs(t, err, os.ErrNotExist)
	errs := l.Problems()
	require.Len(t, errs, 1)
	assert.Equal(t, cwre.CodeRead, errs[0].Code)
	assert.Equal(t, missing, errs[0].File)
}

func TestLoaderReadErrors(t *testing.T) {
	l := cwre.NewLoader()
	assert.Error(t, l.ReadCSV(failingReader{}, "a.csv"))
	assert.Error(t, l.ReadCSV(failingReader{strings.NewReader("learner_id,activity_id,attended\nP1,a1,yes\n")}, "b.csv"))
	assert.Error(t, l.ReadJSON(failingReader{}, "c.json"))
	assert.NoError(t, l.ReadCSV(strings.NewReader("name,age\n"), "d.csv"), "a bad header is a problem, not an error")
	var got []string
	for _, e := range l.Check() {
		got = append(got, e.File+" "+string(e.Code))
	}
	assert.Equal(t, []string{"a.csv read_error", "b.csv unknown_learner", "b.csv unknown_activity", "b.csv read_error", "c.json read_error", "d.csv unknown_file"}, got)
}

func TestLoaderLocate(t *testing.T) {
	l := loadDir(t, "io/bad")
	tests := []struct {
		name string
		in   cwre.Error
		want cwre.Error
	}{
		{"field", cwre.Error{Path: "activities[1].hours"},
			cwre.Error{File: "activities.csv", Row: 3, Column: 11, Path: "activities[1].hours"}},
		{"list item", cwre.Error{Path: "activities[1].objectives[1]"},
			cwre.Error{File: "activities.csv", Row: 3, Column: 8, Path: "activities[1].objectives[1]"}},
		{"extra field", cwre.Error{Path: "learners[1].extra[house]"},
			cwre.Error{File: "learners.csv", Row: 3, Column: 10, Path: "learners[1].extra[house]"}},
		{"whole record", cwre.Error{Path: "participations[6]"},
			cwre.Error{File: "participations.csv", Row: 8, Path: "participations[6]"}},
		{"first", cwre.Error{Path: "learners[7].learner_id", Args: map[string]string{"first": "learners[6]"}},
			cwre.Error{File: "learners.csv", Row: 9, Column: 1, Path: "learners[7].learner_id", Args: map[string]string{"first": "learners.csv:8"}}},
		{"no such record", cwre.Error{Path: "learners[8].learner_id"}, cwre.Error{Path: "learners[8].learner_id"}},
		{"not a record", cwre.Error{Path: "format_version"}, cwre.Error{Path: "format_version"}},
		{"already located", cwre.Error{File: "x.csv", Path: "learners[0]"}, cwre.Error{File: "x.csv", Path: "learners[0]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.in
			l.Locate(&e)
			assert.Equal(t, tt.want, e)
		})
	}
}

func TestLoaderZeroValue(t *testing.T) {
	var l cwre.Loader
	require.NoError(t, l.ReadCSV(bytes.NewReader(readTestdata(t, "io/roundtrip/learners.csv")), "learners.csv"))
	assert.Len(t, l.Dataset().Learners, 2)
	assert.Equal(t, cwre.FormatVersion, l.Dataset().FormatVersion)
}
