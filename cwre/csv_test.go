package cwre_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// describe turns problems into comparable lines:
// "ROW:COLUMN PATH CODE k=v…", arguments sorted by name.
func describe(es cwre.Errors) []string {
	var out []string
	for _, e := range es {
		s := fmt.Sprintf("%d:%d %s %s", e.Row, e.Column, e.Path, e.Code)
		for _, k := range slices.Sorted(maps.Keys(e.Args)) {
			s += " " + k + "=" + e.Args[k]
		}
		out = append(out, s)
	}
	return out
}

// readRows reads every row of a CSV text, failing the test on a bad header
// or an I/O error.
func readRows(t *testing.T, text, file string) (*cwre.CSVReader, []cwre.Row) {
	t.Helper()
	r, err := cwre.NewCSVReader(strings.NewReader(text), file)
	require.NoError(t, err)
	var rows []cwre.Row
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			return r, rows
		}
		require.NoError(t, err)
		rows = append(rows, row)
	}
}

// csvText writes records as CSV with encoding/csv's quoting.
func csvText(records ...[]string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.WriteAll(records)
	return b.String()
}

// readCell reads one row of a file of kind with every column empty but
// col, which holds cell.
func readCell(t *testing.T, kind cwre.FileKind, col, cell string) cwre.Row {
	t.Helper()
	header := kind.Columns()
	row := make([]string, len(header))
	i := slices.Index(header, col)
	require.GreaterOrEqual(t, i, 0, "no column %s in %s", col, kind)
	other := 0 // an id, so that the row is not blank
	if i == 0 {
		other = 1
	}
	row[other] = "x"
	row[i] = cell
	_, rows := readRows(t, csvText(header, row), kind.String())
	require.Len(t, rows, 1)
	return rows[0]
}

func f64(v float64) *float64 { return &v }

func TestDetectFileKind(t *testing.T) {
	tests := []struct {
		header string
		want   cwre.FileKind
	}{
		{"learner_id,school_id,year_group,date_of_birth", cwre.LearnersFile},
		{"\ufeffLearner_ID, Year_Group ", cwre.LearnersFile},
		{"date_of_birth,learner_id", cwre.LearnersFile},
		{"activity_id,title", cwre.ActivitiesFile},
		{"status,ACTIVITY,activity_id,house", cwre.ActivitiesFile},
		{"learner_id,activity_id,attended", cwre.ParticipationsFile},
		{"activity_id,learner_id", cwre.ParticipationsFile},
		{"learner_id,activity_id,year_group", cwre.LearnersFile},
		{"learner_id,activity_id,attended,year_group", cwre.ParticipationsFile},
		{"learner_id,activity_id,attended,Title", cwre.ParticipationsFile},
		{"activity_id,school_id,title,activity,start_date,status,learner_id", cwre.ActivitiesFile},
		{"learner_id,school_id,year_group,date_of_birth,activity_id,attended", cwre.LearnersFile},
		{"learner_id,school_id", cwre.FileUnknown},
		{"name,age", cwre.FileUnknown},
		{"", cwre.FileUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			assert.Equal(t, tt.want, cwre.DetectFileKind(strings.Split(tt.header, ",")))
		})
	}
}

func TestFileKind(t *testing.T) {
	assert.Equal(t, "learners.csv", cwre.LearnersFile.String())
	assert.Equal(t, "activities.csv", cwre.ActivitiesFile.String())
	assert.Equal(t, "participations.csv", cwre.ParticipationsFile.String())
	assert.Equal(t, "", cwre.FileUnknown.String())
	assert.Equal(t, []string{"learner_id", "school_id", "year_group", "date_of_birth", "efsm", "lac", "young_carer", "aln", "setting"}, cwre.LearnersFile.Columns())
	assert.Equal(t, []string{"activity_id", "school_id", "title", "groups", "staff", "activity", "types", "objectives", "start_date",
		"end_date", "hours", "delivery", "status", "prepared", "debriefed", "employers", "aole", "link"}, cwre.ActivitiesFile.Columns())
	assert.Equal(t, []string{"learner_id", "activity_id", "attended", "hours", "reflection", "outcomes"}, cwre.ParticipationsFile.Columns())
	assert.Nil(t, cwre.FileUnknown.Columns())
	cols := cwre.LearnersFile.Columns()
	cols[0] = "changed"
	assert.Equal(t, "learner_id", cwre.LearnersFile.Columns()[0], "Columns returns a copy")
}

func TestCSVReaderHeader(t *testing.T) {
	r, rows := readRows(t, "\ufeff Year_Group ,House,LEARNER_ID,date_of_birth,school_id,,Tutor\nY10,Dewi,P1,2008-10-10,66,,\n", "pupils.csv")
	assert.Equal(t, cwre.LearnersFile, r.Kind())
	assert.Equal(t, []string{" Year_Group ", "House", "LEARNER_ID", "date_of_birth", "school_id", "", "Tutor"}, r.Header())
	assert.Equal(t, []string{"House", "Tutor"}, r.Extra())
	require.Len(t, rows, 1)
	assert.Empty(t, rows[0].Problems)
	assert.Equal(t, &cwre.Learner{ID: "P1", SchoolID: "66", YearGroup: cwre.Year10,
		DateOfBirth: cwre.MustParseDate("2008-10-10"), Extra: map[string]string{"House": "Dewi"}}, rows[0].Learner)
}

