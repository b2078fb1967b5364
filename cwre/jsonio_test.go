package cwre_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var csvFiles = []string{"learners.csv", "activities.csv", "participations.csv"}

// loadDir reads the three CSV files of a testdata directory with a Loader.
func loadDir(t *testing.T, dir string) *cwre.Loader {
	t.Helper()
	l := cwre.NewLoader()
	for _, name := range csvFiles {
		require.NoError(t, l.ReadCSV(bytes.NewReader(readTestdata(t, dir+"/"+name)), name))
	}
	return l
}

func writeJSON(t *testing.T, d *cwre.Dataset) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, d.WriteJSON(&b))
	return b.Bytes()
}

func readJSON(t *testing.T, data []byte) *cwre.Dataset {
	t.Helper()
	d, errs, err := cwre.ReadJSON(bytes.NewReader(data), "dataset.json")
	require.NoError(t, err)
	require.Empty(t, describe(errs))
	return d
}

// TestRoundTrip checks that the CSV and JSON forms of a small dataset,
// with extra columns, formula-like text, a multi-line reflection and
// Welsh letters, turn into each other byte for byte.
func TestRoundTrip(t *testing.T) {
	wantJSON := readTestdata(t, "io/roundtrip/dataset.json")

	t.Run("CSV to JSON to CSV", func(t *testing.T) {
		l := loadDir(t, "io/roundtrip")
		require.Empty(t, describe(l.Check()), "the dataset is valid")
		got := writeJSON(t, l.Dataset())
		assert.Equal(t, string(wantJSON), string(got))

		dir := t.TempDir()
		require.NoError(t, readJSON(t, got).WriteCSVDir(dir))
		for _, name := range csvFiles {
			got, err := os.ReadFile(filepath.Join(dir, name))
			require.NoError(t, err)
			assert.Equal(t, string(readTestdata(t, "io/roundtrip/"+name)), string(got), name)
		}
	})

	t.Run("JSON to CSV to JSON", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, readJSON(t, wantJSON).WriteCSVDir(dir))
		l := cwre.NewLoader()
		for _, name := range csvFiles {
			require.NoError(t, l.ReadFile(filepath.Join(dir, name)))
		}
		require.Empty(t, describe(l.Problems()))
		assert.Equal(t, string(wantJSON), string(writeJSON(t, l.Dataset())))
	})

	t.Run("the files are private", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "new")
		require.NoError(t, readJSON(t, wantJSON).WriteCSVDir(dir))
		info, err := os.Stat(filepath.Join(dir, "learners.csv"))
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
	})
}

// TestWriteJSONFollowsTags checks that WriteJSON writes what encoding/json
// makes of the record types, so the two never drift apart.
func TestWriteJSONFollowsTags(t *testing.T) {
	d := readJSON(t, readTestdata(t, "io/roundtrip/dataset.json"))
	want, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(writeJSON(t, d)))

	for typ, cols := range map[reflect.Type][]string{
		reflect.TypeFor[cwre.Learner]():       cwre.LearnersFile.Columns(),
		reflect.TypeFor[cwre.Activity]():      cwre.ActivitiesFile.Columns(),
		reflect.TypeFor[cwre.Participation](): cwre.ParticipationsFile.Columns(),
	} {
		var names []string
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			names = append(names, name)
		}
		assert.Equal(t, append(cols, "extra"), names, "%s: the columns are the JSON fields in order", typ)
	}
}

func TestWriteJSON(t *testing.T) {
	t.Run("empty", func(t *testing.T) {
		assert.Equal(t, "{\n  \"format_version\": \"1\",\n  \"learners\": [],\n  \"activities\": [],\n  \"participations\": []\n}\n",
			string(writeJSON(t, &cwre.Dataset{FormatVersion: "0"})))
	})
	t.Run("zero values", func(t *testing.T) {
		got := writeJSON(t, &cwre.Dataset{Activities: []cwre.Activity{{}}})
		assert.Contains(t, string(got), `"activity": [],`)
		assert.Contains(t, string(got), `"status": ""`)
		assert.Equal(t, &cwre.Dataset{FormatVersion: "1", Activities: []cwre.Activity{{}}}, readJSON(t, got))
	})
	t.Run("no HTML escaping", func(t *testing.T) {
		got := writeJSON(t, &cwre.Dataset{Activities: []cwre.Activity{{Link: "https://x.example/?a=1&b=<2>"}}})
		assert.Contains(t, string(got), `"link": "https://x.example/?a=1&b=<2>"`)
	})
	t.Run("invalid code", func(t *testing.T) {
		err := (&cwre.Dataset{Learners: []cwre.Learner{{}, {YearGroup: 99}}}).WriteJSON(&bytes.Buffer{})
		assert.EqualError(t, err, "cwre: learners[1].year_group: cwre.YearGroup(99) is not valid")
	})
}

