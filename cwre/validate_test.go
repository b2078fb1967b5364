package cwre_test

import (
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ptr[T any](v T) *T { return &v }

// validDataset returns a small dataset with no problems: a Y10 learner
// with a UPN, a Y8 learner with a pseudonymous id, an employer talk and a
// work experience block.
func validDataset() *cwre.Dataset {
	return &cwre.Dataset{
		FormatVersion: cwre.FormatVersion,
		Learners: []cwre.Learner{
			{ID: "A123456789012", SchoolID: "6612345", YearGroup: cwre.Year10, DateOfBirth: cwre.MustParseDate("2008-10-10"), EFSM: true, Setting: cwre.Mainstream},
			{ID: "P-0002", SchoolID: "6612345", YearGroup: cwre.Year8, DateOfBirth: cwre.MustParseDate("2011-05-05"), Extra: map[string]string{"house": "Dewi"}},
		},
		Activities: []cwre.Activity{
			{ID: "a1", SchoolID: "6612345", Title: "Sector ambassador talk", Groups: []string{"Y8", "Y10"}, Staff: []string{"JL"},
				Kinds: []cwre.Kind{cwre.KindEmployerTalk}, Objectives: []cwre.Objective{2}, StartDate: cwre.MustParseDate("2023-10-10"),
				Hours: 2, Delivery: cwre.FaceToFace, Status: cwre.Delivered, Prepared: true, Debriefed: true,
				Employers: []string{"Cwmni Dur"}, AoLEs: []cwre.AoLE{cwre.AoLEHumanities}, Link: "https://example.org/talk"},
			{ID: "a2", SchoolID: "6612345", Title: "Y10 work experience week", Groups: []string{"Y10"},
				Kinds: []cwre.Kind{cwre.KindWorkExperienceBlock}, Types: []cwre.Type{4}, Objectives: []cwre.Objective{5, 6},
				StartDate: cwre.MustParseDate("2024-06-10"), EndDate: cwre.MustParseDate("2024-06-14"), Hours: 35, Status: cwre.Planned},
		},
		Participations: []cwre.Participation{
			{LearnerID: "A123456789012", ActivityID: "a1", Attended: true, Reflection: "I learned what an engineer does."},
			{LearnerID: "A123456789012", ActivityID: "a2"},
			{LearnerID: "P-0002", ActivityID: "a1", Attended: true, Hours: ptr(1.0), Outcomes: []cwre.Outcome{1}},
		},
	}
}

type problem struct {
	path string
	code cwre.Code
}

func problems(es cwre.Errors) []problem {
	var ps []problem
	for _, e := range es {
		ps = append(ps, problem{e.Path, e.Code})
	}
	return ps
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(d *cwre.Dataset)
		want   []problem
	}{
		{"valid", func(*cwre.Dataset) {}, nil},
		{"missing learner id", func(d *cwre.Dataset) { d.Learners[1].ID = ""; d.Participations[2].LearnerID = "" },
			[]problem{{"learners[1].learner_id", cwre.CodeRequired}, {"participations[2].learner_id", cwre.CodeRequired}}},
		{"UPN check letter", func(d *cwre.Dataset) {
			d.Learners[0].ID = "B123456789012"
			d.Participations[0].LearnerID = "B123456789012"
			d.Participations[1].LearnerID = "B123456789012"
		},
			[]problem{{"learners[0].learner_id", cwre.CodeUPNCheckLetter}}},
		{"id with space", func(d *cwre.Dataset) {
			d.Activities[0].ID = "a 1"
			d.Participations[0].ActivityID = "a 1"
			d.Participations[2].ActivityID = "a 1"
		},
			[]problem{{"activities[0].activity_id", cwre.CodeNoSpace}, {"participations[0].activity_id", cwre.CodeNoSpace}, {"participations[2].activity_id", cwre.CodeNoSpace}}},
		{"no year group", func(d *cwre.Dataset) { d.Learners[0].YearGroup = 0 },
			[]problem{{"learners[0].year_group", cwre.CodeRequired}}},
		{"year group out of range", func(d *cwre.Dataset) { d.Learners[0].YearGroup = 40 },
			[]problem{{"learners[0].year_group", cwre.CodeInvalidValue}}},
		{"impossible date of birth", func(d *cwre.Dataset) { d.Learners[1].DateOfBirth = cwre.NewDate(2011, 2, 30) },
			[]problem{{"learners[1].date_of_birth", cwre.CodeInvalidDate}}},
		{"extra field named like a column", func(d *cwre.Dataset) { d.Learners[1].Extra = map[string]string{"EFSM": "yes"} },
			[]problem{{"learners[1].extra[EFSM]", cwre.CodeExtraKey}}},
		{"unknown kind value", func(d *cwre.Dataset) { d.Activities[0].Kinds = append(d.Activities[0].Kinds, 99) },
			[]problem{{"activities[0].activity[1]", cwre.CodeInvalidValue}}},
		{"no kinds", func(d *cwre.Dataset) { d.Activities[0].Kinds = nil },
			[]problem{{"activities[0].activity", cwre.CodeRequired}}},
		{"end before start", func(d *cwre.Dataset) { d.Activities[1].EndDate = cwre.MustParseDate("2024-06-01") },
			[]problem{{"activities[1].end_date", cwre.CodeEndBeforeStart}}},
		{"negative hours", func(d *cwre.Dataset) { d.Activities[0].Hours = -1 },
			[]problem{{"activities[0].hours", cwre.CodeRange}}},
		{"absurd hours", func(d *cwre.Dataset) { d.Activities[0].Hours = 5000 },
			[]problem{{"activities[0].hours", cwre.CodeRange}}},
		{"more than 24 hours a day", func(d *cwre.Dataset) { d.Activities[0].Hours = 25 },
			[]problem{{"activities[0].hours", cwre.CodeHoursExceedSpan}}},
		{"learner hours over the span", func(d *cwre.Dataset) { d.Participations[2].Hours = ptr(30.0) },
			[]problem{{"participations[2].hours", cwre.CodeHoursExceedSpan}}},
		{"negative learner hours", func(d *cwre.Dataset) { d.Participations[2].Hours = ptr(-2.0) },
			[]problem{{"participations[2].hours", cwre.CodeRange}}},
		{"ticked types miss a kind's type", func(d *cwre.Dataset) { d.Activities[1].Types = []cwre.Type{1} },
			[]problem{{"activities[1].types", cwre.CodeTypeNotTicked}}},
		{"no status", func(d *cwre.Dataset) { d.Activities[0].Status = 0 },
			[]problem{{"activities[0].status", cwre.CodeRequired}}},
		{"link not web", func(d *cwre.Dataset) { d.Activities[0].Link = "javascript:alert(1)" },
			[]problem{{"activities[0].link", cwre.CodeURL}}},
		{"title too long", func(d *cwre.Dataset) { d.Activities[0].Title = strings.Repeat("x", 201) },
			[]problem{{"activities[0].title", cwre.CodeMaxLength}}},
		{"duplicate learner", func(d *cwre.Dataset) { d.Learners = append(d.Learners, d.Learners[1]) },
			[]problem{{"learners[2].learner_id", cwre.CodeDuplicateID}}},
		{"duplicate activity", func(d *cwre.Dataset) { d.Activities = append(d.Activities, d.Activities[0]) },
			[]problem{{"activities[2].activity_id", cwre.CodeDuplicateID}}},
		{"duplicate participation", func(d *cwre.Dataset) { d.Participations = append(d.Participations, d.Participations[0]) },
			[]problem{{"participations[3].activity_id", cwre.CodeDuplicateEntry}}},
		{"unknown learner and activity", func(d *cwre.Dataset) {
			d.Participations = append(d.Participations, cwre.Participation{LearnerID: "nobody", ActivityID: "nothing"})
		}, []problem{{"participations[3].activity_id", cwre.CodeUnknownActivity}, {"participations[3].learner_id", cwre.CodeUnknownLearner}}},
		{"under 14 on a placement", func(d *cwre.Dataset) {
			d.Participations = append(d.Participations, cwre.Participation{LearnerID: "P-0002", ActivityID: "a2"})
		}, []problem{{"participations[3].learner_id", cwre.CodeUnderAge}}},
		{"14 on the day is old enough", func(d *cwre.Dataset) {
			d.Learners[1].DateOfBirth = cwre.MustParseDate("2010-06-10")
			d.Participations = append(d.Participations, cwre.Participation{LearnerID: "P-0002", ActivityID: "a2"})
		}, nil},
		{"under 13 in part-time work", func(d *cwre.Dataset) {
			d.Activities[1].Kinds = []cwre.Kind{cwre.KindPartTimeWork}
			d.Learners[0].DateOfBirth = cwre.MustParseDate("2011-06-11")
		}, []problem{{"participations[1].learner_id", cwre.CodeUnderAge}}},
		{"attended a cancelled activity", func(d *cwre.Dataset) { d.Activities[0].Status = cwre.Cancelled },
			[]problem{{"participations[0].attended", cwre.CodeAttendedCancelled}, {"participations[2].attended", cwre.CodeAttendedCancelled}}},
		{"empty outcome", func(d *cwre.Dataset) { d.Participations[2].Outcomes = []cwre.Outcome{1, 0} },
			[]problem{{"participations[2].outcomes[1]", cwre.CodeRequired}}},
		{"unknown outcome value", func(d *cwre.Dataset) { d.Participations[2].Outcomes = []cwre.Outcome{1, 99} },
			[]problem{{"participations[2].outcomes[1]", cwre.CodeInvalidValue}}},
		{"format version", func(d *cwre.Dataset) { d.FormatVersion = "2" },
			[]problem{{"format_version", cwre.CodeFormatVersion}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDataset()
			tt.mutate(d)
			got := d.Validate()
			assert.Equal(t, tt.want, problems(got))
			for _, e := range got {
				assert.NotEmpty(t, e.Field, e.Path)
				assert.NotEqual(t, string(e.Code), e.Message(cwre.English), "no English message for %s", e.Code)
				assert.NotEqual(t, string(e.Code), e.Message(cwre.Welsh), "no Welsh message for %s", e.Code)
				assert.NotContains(t, e.Message(cwre.English), "{", "unfilled placeholder")
				assert.NotContains(t, e.Message(cwre.Welsh), "{", "unfilled placeholder")
			}
		})
	}
}