func TestCSVReaderBadHeader(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             []string
	}{
		{"empty file", "x.csv", "", []string{"1:0  empty_file"}},
		{"byte order mark only", "x.csv", "\ufeff", []string{"1:0  empty_file"}},
		{"blank lines only", "learners.csv", "\n\r\n  \n,,\n\r", []string{"1:0  empty_file"}},
		{"unclosed quote in the header", "x.csv", "learner_id,\"activity_id,attended\nL1,a1,yes\n", []string{
			"1:2  csv_syntax reason=unclosed_quote"}},
		{"header line too long", "x.csv", strings.Repeat("x", 1<<20+1) + "\nlearner_id,activity_id,attended\n", []string{
			"1:0  csv_syntax reason=too_long"}},
		{"unknown header", "x.csv", "name,age\nA,3\n", []string{"1:0  unknown_file"}},
		{"missing columns", "x.csv", "learner_id,year_group\n", []string{
			"1:0  missing_column column=school_id", "1:0  missing_column column=date_of_birth"}},
		{"kind from the file name", "dir/Learners.CSV", "id,name\n", []string{
			"1:0  missing_column column=learner_id", "1:0  missing_column column=school_id",
			"1:0  missing_column column=year_group", "1:0  missing_column column=date_of_birth"}},
		{"duplicate column", "x.csv", "learner_id,activity_id,attended,Attended\n", []string{"1:4  duplicate_column"}},
		{"duplicate extra column", "x.csv", "learner_id,activity_id,attended,note,note \n", []string{"1:5  duplicate_column"}},
		{"bad quote", "x.csv", "learner_id,activity_id,att\"ended\n", []string{
			"1:3  csv_syntax reason=bare_quote"}},
		{"not UTF-8", "x.csv", "learner_id,activity_id,attended,n\xf4te\n", []string{"1:4  not_utf8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := cwre.NewCSVReader(strings.NewReader(tt.text), tt.file)
			assert.Nil(t, r)
			var errs cwre.Errors
			require.ErrorAs(t, err, &errs)
			assert.Equal(t, tt.want, describe(errs))
			for _, e := range errs {
				assert.Equal(t, tt.file, e.File)
			}
		})
	}
}

type failingReader struct{ after io.Reader }

func (f failingReader) Read(p []byte) (int, error) {
	if f.after != nil {
		if n, err := f.after.Read(p); err == nil {
			return n, nil
		}
	}
	return 0, errors.New("disk on fire")
}

func TestCSVReaderIOError(t *testing.T) {
	_, err := cwre.NewCSVReader(failingReader{}, "x.csv")
	var errs cwre.Errors
	require.ErrorAs(t, err, &errs)
	assert.Equal(t, []string{"1:0  read_error detail=disk on fire"}, describe(errs))

	r, err := cwre.NewCSVReader(failingReader{strings.NewReader("learner_id,activity_id,attended\n")}, "x.csv")
	require.NoError(t, err)
	_, err = r.Next()
	require.Error(t, err)
	assert.NotErrorIs(t, err, io.EOF)
	assert.ErrorContains(t, err, "cwre: reading x.csv: disk on fire")
}

