package cwre_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The parity corpus holds JSON records that the Go side and the committed
// JSON Schemas (checked by github.com/santhosh-tekuri/jsonschema, an
// independent validator) must judge alike: both accept, or both reject the
// same fields. The Go side is the product's own path: the record, wrapped
// in a dataset document as {"format_version": "1", "learners": [record]},
// is read with a [cwre.Loader] (the per-field decoder of [cwre.ReadJSON])
// and checked with [cwre.Loader.Check] (reading problems and
// [cwre.Dataset.Validate]). Each file in testdata/parity is a JSON array
// of cases:
//
//	{
//	  "name": "what the case shows",
//	  "kind": "learner" | "activity" | "participation" | "dataset",
//	  "record": { ... },
//	  "invalid": ["/year_group", ...],
//	  "schema_cannot_express": "why",   // optional
//	  "lenient_read": "why"             // optional
//	}
//
// "invalid" lists the failing fields as JSON Pointers at field level: the
// top-level property of a record ("/activity", not "/activity/1"), or
// "/learners/0/year_group" inside a dataset. A case marked
// schema_cannot_express is one that Go rejects at those fields while the
// schema accepts it (a rule no JSON Schema can state, such as the UPN check
// letter). A case marked lenient_read is one that Go reads while the
// schema, which describes the canonical form writers produce, rejects it
// at those fields (upper-case codes, aliases, UK dates). The test fails as
// soon as either side changes its verdict.
const parityDir = "testdata/parity"

type parityCase struct {
	Name                string          `json:"name"`
	Kind                string          `json:"kind"`
	Record              json.RawMessage `json:"record"`
	Invalid             []string        `json:"invalid"`
	SchemaCannotExpress string          `json:"schema_cannot_express"`
	LenientRead         string          `json:"lenient_read"`
}

// parityKinds maps a case's kind to its schema file and the dataset's
// list that holds a record of that kind ("" for a whole dataset).
var parityKinds = map[string]struct {
	file string
	list string
}{
	"learner":       {cwre.LearnerSchemaFile, "learners"},
	"activity":      {cwre.ActivitySchemaFile, "activities"},
	"participation": {cwre.ParticipationSchemaFile, "participations"},
	"dataset":       {cwre.DatasetSchemaFile, ""},
}

func loadParityCases(t *testing.T) []parityCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(parityDir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no parity cases under %s", parityDir)
	var all []parityCase
	names := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var cs []parityCase
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&cs), "%s", f)
		for _, c := range cs {
			require.NotEmpty(t, c.Name, "%s: a case has no name", f)
			require.False(t, names[c.Kind+"/"+c.Name], "%s: %s case name %q used twice", f, c.Kind, c.Name)
			names[c.Kind+"/"+c.Name] = true
			require.Contains(t, parityKinds, c.Kind, "%s: %s", f, c.Name)
			require.NotEmpty(t, c.Record, "%s: %s has no record", f, c.Name)
			require.False(t, c.SchemaCannotExpress != "" && c.LenientRead != "", "%s: %s is marked both schema_cannot_express and lenient_read", f, c.Name)
			if c.SchemaCannotExpress != "" || c.LenientRead != "" {
				require.NotEmpty(t, c.Invalid, "%s: %s is marked but names no failing field", f, c.Name)
			}
			all = append(all, c)
		}
	}
	return all
}

// localSchemas is a URL loader that serves the committed schemas from disk
// under their $id and refuses every other URL, so validation never touches
// the network.
type localSchemas struct{ dir string }