func TestValidateKeepsPersonalDataOutOfErrors(t *testing.T) {
	d := validDataset()
	d.Learners[0].DateOfBirth = cwre.NewDate(2008, 2, 30)
	d.Participations[0].Reflection = strings.Repeat("secret ", 2000)
	for _, e := range d.Validate() {
		for _, l := range []cwre.Lang{cwre.English, cwre.Welsh} {
			msg := e.Text(l)
			assert.NotContains(t, msg, "2008")
			assert.NotContains(t, msg, "secret")
		}
	}
}

func TestEffectiveTypesAndEncounters(t *testing.T) {
	a := cwre.Activity{Kinds: []cwre.Kind{cwre.KindRolePlay, cwre.KindEmployerTalk, cwre.KindSimulation}}
	assert.Equal(t, []cwre.Type{2, 3}, a.EffectiveTypes())
	assert.True(t, a.EmployerEncounter())
	a.Types = []cwre.Type{3, 1, 3}
	assert.Equal(t, []cwre.Type{1, 3}, a.EffectiveTypes())
	assert.False(t, a.EmployerEncounter())
	a = cwre.Activity{Kinds: []cwre.Kind{cwre.KindVolunteering, cwre.KindWorkExperienceBlock, cwre.KindPartTimeWork}, StartDate: cwre.MustParseDate("2024-01-01")}
	age, kind := a.MinAge()
	assert.Equal(t, 14, age)
	assert.Equal(t, cwre.KindWorkExperienceBlock, kind)
	assert.True(t, a.IsPlacement())
	assert.Equal(t, 1, a.Days())
	a.EndDate = cwre.MustParseDate("2024-01-12")
	assert.Equal(t, 12, a.Days())
}