func TestCSVCells(t *testing.T) {
	learner := func(get func(*cwre.Learner) any) func(cwre.Row) any {
		return func(r cwre.Row) any { return get(r.Learner) }
	}
	activity := func(get func(*cwre.Activity) any) func(cwre.Row) any {
		return func(r cwre.Row) any { return get(r.Activity) }
	}
	participation := func(get func(*cwre.Participation) any) func(cwre.Row) any {
		return func(r cwre.Row) any { return get(r.Participation) }
	}
	efsm := learner(func(l *cwre.Learner) any { return l.EFSM })
	dob := learner(func(l *cwre.Learner) any { return l.DateOfBirth })
	year := learner(func(l *cwre.Learner) any { return l.YearGroup })
	setting := learner(func(l *cwre.Learner) any { return l.Setting })
	id := learner(func(l *cwre.Learner) any { return l.ID })
	hours := activity(func(a *cwre.Activity) any { return a.Hours })
	title := activity(func(a *cwre.Activity) any { return a.Title })
	groups := activity(func(a *cwre.Activity) any { return a.Groups })
	employers := activity(func(a *cwre.Activity) any { return a.Employers })
	kinds := activity(func(a *cwre.Activity) any { return a.Kinds })
	types := activity(func(a *cwre.Activity) any { return a.Types })
	objectives := activity(func(a *cwre.Activity) any { return a.Objectives })
	status := activity(func(a *cwre.Activity) any { return a.Status })
	delivery := activity(func(a *cwre.Activity) any { return a.Delivery })
	endDate := activity(func(a *cwre.Activity) any { return a.EndDate })
	aole := activity(func(a *cwre.Activity) any { return a.AoLEs })
	ownHours := participation(func(p *cwre.Participation) any { return p.Hours })
	reflection := participation(func(p *cwre.Participation) any { return p.Reflection })
	outcomes := participation(func(p *cwre.Participation) any { return p.Outcomes })
	L, A, P := cwre.LearnersFile, cwre.ActivitiesFile, cwre.ParticipationsFile

	tests := []struct {
		name string
		kind cwre.FileKind
		col  string
		cell string
		get  func(cwre.Row) any
		want any
		errs []string // problems, as describe writes them
	}{
		{"bool true", L, "efsm", "true", efsm, true, nil},
		{"bool TRUE", L, "efsm", "TRUE", efsm, true, nil},
		{"bool yes", L, "efsm", " Yes ", efsm, true, nil},
		{"bool y", L, "efsm", "y", efsm, true, nil},
		{"bool 1", L, "efsm", "1", efsm, true, nil},
		{"bool tick", L, "efsm", "✓", efsm, true, nil},
		{"bool heavy tick", L, "efsm", "✔", efsm, true, nil},
		{"bool false", L, "efsm", "False", efsm, false, nil},
		{"bool no", L, "efsm", "NO", efsm, false, nil},
		{"bool n", L, "efsm", "n", efsm, false, nil},
		{"bool 0", L, "efsm", "0", efsm, false, nil},
		{"bool empty", L, "efsm", "", efsm, false, nil},
		{"bool bad", L, "efsm", "maybe", efsm, false, []string{"2:5 efsm invalid_bool"}},
		{"bool 2", L, "efsm", "2", efsm, false, []string{"2:5 efsm invalid_bool"}},
		{"bool cross", L, "efsm", "✗", efsm, false, []string{"2:5 efsm invalid_bool"}},

		{"date ISO", L, "date_of_birth", "2008-10-10", dob, cwre.MustParseDate("2008-10-10"), nil},
		{"date UK slash", L, "date_of_birth", "10/10/2008", dob, cwre.MustParseDate("2008-10-10"), nil},
		{"date UK dots", L, "date_of_birth", "10.10.2008", dob, cwre.MustParseDate("2008-10-10"), nil},
		{"date Table Five", L, "date_of_birth", " 24.03.23 ", dob, cwre.MustParseDate("2023-03-24"), nil},
		{"date empty", L, "date_of_birth", "", dob, cwre.Date{}, nil},
		{"date not a day", L, "date_of_birth", "31/02/2010", dob, cwre.Date{}, []string{"2:4 date_of_birth invalid_date"}},
		{"date text", L, "date_of_birth", "last May", dob, cwre.Date{}, []string{"2:4 date_of_birth invalid_date"}},
		{"optional date bad", A, "end_date", "2023-13-01", endDate, cwre.Date{}, []string{"2:10 end_date invalid_date"}},

		{"hours", A, "hours", "2", hours, 2.0, nil},
		{"hours decimal", A, "hours", " 1.5 ", hours, 1.5, nil},
		{"hours leading point", A, "hours", ".5", hours, 0.5, nil},
		{"hours negative", A, "hours", "-2", hours, -2.0, nil},
		{"hours empty", A, "hours", "", hours, 0.0, nil},
		{"hours comma", A, "hours", "1,5", hours, 0.0, []string{"2:11 hours invalid_number"}},
		{"hours exponent", A, "hours", "1e3", hours, 0.0, []string{"2:11 hours invalid_number"}},
		{"hours hex", A, "hours", "0x10", hours, 0.0, []string{"2:11 hours invalid_number"}},
		{"hours NaN", A, "hours", "NaN", hours, 0.0, []string{"2:11 hours invalid_number"}},
		{"hours Inf", A, "hours", "Inf", hours, 0.0, []string{"2:11 hours invalid_number"}},
		{"hours two signs", A, "hours", "--1", hours, 0.0, []string{"2:11 hours invalid_number"}},
		{"hours words", A, "hours", "two", hours, 0.0, []string{"2:11 hours invalid_number"}},
		{"own hours empty", P, "hours", "", ownHours, (*float64)(nil), nil},
		{"own hours", P, "hours", "0.25", ownHours, f64(0.25), nil},
		{"own hours zero", P, "hours", "0", ownHours, f64(0), nil},
		{"own hours bad", P, "hours", "lots", ownHours, (*float64)(nil), []string{"2:4 hours invalid_number"}},

		{"year group", L, "year_group", "Y10", year, cwre.Year10, nil},
		{"year group alias", L, "year_group", "year 10", year, cwre.Year10, nil},
		{"year group bad", L, "year_group", "Y14", year, cwre.YearGroup(0),
			[]string{"2:3 year_group unknown_code value=Y14 vocabulary=year group"}},
		{"setting", L, "setting", "PRU", setting, cwre.PRU, nil},
		{"setting empty", L, "setting", "", setting, cwre.Setting(0), nil},
		{"status alias", A, "status", "Canceled", status, cwre.Cancelled, nil},
		{"delivery alias", A, "delivery", "online", delivery, cwre.Virtual, nil},
		{"status bad", A, "status", "done-ish", status, cwre.Status(0),
			[]string{"2:13 status unknown_code vocabulary=status"}},

		{"text list", A, "groups", " 10X1; 10X2 ;;", groups, []string{"10X1", "10X2"}, nil},
		{"text list empty", A, "groups", " ; ", groups, []string(nil), nil},
		{"kinds", A, "activity", "Employer-Talk; visit", kinds, []cwre.Kind{cwre.KindEmployerTalk, cwre.KindWorkplaceVisit}, nil},
		{"kinds one bad", A, "activity", "employer-talk;careers-faire;job-shadowing", kinds,
			[]cwre.Kind{cwre.KindEmployerTalk, cwre.KindJobShadowing},
			[]string{"2:6 activity[1] unknown_code suggest=careers-fair value=careers-faire vocabulary=activity kind"}},
		{"kinds all bad", A, "activity", "x;;y", kinds, []cwre.Kind(nil), []string{
			"2:6 activity[0] unknown_code vocabulary=activity kind",
			"2:6 activity[1] unknown_code vocabulary=activity kind"}},
		{"types", A, "types", "1;4", types, []cwre.Type{1, 4}, nil},
		{"types bad", A, "types", "2;5", types, []cwre.Type{2}, []string{"2:7 types[1] unknown_code value=5 vocabulary=type"}},
		{"objectives", A, "objectives", " 6 ;1", objectives, []cwre.Objective{6, 1}, nil},
		{"aole alias", A, "aole", "maths;HUM", aole, []cwre.AoLE{cwre.AoLEMathematics, cwre.AoLEHumanities}, nil},
		{"outcomes alias", P, "outcomes", "CV;teamwork", outcomes, []cwre.Outcome{mustOutcome(t, "cv-and-applications"), mustOutcome(t, "teamwork")}, nil},

		{"text trimmed", A, "title", "  Careers fair \t", title, "Careers fair", nil},
		{"formula neutralised", A, "title", "'=SUM(A1:A3)", title, "=SUM(A1:A3)", nil},
		{"formula plus", A, "title", "'+44 Logistics", title, "+44 Logistics", nil},
		{"formula minus", A, "title", "'-5 degrees", title, "-5 degrees", nil},
		{"formula at", A, "title", "'@home", title, "@home", nil},
		{"formula tab", A, "title", "'\tx", title, "x", nil},
		{"formula two apostrophes", A, "title", "''=x", title, "'=x", nil},
		{"formula not neutralised", A, "title", "=1+2", title, "=1+2", nil},
		{"apostrophe kept", A, "title", "'Twas a visit", title, "'Twas a visit", nil},
		{"apostrophe alone", A, "title", "'", title, "'", nil},
		{"formula id", L, "learner_id", "'-P1", id, "-P1", nil},
		{"formula list", A, "employers", "'+44 Logistics;Tesco", employers, []string{"+44 Logistics", "Tesco"}, nil},
		{"multi-line text", P, "reflection", "Da.\r\nIawn.", reflection, "Da.\nIawn.", nil},
		{"Welsh text", A, "title", "Ymweliad â'r ŵyl ŷd", title, "Ymweliad â'r ŵyl ŷd", nil},
		{"not UTF-8", A, "title", "Ymweliad \xe2'r", title, "Ymweliad \ufffd'r", []string{"2:3 title not_utf8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row := readCell(t, tt.kind, tt.col, tt.cell)
			assert.Equal(t, tt.want, tt.get(row))
			assert.Equal(t, tt.errs, describe(row.Problems))
			for _, e := range row.Problems {
				assert.Equal(t, tt.kind.String(), e.File)
				assert.Equal(t, tt.col, e.Field)
				assert.NotEqual(t, string(e.Code), e.Message(cwre.English), "code %s has a message", e.Code)
				assert.NotContains(t, e.Error(), "2010", "a date of birth is never repeated")
			}
		})
	}
}