func (l localSchemas) Load(url string) (any, error) {
	name, ok := strings.CutPrefix(url, cwre.SchemaBase)
	if !ok || name == "" || strings.ContainsAny(name, `/\`) {
		return nil, fmt.Errorf("refusing to fetch %s: only the local schemas under %s are available", url, l.dir)
	}
	f, err := os.Open(filepath.Join(l.dir, name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return jsonschema.UnmarshalJSON(f)
}

var (
	committedOnce    sync.Once
	committedSchemas map[string]*jsonschema.Schema
	committedErr     error
)

// compiledSchemas compiles the committed schema files once, with format
// assertions on (so "format": "date" is checked) and no network.
func compiledSchemas(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	committedOnce.Do(func() {
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		c.UseLoader(localSchemas{schemaDir})
		m := map[string]*jsonschema.Schema{}
		for _, k := range parityKinds {
			s, err := c.Compile(cwre.SchemaBase + k.file)
			if err != nil {
				committedErr = err
				return
			}
			m[k.file] = s
		}
		committedSchemas = m
	})
	require.NoError(t, committedErr)
	return committedSchemas
}

// schemaFailures validates raw against s and returns the JSON Pointers of
// the values that fail. A missing required property is reported at the
// property, as is an unexpected one and one whose name is not allowed.
func schemaFailures(t *testing.T, s *jsonschema.Schema, raw []byte) []string {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	require.NoError(t, err)
	err = s.Validate(inst)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	require.True(t, errors.As(err, &ve), "%v", err)
	var out []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		at := pointerOf(e.InstanceLocation)
		switch k := e.ErrorKind.(type) {
		case *kind.PropertyNames:
			// v6.0.3 does not locate propertyNames errors reliably (the
			// location shares the validator's working slice); the schemas
			// use patternProperties instead.
			t.Fatalf("unexpected propertyNames error at %s", at)
		case *kind.Required:
			for _, m := range k.Missing {
				out = append(out, at+"/"+escapePointer(m))
			}
		case *kind.AdditionalProperties:
			for _, p := range k.Properties {
				out = append(out, at+"/"+escapePointer(p))
			}
		}
		if len(e.Causes) == 0 {
			switch e.ErrorKind.(type) {
			case *kind.Required, *kind.AdditionalProperties:
			default:
				out = append(out, at)
			}
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return out
}

func pointerOf(segs []string) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteString("/" + escapePointer(s))
	}
	return b.String()
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// goFailures reads raw as the product reads a JSON file, with
// cwre.ReadJSON, and validates what it read: a dataset case with
// Dataset.Validate, and a record case, which is wrapped in a dataset
// document to be read, with the record's own Validate (a participation's
// references to learners and activities are the dataset's rules). It
// returns the dataset read and the JSON Pointers of the problems, relative
// to the case's record.
func goFailures(t *testing.T, kind string, raw []byte) (*cwre.Dataset, []string) {
	t.Helper()
	doc, prefix := raw, ""
	list := parityKinds[kind].list
	if list != "" {
		doc = []byte(`{"format_version": "1", "` + list + `": [` + string(raw) + `]}`)
		prefix = "/" + list + "/0"
	}
	d, errs, err := cwre.ReadJSON(bytes.NewReader(doc), "parity.json")
	require.NoError(t, err)
	var failed []string
	for _, e := range errs {
		p := e.Pointer()
		rel, ok := strings.CutPrefix(p, prefix)
		require.True(t, ok && (rel == "" || rel[0] == '/'), "%s is outside the record (%s)", p, e.Error())
		failed = append(failed, rel)
	}
	var invalid cwre.Errors
	switch {
	case list == "":
		invalid = d.Validate()
	case len(d.Learners) == 1:
		invalid = d.Learners[0].Validate()
	case len(d.Activities) == 1:
		invalid = d.Activities[0].Validate()
	case len(d.Participations) == 1:
		invalid = d.Participations[0].Validate()
	}
	for _, e := range invalid {
		failed = append(failed, e.Pointer())
	}
	return d, failed
}

// fieldLevel cuts pointers down to the field they are in and returns them
// sorted without repeats: "/activity/1" becomes "/activity", and inside a
// dataset "/learners/0/extra/x" becomes "/learners/0/extra".
func fieldLevel(kind string, ptrs []string) []string {
	out := []string{}
	for _, p := range ptrs {
		segs := strings.Split(p, "/")[1:]
		n := 1
		if kind == "dataset" && len(segs) > 0 && slices.Contains([]string{"learners", "activities", "participations"}, segs[0]) {
			n = 3
		}
		if len(segs) > n {
			p = "/" + strings.Join(segs[:n], "/")
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

// canonical returns the JSON that cwre's writer makes of the dataset
// read: the whole document for a dataset case, the one record for the
// others.
func canonical(t *testing.T, kind string, d *cwre.Dataset) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, d.WriteJSON(&b))
	list := parityKinds[kind].list
	if list == "" {
		return b.Bytes()
	}
	var doc map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	var records []json.RawMessage
	require.NoError(t, json.Unmarshal(doc[list], &records))
	require.Len(t, records, 1, "%s", b.String())
	return records[0]
}

func TestParity(t *testing.T) {
	schemas := compiledSchemas(t)
	cases := loadParityCases(t)
	require.GreaterOrEqual(t, len(cases), 40, "the parity corpus should cover at least 40 cases")
	for _, c := range cases {
		t.Run(c.Kind+"/"+c.Name, func(t *testing.T) {
			want := fieldLevel(c.Kind, c.Invalid)
			require.Equal(t, want, fieldLevel(c.Kind, want), "invalid should list field-level pointers, sorted")
			sch := schemas[parityKinds[c.Kind].file]
			read, goPtrs := goFailures(t, c.Kind, c.Record)
			gotGo := fieldLevel(c.Kind, goPtrs)
			gotSchema := fieldLevel(c.Kind, schemaFailures(t, sch, c.Record))
			switch {
			case c.SchemaCannotExpress != "":
				assert.Equal(t, want, gotGo, "Go should reject these fields")
				assert.Empty(t, gotSchema, "the schema should accept what it cannot check (%s); if it now rejects, drop schema_cannot_express", c.SchemaCannotExpress)
			case c.LenientRead != "":
				assert.Empty(t, gotGo, "Go should read this leniently (%s)", c.LenientRead)
				assert.Equal(t, want, gotSchema, "the schema should reject the non-canonical fields")
			default:
				assert.Equal(t, want, gotGo, "Go verdict")
				assert.Equal(t, want, gotSchema, "schema verdict")
			}
			if len(gotGo) == 0 {
				// What Go reads, it writes back in canonical form, which the
				// schema must accept.
				out := canonical(t, c.Kind, read)
				assert.Empty(t, schemaFailures(t, sch, out), "canonical form %s", out)
			}
		})
	}
}

// TestParityExtraFieldNames checks the schema's rule for the names of
// extra fields against the Go rule over many names.
func TestParityExtraFieldNames(t *testing.T) {
	sch := compiledSchemas(t)[cwre.LearnerSchemaFile]
	names := []string{"house", "House", "tutor group", "notes_2024", "learner", "hours_planned", "x",
		"learner_id", "LEARNER_ID", " Year_Group ", "hours", "Hours", "extra", "EXTRA", "link", "reflection",
		"outcomes", "activity", "attended", "", " ", "\t"}
	for _, name := range names {
		t.Run(fmt.Sprintf("%q", name), func(t *testing.T) {
			l := cwre.Learner{ID: "P-1", SchoolID: "6612345", YearGroup: cwre.Year7, DateOfBirth: cwre.MustParseDate("2012-05-01"), Extra: map[string]string{name: "v"}}
			raw, err := json.Marshal(l)
			require.NoError(t, err)
			goRejects := l.Validate().Has(cwre.CodeExtraKey)
			schemaRejects := len(schemaFailures(t, sch, raw)) > 0
			assert.Equal(t, goRejects, schemaRejects, "Go rejects: %v, schema rejects: %v", goRejects, schemaRejects)
		})
	}
}