var placeholder = regexp.MustCompile(`\{[a-z]+\}`)

func TestMessagesAreBilingual(t *testing.T) {
	var msgs int
	for _, tr := range cwre.Translations() {
		assert.NotEmpty(t, tr.Text.En, tr.Where)
		assert.NotEmpty(t, tr.Text.Cy, tr.Where)
		en := placeholder.FindAllString(tr.Text.En, -1)
		cy := placeholder.FindAllString(tr.Text.Cy, -1)
		slices.Sort(en)
		slices.Sort(cy)
		assert.Equal(t, en, cy, "placeholders differ in %s", tr.Where)
		if strings.HasPrefix(tr.Where, "message ") {
			msgs++
		}
	}
	assert.Greater(t, msgs, 25)
}

func TestErrorText(t *testing.T) {
	e := &cwre.Error{File: "learners.csv", Row: 4, Column: 3, Path: "learners[2].year_group", Field: "year_group",
		Code: cwre.CodeUnknownCode, Args: map[string]string{"vocabulary": "year group", "value": "Y14"}}
	assert.Equal(t, "learners.csv:4:3: year_group: not a known year group: Y14", e.Error())
	assert.Equal(t, "learners.csv:4:3: year_group: Cod anhysbys (grŵp blwyddyn): Y14", e.Text(cwre.Welsh))
	assert.Equal(t, "/learners/2/year_group", e.Pointer())
	j := &cwre.Error{File: "school.json", Path: "activities[0].extra[a/b~c]", Field: "extra", Code: cwre.CodeExtraKey}
	assert.Equal(t, "school.json: activities[0].extra[a/b~c]", j.Location())
	assert.Equal(t, "/activities/0/extra/a~1b~0c", j.Pointer())
	es := cwre.Errors{
		{Path: "learners[10].learner_id", Code: cwre.CodeRequired},
		{Path: "learners[9].learner_id", Code: cwre.CodeRequired},
		{File: "a.csv", Row: 2, Code: cwre.CodeRequired},
	}
	es.Sort()
	assert.Equal(t, "learners[9].learner_id", es[0].Path)
	assert.Equal(t, "learners[10].learner_id", es[1].Path)
	assert.Contains(t, es.Error(), "(and 2 more)")
	assert.NoError(t, cwre.Errors(nil).Err())
	assert.Error(t, es.Err())
	assert.True(t, es.Has(cwre.CodeRequired))

	withCause := cwre.Errors{{Code: cwre.CodeRequired}, {File: "a.csv", Code: cwre.CodeRead, Cause: io.ErrUnexpectedEOF}}
	assert.ErrorIs(t, withCause, io.ErrUnexpectedEOF)
	var one *cwre.Error
	require.ErrorAs(t, withCause.Err(), &one)
	assert.Equal(t, cwre.CodeRequired, one.Code)
}