func mustOutcome(t *testing.T, code string) cwre.Outcome {
	o, err := cwre.ParseOutcome(code)
	require.NoError(t, err)
	return o
}

func TestCSVRows(t *testing.T) {
	header := "learner_id,activity_id,attended,reflection,note\n"
	tests := []struct {
		name  string
		text  string
		lines []int
		ids   []string
		errs  [][]string
	}{
		{"plain", header + "L1,a1,yes,,\nL2,a1,no,,\n", []int{2, 3}, []string{"L1", "L2"}, [][]string{nil, nil}},
		{"multi-line cell is one row", header + "L1,a1,yes,\"line one\nline two\r\nline three\",\nL2,a1,no,,\n",
			[]int{2, 3}, []string{"L1", "L2"}, [][]string{nil, nil}},
		{"blank lines and empty rows are rows but not records", header + "\nL1,a1,yes,,\n,,,,\n  ,, ,,\nL2,a1,no,,\n",
			[]int{3, 6}, []string{"L1", "L2"}, [][]string{nil, nil}},
		{"CRLF", strings.ReplaceAll(header+"L1,a1,yes,,\nL2,a1,no,,\n", "\n", "\r\n"), []int{2, 3}, []string{"L1", "L2"}, [][]string{nil, nil}},
		{"too few cells", header + "L1,a1,yes\nL2,a1,no,,\n", []int{2, 3}, []string{"L1", "L2"},
			[][]string{{"2:0  row_length got=3 want=5"}, nil}},
		{"too many cells", header + "L1,a1,yes,,,x\n", []int{2}, []string{"L1"}, [][]string{{"2:0  row_length got=6 want=5"}}},
		{"bare quote, reading goes on", header + "L1,a1,yes,\"fine\",\nL2,a1,no,say \"hi\",\nL3,a1,yes,,\n",
			[]int{2, 3, 4}, []string{"L1", "", "L3"},
			[][]string{nil, {"3:4  csv_syntax reason=bare_quote"}, nil}},
		{"bad quote after a multi-line cell", header + "L1,a1,yes,\"a\nb\",\nL2,a1,\"no\"x,,\nL3,a1,yes,,\n",
			[]int{2, 3, 4}, []string{"L1", "", "L3"},
			[][]string{nil, {"3:3  csv_syntax reason=quote_in_quoted"}, nil}},
		{"bad quote in a row with a multi-line cell", header + "L1,\"a\nb\",no\"x,,\nL2,a1,no,,\n",
			[]int{2, 3, 4}, []string{"", "", "L2"},
			[][]string{{"2:2  csv_syntax reason=unclosed_quote"}, {"3:1  csv_syntax reason=bare_quote"}, nil}},
		{"unclosed quote loses no row", header + "L1,a1,yes,\"oops,\nL2,a1,no,,\nL3,a1,no,,\n",
			[]int{2, 3, 4}, []string{"", "L2", "L3"}, [][]string{{"2:4  csv_syntax reason=unclosed_quote"}, nil, nil}},
		{"unclosed quote on the last line", header + "L1,a1,yes,,\nL2,a1,\"no,,",
			[]int{2, 3}, []string{"L1", ""}, [][]string{nil, {"3:3  csv_syntax reason=unclosed_quote"}}},
		{"unclosed quote ended by a later quote", header + "L1,a1,\"yes,,\nL2,a1,no,,\nL3,a1,\"no\",x,\n",
			[]int{2, 3, 4}, []string{"", "L2", "L3"}, [][]string{{"2:3  csv_syntax reason=unclosed_quote"}, nil, nil}},
		{"blank lines after an unclosed quote are still rows", header + "L1,a1,\"yes,,\n\nL2,a1,no,,\r\n\r\nL3,a1,no,,\n",
			[]int{2, 4, 6}, []string{"", "L2", "L3"}, [][]string{{"2:3  csv_syntax reason=unclosed_quote"}, nil, nil}},
		{"a good multi-line cell after an unclosed quote", header + "L1,a1,\"yes,,\nL2,a1,no,\"line one\nline two\",\nL3,a1,no,,\n",
			[]int{2, 3, 4}, []string{"", "L2", "L3"}, [][]string{{"2:3  csv_syntax reason=unclosed_quote"}, nil, nil}},
		{"unclosed quote opened on the second line of a row", header + "L1,a1,yes,\"a\nb\",\"oops\nL2,a1,no,,\n",
			[]int{2, 3, 4}, []string{"", "", "L2"},
			[][]string{{"2:4  csv_syntax reason=unclosed_quote"}, {"3:1  csv_syntax reason=bare_quote"}, nil}},
		{"two unclosed quotes", header + "L1,\"a1,yes,,\nL2,a1,no,,\nL3,a1,\"no,,\nL4,a1,no,,\n",
			[]int{2, 3, 4, 5}, []string{"", "L2", "", "L4"},
			[][]string{{"2:2  csv_syntax reason=unclosed_quote"}, nil, {"4:3  csv_syntax reason=unclosed_quote"}, nil}},
		{"line too long", header + "L1,a1,yes,," + strings.Repeat("x", 1<<20) + "\nL2,a1,no,,\n",
			[]int{2, 3}, []string{"", "L2"}, [][]string{{"2:0  csv_syntax reason=too_long"}, nil}},
		{"too long a line in an unclosed quote", header + "L1,a1,\"yes,,\n" + strings.Repeat("x", 1<<20+1) + "\nL2,a1,no,,\n",
			[]int{2, 3, 4}, []string{"", "", "L2"}, [][]string{{"2:3  csv_syntax reason=unclosed_quote"}, {"3:0  csv_syntax reason=too_long"}, nil}},
		{"value in a column with no name", "learner_id,activity_id,attended,\nL1,a1,yes,\nL2,a1,yes,x\n",
			[]int{2, 3}, []string{"L1", "L2"}, [][]string{nil, {`3:4 extra[""] extra_key`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, rows := readRows(t, tt.text, "participations.csv")
			var lines []int
			var ids []string
			var errs [][]string
			for _, r := range rows {
				require.NotNil(t, r.Participation)
				lines = append(lines, r.Line)
				ids = append(ids, r.Participation.LearnerID)
				errs = append(errs, describe(r.Problems))
			}
			assert.Equal(t, tt.lines, lines)
			assert.Equal(t, tt.ids, ids)
			assert.Equal(t, tt.errs, errs)
		})
	}
}

func TestCSVExtraFields(t *testing.T) {
	_, rows := readRows(t, "learner_id,activity_id,attended,Note,'=room\nL1,a1,yes,  ,\nL2,a1,yes,hi,'=B2\n", "p.csv")
	require.Len(t, rows, 2)
	assert.Nil(t, rows[0].Participation.Extra, "empty extra cells are no extra fields")
	assert.Equal(t, map[string]string{"Note": "hi", "=room": "=B2"}, rows[1].Participation.Extra)
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", filepath.FromSlash(name)))
	require.NoError(t, err)
	return data
}

// TestCSVGoodRowsOfBadFile checks that a file with planted errors gives
// every row, each record complete but for the cells that failed.
func TestCSVGoodRowsOfBadFile(t *testing.T) {
	for name, n := range map[string]int{"learners.csv": 8, "activities.csv": 6, "participations.csv": 7} {
		t.Run(name, func(t *testing.T) {
			_, rows := readRows(t, string(readTestdata(t, "io/bad/"+name)), name)
			require.Len(t, rows, n)
			for i, r := range rows {
				assert.Equal(t, i+2, r.Line, "one row per record, the multi-line reflection included")
			}
		})
	}
	_, rows := readRows(t, string(readTestdata(t, "io/bad/learners.csv")), "learners.csv")
	assert.Equal(t, &cwre.Learner{ID: "H020200100004", SchoolID: "6612345", YearGroup: cwre.Year9}, rows[3].Learner,
		"the row with a bad date keeps its other cells")
	assert.Equal(t, []string{"5:4 date_of_birth invalid_date"}, describe(rows[3].Problems))
}

func TestCSVWriter(t *testing.T) {
	t.Run("header and canonical cells", func(t *testing.T) {
		var b bytes.Buffer
		w := cwre.NewCSVWriter(&b, cwre.ActivitiesFile, []string{"room", "=x"})
		require.NoError(t, w.WriteActivity(&cwre.Activity{
			ID: "a1", SchoolID: "66", Title: "=cmd|' /C calc'!A0", Groups: []string{"@g", "Y8"},
			Kinds: []cwre.Kind{cwre.KindEmployerTalk, cwre.KindWorkshops}, Types: []cwre.Type{2}, Objectives: []cwre.Objective{1, 6},
			StartDate: cwre.MustParseDate("2023-10-10"), Hours: 1.25, Status: cwre.Delivered, Prepared: true,
			Employers: []string{"Cwmni, Cyf"}, AoLEs: []cwre.AoLE{cwre.AoLEScience}, Link: "https://example.org",
			Extra: map[string]string{"room": "-1", "=x": "ok"},
		}))
		require.NoError(t, w.Flush())
		assert.Equal(t, "activity_id,school_id,title,groups,staff,activity,types,objectives,start_date,end_date,hours,delivery,status,prepared,debriefed,employers,aole,link,room,'=x\n"+
			"a1,66,'=cmd|' /C calc'!A0,'@g;Y8,,employer-talk;workshops,2,1;6,2023-10-10,,1.25,,delivered,true,false,\"Cwmni, Cyf\",science-technology,https://example.org,'-1,ok\n",
			b.String())
	})
	t.Run("participation hours and year group codes", func(t *testing.T) {
		var b bytes.Buffer
		w := cwre.NewCSVWriter(&b, cwre.ParticipationsFile, nil)
		require.NoError(t, w.WriteParticipation(&cwre.Participation{LearnerID: "L1", ActivityID: "a1", Hours: f64(0)}))
		require.NoError(t, w.WriteParticipation(&cwre.Participation{LearnerID: "L1", ActivityID: "a2", Attended: true}))
		require.NoError(t, w.Flush())
		assert.Equal(t, "learner_id,activity_id,attended,hours,reflection,outcomes\nL1,a1,false,0,,\nL1,a2,true,,,\n", b.String())
		b.Reset()
		w = cwre.NewCSVWriter(&b, cwre.LearnersFile, nil)
		require.NoError(t, w.WriteLearner(&cwre.Learner{ID: "L1", YearGroup: cwre.YearR}))
		require.NoError(t, w.WriteLearner(&cwre.Learner{ID: "L2", YearGroup: cwre.Year13, Setting: cwre.EOTAS}))
		require.NoError(t, w.Flush())
		assert.Equal(t, "learner_id,school_id,year_group,date_of_birth,efsm,lac,young_carer,aln,setting\n"+
			"L1,,R,,false,false,false,false,\nL2,,Y13,,false,false,false,false,eotas\n", b.String())
	})
	t.Run("header alone", func(t *testing.T) {
		var b bytes.Buffer
		require.NoError(t, cwre.NewCSVWriter(&b, cwre.ParticipationsFile, []string{"note"}).Flush())
		assert.Equal(t, "learner_id,activity_id,attended,hours,reflection,outcomes,note\n", b.String())
	})

	bad := []struct {
		name  string
		kind  cwre.FileKind
		extra []string
		write func(w *cwre.CSVWriter) error
		want  string
	}{
		{"wrong kind", cwre.LearnersFile, nil, func(w *cwre.CSVWriter) error { return w.WriteActivity(&cwre.Activity{}) },
			"cwre: a writer of learners.csv cannot write a record of activities.csv"},
		{"unknown kind", cwre.FileUnknown, nil, func(w *cwre.CSVWriter) error { return w.Flush() }, "unknown kind"},
		{"extra field with no column", cwre.LearnersFile, []string{"house"}, func(w *cwre.CSVWriter) error {
			return w.WriteLearner(&cwre.Learner{Extra: map[string]string{"tutor": "x"}})
		}, `cwre: extra field "tutor" has no column`},
		{"extra column named like a column", cwre.LearnersFile, []string{"Setting"}, func(w *cwre.CSVWriter) error { return w.Flush() },
			`cwre: extra column "Setting" would be read as the setting column of learners.csv`},
		{"extra column with spaces", cwre.LearnersFile, []string{" house"}, func(w *cwre.CSVWriter) error { return w.Flush() }, "would not read back"},
		{"empty extra column", cwre.LearnersFile, []string{""}, func(w *cwre.CSVWriter) error { return w.Flush() }, "would not read back"},
		{"extra column twice", cwre.LearnersFile, []string{"a", "a"}, func(w *cwre.CSVWriter) error { return w.Flush() }, "given twice"},
		{"list item with a semicolon", cwre.ActivitiesFile, nil, func(w *cwre.CSVWriter) error {
			return w.WriteActivity(&cwre.Activity{Employers: []string{"a", "b;c"}})
		}, `cwre: employers: item 1 contains ";"`},
		{"invalid code", cwre.ActivitiesFile, nil, func(w *cwre.CSVWriter) error {
			return w.WriteActivity(&cwre.Activity{Kinds: []cwre.Kind{200}})
		}, "cwre: activity: cwre.Kind(200) is not valid"},
		{"zero code in a list", cwre.ActivitiesFile, nil, func(w *cwre.CSVWriter) error {
			return w.WriteActivity(&cwre.Activity{Types: []cwre.Type{0}})
		}, "cwre: types: item 0 has no value"},
		{"hours not a number", cwre.ParticipationsFile, nil, func(w *cwre.CSVWriter) error {
			return w.WriteParticipation(&cwre.Participation{Hours: f64(math.Inf(1))})
		}, "cwre: hours: not a finite number"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := tt.write(cwre.NewCSVWriter(&b, tt.kind, tt.extra))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.True(t, strings.HasPrefix(err.Error(), "cwre: "), err.Error())
		})
	}
}

