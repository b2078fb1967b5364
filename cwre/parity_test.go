package cwre_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
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

// The parity corpus holds JSON records that the Go side (encoding/json
// into the record types, then the records' Validate methods) and the
// committed JSON Schemas (checked by github.com/santhosh-tekuri/jsonschema,
// an independent validator) must judge alike: both accept, or both reject
// the same fields. Each file in testdata/parity is a JSON array of cases:
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

// parityKinds maps a case's kind to its schema file and a function that
// returns a new, empty Go record to decode into.
var parityKinds = map[string]struct {
	file      string
	newRecord func() any
}{
	"learner":       {cwre.LearnerSchemaFile, func() any { return new(cwre.Learner) }},
	"activity":      {cwre.ActivitySchemaFile, func() any { return new(cwre.Activity) }},
	"participation": {cwre.ParticipationSchemaFile, func() any { return new(cwre.Participation) }},
	"dataset":       {cwre.DatasetSchemaFile, func() any { return new(cwre.Dataset) }},
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

// decodeRecord decodes raw into the record dst points to, as a reader
// would: encoding/json with unknown fields rejected. When that fails it
// decodes field by field to find every field that cannot be read, leaving
// those fields zero, and returns their JSON Pointers under prefix. The
// lists of a Dataset are decoded record by record.
func decodeRecord(raw []byte, dst any, prefix string) []string {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if dec.Decode(dst) == nil {
		return nil
	}
	v := reflect.ValueOf(dst).Elem()
	v.SetZero()
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
		return []string{prefix}
	}
	var failed []string
	for _, key := range slices.Sorted(maps.Keys(fields)) {
		at := prefix + "/" + escapePointer(key)
		f, ok := jsonField(v.Type(), key)
		if !ok {
			failed = append(failed, at)
			continue
		}
		fv := v.FieldByIndex(f.Index)
		if f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct {
			var items []json.RawMessage
			if err := json.Unmarshal(fields[key], &items); err != nil {
				failed = append(failed, at)
				continue
			}
			s := reflect.MakeSlice(f.Type, len(items), len(items))
			for i, item := range items {
				failed = append(failed, decodeRecord(item, s.Index(i).Addr().Interface(), fmt.Sprintf("%s/%d", at, i))...)
			}
			fv.Set(s)
			continue
		}
		p := reflect.New(f.Type)
		if err := json.Unmarshal(fields[key], p.Interface()); err != nil {
			failed = append(failed, at)
			continue
		}
		fv.Set(p.Elem())
	}
	if len(failed) == 0 {
		// encoding/json failed for a reason the field-by-field pass does
		// not see; blame the record as a whole.
		failed = []string{prefix}
	}
	return failed
}

// jsonField finds the field that encoding/json decodes key into: an exact
// match of the JSON name, or else one that matches ignoring case.
func jsonField(t reflect.Type, key string) (reflect.StructField, bool) {
	var fold *reflect.StructField
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		if name == key {
			return f, true
		}
		if fold == nil && strings.EqualFold(name, key) {
			fold = &f
		}
	}
	if fold != nil {
		return *fold, true
	}
	return reflect.StructField{}, false
}

// goFailures returns the record read from raw and the JSON Pointers of its
// problems: the fields that could not be decoded and those its Validate
// method reports.
func goFailures(kind string, raw []byte) (any, []string) {
	rec := parityKinds[kind].newRecord()
	failed := decodeRecord(raw, rec, "")
	var errs cwre.Errors
	switch r := rec.(type) {
	case *cwre.Learner:
		errs = r.Validate()
	case *cwre.Activity:
		errs = r.Validate()
	case *cwre.Participation:
		errs = r.Validate()
	case *cwre.Dataset:
		errs = r.Validate()
	}
	for _, e := range errs {
		p := cwre.PathToPointer(e.Path)
		// A record that could not be read at all is reported once, not
		// also as a record missing every required field.
		if !slices.ContainsFunc(failed, func(f string) bool { return f == "" || strings.HasPrefix(p, f+"/") }) {
			failed = append(failed, p)
		}
	}
	return rec, failed
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

// canonical returns the JSON that cwre writes for a record it has read. A
// JSON writer sets the format version and writes empty lists as [].
func canonical(t *testing.T, rec any) []byte {
	t.Helper()
	if d, ok := rec.(*cwre.Dataset); ok {
		c := *d
		c.FormatVersion = cwre.FormatVersion
		c.Learners = cmpOr(c.Learners, []cwre.Learner{})
		c.Activities = cmpOr(c.Activities, []cwre.Activity{})
		c.Participations = cmpOr(c.Participations, []cwre.Participation{})
		rec = &c
	}
	b, err := json.Marshal(rec)
	require.NoError(t, err)
	return b
}

func cmpOr[S ~[]E, E any](s, empty S) S {
	if s == nil {
		return empty
	}
	return s
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
			rec, goPtrs := goFailures(c.Kind, c.Record)
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
				out := canonical(t, rec)
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