func TestMisplacedPersonalDataIsNotRepeated(t *testing.T) {
	csv := "learner_id,school_id,year_group,date_of_birth,setting\n" +
		"P1,S,2009-02-01,Y10,looked after - foster\n" +
		"P2,S,Y14,2009-02-30,special\n"
	l := cwre.NewLoader()
	require.NoError(t, l.ReadCSV(strings.NewReader(csv), "learners.csv"))
	var got []string
	for _, e := range l.Check() {
		got = append(got, e.Text(cwre.English), e.Text(cwre.Welsh))
	}
	require.NotEmpty(t, got)
	all := strings.Join(got, "\n")
	for _, secret := range []string{"2009", "looked after", "foster"} {
		assert.NotContains(t, all, secret)
	}
	assert.Contains(t, all, "learners.csv:2:3: year_group: not a known year group: (value not shown)")
	assert.Contains(t, all, "learners.csv:3:3: year_group: not a known year group: Y14", "a code-shaped value is shown")
	_, err := cwre.ParseDate("2009-02-30")
	assert.NotContains(t, err.Error(), "2009")
	_, err = cwre.ParseSetting("looked after - foster")
	assert.NotContains(t, err.Error(), "foster")
}

func TestValuesTheCSVFormCannotHold(t *testing.T) {
	d := validDataset()
	d.Activities[0].Employers = []string{"Smith; Jones & Co", " Cwmni Dur"}
	d.Activities[0].Staff = []string{"JL", ""}
	d.Learners[1].Extra = map[string]string{" room": "x", "Year_Group": "z", "tutor group": "10X1",
		"=cmd": "y", // a formula-like name is written neutralised and reads back
	}
	assert.Equal(t, []problem{
		{"activities[0].employers[0]", cwre.CodeListItem},
		{"activities[0].employers[1]", cwre.CodeListItem},
		{"activities[0].staff[1]", cwre.CodeRequired},
		{"learners[1].extra[ room]", cwre.CodeExtraKey},
		{"learners[1].extra[Year_Group]", cwre.CodeExtraKey},
	}, problems(d.Validate()))
}

func TestRepeatedJSONKeyStillChecksTheValueRead(t *testing.T) {
	doc := `{"format_version":"1","learners":[{"learner_id":"P 1","school_id":"S","year_group":"Y10","date_of_birth":"2009-01-01","learner_id":"P1"}],"activities":[],"participations":[]}`
	l := cwre.NewLoader()
	require.NoError(t, l.ReadJSON(strings.NewReader(doc), "d.json"))
	var codes []cwre.Code
	for _, e := range l.Check() {
		codes = append(codes, e.Code)
	}
	assert.ElementsMatch(t, []cwre.Code{cwre.CodeDuplicateKey, cwre.CodeNoSpace}, codes)
}

func TestJSONListProblemsPointAtTheirItem(t *testing.T) {
	doc := `{"format_version":"1","learners":[],"participations":[],"activities":[{"activity_id":"a1","school_id":"S",
	"title":"T","activity":["employer-talk"],"start_date":"2023-10-10","status":"planned",
	"groups":["  ","Y10","a;b"],"staff":[null,"x;y"]}]}`
	l := cwre.NewLoader()
	require.NoError(t, l.ReadJSON(strings.NewReader(doc), "d.json"))
	var got []problem
	for _, e := range l.Check() {
		got = append(got, problem{e.Path, e.Code})
	}
	assert.ElementsMatch(t, []problem{
		{"activities[0].groups[0]", cwre.CodeRequired},
		{"activities[0].groups[2]", cwre.CodeListItem},
		{"activities[0].staff[0]", cwre.CodeJSONType},
		{"activities[0].staff[1]", cwre.CodeListItem},
	}, got)
}