// TestFormulaNeutralisation writes free text through the CSV writer and
// reads it back: the cell a spreadsheet sees never starts with a formula
// character, and the text comes back as it was.
func TestFormulaNeutralisation(t *testing.T) {
	tests := []struct{ text, cell string }{
		{"=1+2", "'=1+2"},
		{"+44 1234", "'+44 1234"},
		{"-5", "'-5"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"'=x", "''=x"},
		{"''+x", "'''+x"},
		{"'quoted'", "'quoted'"},
		{"'", "'"},
		{"a=b", "a=b"},
		{"Ysgol Gyfun", "Ysgol Gyfun"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var b bytes.Buffer
			w := cwre.NewCSVWriter(&b, cwre.ParticipationsFile, []string{"note"})
			p := &cwre.Participation{LearnerID: "L1", ActivityID: "a1", Reflection: tt.text}
			if tt.text != "" {
				p.Extra = map[string]string{"note": tt.text}
			}
			require.NoError(t, w.WriteParticipation(p))
			require.NoError(t, w.Flush())
			records, err := csv.NewReader(bytes.NewReader(b.Bytes())).ReadAll()
			require.NoError(t, err)
			assert.Equal(t, tt.cell, records[1][4], "reflection cell")
			assert.Equal(t, tt.cell, records[1][6], "extra cell")

			_, rows := readRows(t, b.String(), "participations.csv")
			require.Len(t, rows, 1)
			assert.Empty(t, rows[0].Problems)
			assert.Equal(t, p, rows[0].Participation)
		})
	}
}