func TestReadJSON(t *testing.T) {
	const v = `"format_version": "1", `
	type check func(t *testing.T, d *cwre.Dataset)
	tests := []struct {
		name  string
		doc   string
		want  []string // problems, as describe writes them
		check check
	}{
		{"wrong type kept apart", `{` + v + `"learners": [{"learner_id": "L1", "date_of_birth": 20081010, "efsm": true}]}`,
			[]string{"0:0 learners[0].date_of_birth json_type want=string"},
			func(t *testing.T, d *cwre.Dataset) {
				assert.Equal(t, []cwre.Learner{{ID: "L1", EFSM: true}}, d.Learners)
			}},
		{"invalid date", `{` + v + `"learners": [{"date_of_birth": "31/02/2010"}, {"date_of_birth": "10.10.08"}]}`,
			[]string{"0:0 learners[0].date_of_birth invalid_date"},
			func(t *testing.T, d *cwre.Dataset) {
				assert.Equal(t, cwre.MustParseDate("2008-10-10"), d.Learners[1].DateOfBirth)
			}},
		{"unknown code", `{` + v + `"learners": [{"year_group": "Y14", "setting": "PRU"}]}`,
			[]string{"0:0 learners[0].year_group unknown_code value=Y14 vocabulary=year group"},
			func(t *testing.T, d *cwre.Dataset) { assert.Equal(t, cwre.PRU, d.Learners[0].Setting) }},
		{"unknown field", `{` + v + `"learners": [{"learner_id": "L1", "name": "Ffion"}]}`,
			[]string{"0:0 learners[0].name unknown_field"}, nil},
		{"extra fields", `{` + v + `"learners": [{"extra": {"house": " Dewi ", "empty": "", "none": null, "n": 3}}]}`,
			[]string{"0:0 learners[0].extra[n] json_type want=string"},
			func(t *testing.T, d *cwre.Dataset) {
				assert.Equal(t, map[string]string{"house": "Dewi"}, d.Learners[0].Extra)
			}},
		{"extra not an object", `{` + v + `"learners": [{"extra": ["a"]}]}`,
			[]string{"0:0 learners[0].extra json_type want=object"}, nil},
		{"lists keep every item in its place", `{` + v + `"activities": [{"activity": ["Visit", "careers-faire", 3, ""], "types": [1, "4", 5, true], "groups": ["Y8", 10, " "]}]}`,
			[]string{
				"0:0 activities[0].activity[1] unknown_code suggest=careers-fair value=careers-faire vocabulary=activity kind",
				"0:0 activities[0].activity[2] json_type want=string",
				"0:0 activities[0].types[2] unknown_code value=5 vocabulary=type",
				"0:0 activities[0].types[3] json_type want=number",
				"0:0 activities[0].groups[1] json_type want=string",
			},
			func(t *testing.T, d *cwre.Dataset) {
				a := d.Activities[0]
				// Unreadable items stay as zero values at their index, for
				// validation to report at the same path.
				assert.Equal(t, []cwre.Kind{cwre.KindWorkplaceVisit, 0, 0, 0}, a.Kinds)
				assert.Equal(t, []cwre.Type{1, 4, 0, 0}, a.Types)
				assert.Equal(t, []string{"Y8", "", ""}, a.Groups)
			}},
		{"types and objectives by value", `{` + v + `"activities": [{"types": [2.0, 4e0, 2.5, 1.0000000000000001, 30E-1], "objectives": [1.0, 6.00, 0.0, 7.0]}]}`,
			[]string{
				"0:0 activities[0].types[2] unknown_code vocabulary=type",
				"0:0 activities[0].types[3] unknown_code vocabulary=type",
				"0:0 activities[0].objectives[2] unknown_code value=0 vocabulary=objective",
				"0:0 activities[0].objectives[3] unknown_code value=7 vocabulary=objective",
			},
			func(t *testing.T, d *cwre.Dataset) {
				assert.Equal(t, []cwre.Type{2, 4, 0, 0, 3}, d.Activities[0].Types)
				assert.Equal(t, []cwre.Objective{1, 6, 0, 0}, d.Activities[0].Objectives)
			}},
		{"list not an array", `{` + v + `"activities": [{"activity": "visit"}]}`,
			[]string{"0:0 activities[0].activity json_type want=array"}, nil},
		{"numbers", `{` + v + `"activities": [{"hours": "2"}, {"hours": 1e999}, {"hours": 2.5}], "participations": [{"hours": null}, {"hours": 0}]}`,
			[]string{"0:0 activities[0].hours json_type want=number", "0:0 activities[1].hours invalid_number"},
			func(t *testing.T, d *cwre.Dataset) {
				assert.Equal(t, 2.5, d.Activities[2].Hours)
				assert.Nil(t, d.Participations[0].Hours)
				assert.Equal(t, f64(0), d.Participations[1].Hours)
			}},
		{"booleans", `{` + v + `"participations": [{"attended": "yes"}, {"attended": true}, {"attended": null}]}`,
			[]string{"0:0 participations[0].attended json_type want=boolean"},
			func(t *testing.T, d *cwre.Dataset) {
				assert.Equal(t, []bool{false, true, false}, []bool{d.Participations[0].Attended, d.Participations[1].Attended, d.Participations[2].Attended})
			}},
		{"text normalised", `{` + v + `"participations": [{"reflection": "  Da.\r\nIawn. "}]}`, nil,
			func(t *testing.T, d *cwre.Dataset) { assert.Equal(t, "Da.\nIawn.", d.Participations[0].Reflection) }},
		{"not an object is not a record", `{` + v + `"learners": [{"learner_id": "L1"}, 7, null, {"learner_id": "L2"}]}`,
			[]string{"0:0 learners[1] json_type want=object", "0:0 learners[2] json_type want=object"},
			func(t *testing.T, d *cwre.Dataset) { assert.Len(t, d.Learners, 2) }},
		{"list of records not an array", `{` + v + `"learners": {}}`, []string{"0:0 learners json_type want=array"}, nil},
		{"null lists", `{` + v + `"learners": null}`, nil, nil},
		{"unknown top-level key", `{` + v + `"schools": []}`, []string{"0:0 schools unknown_field"}, nil},
		{"duplicate key", `{` + v + `"learners": [{"learner_id": "L1", "learner_id": "L2", "extra": {"a": "1", "a": "2"}}]}`,
			[]string{"0:0 learners[0].learner_id duplicate_key", "0:0 learners[0].extra[a] duplicate_key"},
			func(t *testing.T, d *cwre.Dataset) {
				assert.Equal(t, "L1", d.Learners[0].ID)
				assert.Equal(t, map[string]string{"a": "1"}, d.Learners[0].Extra)
			}},
		{"future version", `{"format_version": "2"}`, []string{"0:0 format_version format_version want=1"},
			func(t *testing.T, d *cwre.Dataset) { assert.Equal(t, "2", d.FormatVersion) }},
		{"no version", `{"learners": []}`, []string{"0:0 format_version required"}, nil},
		{"version as a number", `{"format_version": 1}`, []string{"0:0 format_version json_type want=string"}, nil},
		{"not an object", `[]`, []string{"0:0  json_type want=object"}, nil},
		{"syntax error", "{\n  \"format_version\": \"1\",\n  \"learners\": [}\n}",
			[]string{"0:0  json_syntax detail=line 3, column 16: invalid character '}' looking for beginning of value"},
			func(t *testing.T, d *cwre.Dataset) { assert.Equal(t, &cwre.Dataset{}, d) }},
		{"cut short", `{"format_version": "1", "learners": [`,
			[]string{"0:0  json_syntax detail=line 1, column 37: unexpected end of JSON input"}, nil},
		{"not UTF-8", "{" + v + "\"activities\": [{\"title\": \"Ymweliad \xe2'r\"}]}",
			[]string{"0:0 activities[0].title not_utf8"},
			func(t *testing.T, d *cwre.Dataset) { assert.Equal(t, "Ymweliad \ufffd'r", d.Activities[0].Title) }},
		{"byte order mark", "\ufeff{" + v + "\"learners\": []}", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, errs, err := cwre.ReadJSON(strings.NewReader(tt.doc), "data.json")
			require.NoError(t, err)
			require.NotNil(t, d)
			assert.Equal(t, tt.want, describe(errs))
			for _, e := range errs {
				assert.Equal(t, "data.json", e.File)
				assert.NotEqual(t, string(e.Code), e.Message(cwre.English), "code %s has a message", e.Code)
			}
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

func TestReadJSONIOError(t *testing.T) {
	d, errs, err := cwre.ReadJSON(failingReader{}, "data.json")
	assert.Nil(t, d)
	assert.Nil(t, errs)
	assert.EqualError(t, err, "cwre: reading data.json: disk on fire")
}