func TestWriteCSVDirError(t *testing.T) {
	d := &cwre.Dataset{Activities: []cwre.Activity{{ID: "a1"}, {ID: "a2", Staff: []string{"JL;AB"}}}}
	dir := t.TempDir()
	err := d.WriteCSVDir(dir)
	require.Error(t, err)
	assert.EqualError(t, err, `cwre: staff: item 0 contains ";", which separates the items of a CSV cell (writing activities[1] to `+
		filepath.Join(dir, "activities.csv")+")")
	entries, statErr := os.ReadDir(dir)
	require.NoError(t, statErr)
	assert.Empty(t, entries, "nothing is written when one file fails")
}

// TestCSVUnclosedQuote reads a file in which one cell opens a quotation
// mark and never closes it: that row is a csv_syntax problem and every
// row after it is still read, at its own row number.
func TestCSVUnclosedQuote(t *testing.T) {
	const text = "learner_id,school_id,year_group,date_of_birth\n" +
		"P1,S,Y10,2009-01-01\n" +
		"P2,S,\"Y10,2009-01-01\n" +
		"P3,S,Y10,2009-01-01\n" +
		"P4,S,Y10,2009-01-01\n"
	for name, text := range map[string]string{"LF": text, "CRLF": strings.ReplaceAll(text, "\n", "\r\n")} {
		t.Run(name, func(t *testing.T) {
			_, rows := readRows(t, text, "learners.csv")
			var got []string
			for _, r := range rows {
				require.NotNil(t, r.Learner)
				got = append(got, fmt.Sprintf("%d %s %v", r.Line, r.Learner.ID, describe(r.Problems)))
			}
			assert.Equal(t, []string{
				"2 P1 []",
				"3  [3:3  csv_syntax reason=unclosed_quote]",
				"4 P3 []",
				"5 P4 []",
			}, got)
			assert.Equal(t, "learners.csv:3:3: year_group: the row cannot be read as CSV: a cell starts with a quotation mark (\") that is never closed",
				rows[1].Problems[0].Error())
			assert.Equal(t, "learners.csv:3:3: year_group: Nid oes modd darllen y rhes fel CSV: mae cell yn dechrau â dyfynnod (\") nad yw byth yn cael ei gau",
				rows[1].Problems[0].Text(cwre.Welsh))
		})
	}
}

// TestCSVSyntaxReasons checks that every reason a csv_syntax problem
// gives has its own message in English and Welsh.
func TestCSVSyntaxReasons(t *testing.T) {
	seen := map[string]bool{}
	for _, reason := range []string{"unclosed_quote", "quote_in_quoted", "bare_quote", "too_long", "header_line_break"} {
		e := &cwre.Error{Code: cwre.CodeCSVSyntax, Args: map[string]string{"reason": reason}}
		for _, lang := range []cwre.Lang{cwre.English, cwre.Welsh} {
			msg := e.Message(lang)
			assert.NotContains(t, msg, reason, "%s has no %s text", reason, lang)
			assert.NotContains(t, msg, "{", "%s: %s", reason, msg)
			assert.False(t, seen[msg], "%s repeats another reason's text", reason)
			seen[msg] = true
		}
	}
}

// TestCSVQuotedCellOverLimit opens a quoted cell and never closes it in
// more than 1 MiB of rows: the reader stops holding the cell at 1 MiB and
// reads every row after it.
func TestCSVQuotedCellOverLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("learner_id,activity_id,attended\nL0,\"a1,yes\n")
	const n = 100_000 // 12 bytes a row: more than 1 MiB
	for i := range n {
		fmt.Fprintf(&b, "L%06d,a,y\n", i)
	}
	_, rows := readRows(t, b.String(), "participations.csv")
	require.Len(t, rows, n+1)
	assert.Equal(t, []string{"2:2  csv_syntax reason=unclosed_quote"}, describe(rows[0].Problems))
	for i, r := range rows[1:] {
		if !assert.Empty(t, r.Problems) || !assert.Equal(t, i+3, r.Line) {
			break
		}
	}
	assert.Equal(t, fmt.Sprintf("L%06d", n-1), rows[n].Participation.LearnerID)
}

// endlessLine is a reader of a header and then one line of n bytes that
// never ends.
type endlessLine struct {
	header string
	n      int
}

func (e *endlessLine) Read(p []byte) (int, error) {
	if e.header != "" {
		k := copy(p, e.header)
		e.header = e.header[k:]
		return k, nil
	}
	if e.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), e.n)
	for i := range p[:k] {
		p[i] = 'x'
	}
	e.n -= k
	return k, nil
}

// TestCSVReaderMemoryBounded reads a line of 32 MiB: it is reported as too
// long, and the reader never holds much more than 1 MiB of it.
func TestCSVReaderMemoryBounded(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r, err := cwre.NewCSVReader(&endlessLine{header: "learner_id,activity_id,attended\n", n: 32 << 20}, "participations.csv")
	require.NoError(t, err)
	row, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, []string{"2:0  csv_syntax reason=too_long"}, describe(row.Problems))
	_, err = r.Next()
	assert.ErrorIs(t, err, io.EOF)
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(4<<20), "bytes allocated")
}

// TestCSVReaderKindByName checks that a file named after one of the three
// files is read as that file whatever its header, and that a header with
// every required column of one file is that file.
func TestCSVReaderKindByName(t *testing.T) {
	tests := []struct {
		file, header string
		want         cwre.FileKind
		extra        []string
	}{
		{"participations.csv", "learner_id,activity_id,attended,year_group", cwre.ParticipationsFile, []string{"year_group"}},
		{"export/PARTICIPATIONS.CSV", "learner_id,activity_id,attended,title", cwre.ParticipationsFile, []string{"title"}},
		{"export.csv", "learner_id,activity_id,attended,year_group", cwre.ParticipationsFile, []string{"year_group"}},
		{"export.csv", "learner_id,activity_id,attended,Title", cwre.ParticipationsFile, []string{"Title"}},
		{"2024-learners.csv", "learner_id,activity_id,attended", cwre.ParticipationsFile, nil},
		{"activities.csv", "activity_id,school_id,title,activity,start_date,status,learner_id", cwre.ActivitiesFile, []string{"learner_id"}},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.header, func(t *testing.T) {
			r, err := cwre.NewCSVReader(strings.NewReader(tt.header+"\n"), tt.file)
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Kind())
			assert.Equal(t, tt.extra, r.Extra())
		})
	}
	_, rows := readRows(t, "learner_id,activity_id,attended,year_group\nL1,a1,yes,Y10\n", "participations.csv")
	require.Len(t, rows, 1)
	assert.Empty(t, rows[0].Problems, "no row is lost behind missing columns")
	assert.Equal(t, &cwre.Participation{LearnerID: "L1", ActivityID: "a1", Attended: true, Extra: map[string]string{"year_group": "Y10"}},
		rows[0].Participation)
}

// TestCSVHeaderAfterBlankLines checks that blank rows before the header
// are skipped and counted.
func TestCSVHeaderAfterBlankLines(t *testing.T) {
	_, err := cwre.NewCSVReader(strings.NewReader("\n,,\nlearner_id,activity_id\n"), "participations.csv")
	var errs cwre.Errors
	require.ErrorAs(t, err, &errs)
	assert.Equal(t, []string{"3:0  missing_column column=attended"}, describe(errs))

	_, rows := readRows(t, "\n\r\n learner_id,activity_id,attended\nL1,a1,yes\n", "participations.csv")
	require.Len(t, rows, 1)
	assert.Equal(t, 4, rows[0].Line)
}
