package cwre

//go:generate go run ../internal/schemagen -o ../schema

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/invopop/jsonschema"
)

// SchemaBase is the URL that the $id of every published JSON Schema starts
// with. The documents are also committed under schema/ at the top of the
// module; validators should load them from a local copy (registering each
// file under its $id) rather than fetch them.
const SchemaBase = "https://cwre.cymru/schema/v1/"

// The file names of the published JSON Schemas: one per record and one for
// the JSON dataset. Each document stands alone: it holds in its $defs every
// type it uses, and refers to no other file.
const (
	LearnerSchemaFile       = "learner.schema.json"
	ActivitySchemaFile      = "activity.schema.json"
	ParticipationSchemaFile = "participation.schema.json"
	DatasetSchemaFile       = "dataset.schema.json"
)

// schemaDocs lists the published documents in a stable order.
var schemaDocs = []struct {
	file string
	typ  reflect.Type
}{
	{LearnerSchemaFile, reflect.TypeFor[Learner]()},
	{ActivitySchemaFile, reflect.TypeFor[Activity]()},
	{ParticipationSchemaFile, reflect.TypeFor[Participation]()},
	{DatasetSchemaFile, reflect.TypeFor[Dataset]()},
}

// schemaComment is the $comment of every published document.
const schemaComment = "Generated from the Go types of github.com/cwre-cymru/cwre/cwre by `go generate ./cwre`; do not edit. Taxonomy: " + TaxonomyVersion + "."

// Schema returns the JSON Schema (draft 2020-12) of v's type, which must be
// [Learner], [Activity], [Participation] or [Dataset] (or a pointer to one);
// v's value is not used. The result is a fresh document the caller may
// change: the record's object at the root, with $schema, an $id under
// [SchemaBase] and the taxonomy types it uses in $defs.
//
// The schema describes the canonical form that cwre writes. Readers are
// more lenient than the schema (codes in any case and their aliases, UK
// date forms, absent booleans as false) and stricter (rules across fields
// and records, such as the UPN check letter or an end date before the
// start date, that a JSON Schema cannot express); see the description in
// each document.
func Schema(v any) (*jsonschema.Schema, error) {
	t := reflect.TypeOf(v)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	for _, d := range schemaDocs {
		if d.typ == t {
			return reflectSchema(d.typ, d.file), nil
		}
	}
	return nil, fmt.Errorf("cwre: no JSON Schema for %T (want Learner, Activity, Participation or Dataset)", v)
}

func reflectSchema(t reflect.Type, file string) *jsonschema.Schema {
	r := &jsonschema.Reflector{ExpandedStruct: true, RequiredFromJSONSchemaTags: true}
	s := r.ReflectFromType(t)
	s.ID = jsonschema.ID(SchemaBase + file)
	s.Comments = schemaComment
	return s
}

// Schemas returns every published JSON Schema as indented JSON ending in a
// newline, keyed by file name ([LearnerSchemaFile] and the others). The
// output depends only on this package's types and tables, so it is the
// same on every run.
func Schemas() (map[string][]byte, error) {
	out := make(map[string][]byte, len(schemaDocs))
	for _, d := range schemaDocs {
		b, err := json.MarshalIndent(reflectSchema(d.typ, d.file), "", "  ")
		if err != nil {
			return nil, fmt.Errorf("cwre: encoding %s: %w", d.file, err)
		}
		out[d.file] = append(b, '\n')
	}
	return out, nil
}

// WriteSchemas writes every document of [Schemas] into dir, creating dir
// if it does not exist. Files already there are replaced.
func WriteSchemas(dir string) error {
	docs, err := Schemas()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cwre: writing schemas: %w", err)
	}
	names := make([]string, 0, len(docs))
	for name := range docs {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), docs[name], 0o644); err != nil {
			return fmt.Errorf("cwre: writing schemas: %w", err)
		}
	}
	return nil
}

// leniency is the part of every record description that says how readers
// differ from the schema.
const leniency = " The schema describes the canonical form that cwre writes: codes exactly as listed (lower case, but year groups in capitals: N1, N2, R, Y1 to Y13), types and objectives as numbers, dates as YYYY-MM-DD, every boolean written, optional values left out when empty." +
	" Readers also accept codes in any case, with spaces or underscores for hyphens, and the aliases listed in x-aliases; types and objectives written as strings; dates written DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY or DD.MM.YY; and they treat an absent boolean as false and null as absent."

// Record titles and descriptions.
const (
	learnerDescription = "One row of learners.csv: a learner on a school's roll, with the characteristics the fair-access view splits by." +
		leniency +
		" Readers also check a rule this schema cannot express: a learner_id with the shape of a Unique Pupil Number must carry the right check letter."
	activityDescription = "One row of activities.csv: an activity planned or recorded in the Table Five planning and recording tool." +
		leniency +
		" Readers also check rules this schema cannot express: end_date is not before start_date; hours are at most 24 for each day from start_date to end_date; ticked types include the type of every kind in activity."
	participationDescription = "One row of participations.csv: a learner's place on an activity." +
		leniency +
		" Readers also check rules that need the whole dataset: learner_id and activity_id name a learner and an activity of the dataset, each pair at most once; the learner meets the age rule of the activity's kinds on its start date; no one attends a cancelled activity; the learner's own hours are at most 24 for each day of the activity."
	datasetDescription = "The JSON form of learners.csv, activities.csv and participations.csv: one document that round-trips with the three CSV files without loss." +
		" Each record follows the schema of its own file (learner.schema.json, activity.schema.json, participation.schema.json), repeated here in $defs so that this document stands alone." +
		" Readers also check the rules across records: ids unique in each list, participations naming known learners and activities, age rules, and no attendance at a cancelled activity." +
		" Writers always write the three lists, as [] when empty; readers accept an absent or null list as empty."
)

// fieldDoc is the title and description of one property; vocab names the
// vocabulary whose bilingual name titles it instead.
type fieldDoc struct {
	title, vocab, desc string
}

const extraDescription = "Columns the specification does not name, keyed by their header; each value is text of at most 1000 characters. A name may not be empty or blank, nor be one of the standard column names (compared ignoring case and surrounding space)."

var (
	learnerFields = map[string]fieldDoc{
		"learner_id":    {title: "Learner id", desc: "The learner's Unique Pupil Number (UPN) or a pseudonymous id, unique in the dataset, without spaces. An id with the shape of a UPN (a capital letter, eleven digits, then a digit or a capital letter) must carry the right check letter; readers check it."},
		"school_id":     {title: "School id", desc: "The school's identifier, e.g. its 7-digit local authority and establishment number, without spaces."},
		"year_group":    {vocab: "year group", desc: "The learner's year group."},
		"date_of_birth": {title: "Date of birth", desc: "The learner's date of birth, used for the age rules of kinds of experience."},
		"efsm":          {title: "Eligible for free school meals", desc: "Whether the learner is eligible for free school meals. Writers always write it; readers treat an absent value as false."},
		"lac":           {title: "Looked-after child", desc: "Whether the learner is a looked-after child. Writers always write it; readers treat an absent value as false."},
		"young_carer":   {title: "Young carer", desc: "Whether the learner is a young carer. Writers always write it; readers treat an absent value as false."},
		"aln":           {title: "Additional learning needs", desc: "Whether the learner has additional learning needs. Writers always write it; readers treat an absent value as false."},
		"setting":       {vocab: "setting", desc: "The kind of school or provision the learner attends; absent when not recorded."},
		"extra":         {title: "Extra fields", desc: extraDescription},
	}
	activityFields = map[string]fieldDoc{
		"activity_id": {title: "Activity id", desc: "The activity's identifier, unique in the dataset, without spaces."},
		"school_id":   {title: "School id", desc: "The identifier of the school that runs the activity, without spaces."},
		"title":       {title: "Title", desc: "What the activity is called, e.g. \"Design a Children's Centre Competition\"."},
		"groups":      {title: "Groups", desc: "The year groups or teaching groups taking part, e.g. \"Y5\" or \"10X1\"."},
		"staff":       {title: "Staff", desc: "The initials of the staff who run the activity, e.g. \"JL\"."},
		"activity":    {vocab: "activity kind", desc: "The kinds of experience the activity offers: at least one."},
		"types":       {vocab: "type", desc: "The types ticked, 1 to 4. When absent they are the types of the kinds; when given they must include the type of every kind (readers check this)."},
		"objectives":  {vocab: "objective", desc: "The objectives ticked, 1 to 6."},
		"start_date":  {title: "Start date", desc: "The first day of the activity."},
		"end_date":    {title: "End date", desc: "The last day of the activity; absent for a one-day activity. It may not be before start_date (readers check this)."},
		"hours":       {title: "Hours", desc: "The total hours, including preparation, delivery and debrief: from 0 to 2000, and at most 24 for each day from start_date to end_date (readers check this). Absent means 0."},
		"delivery":    {vocab: "delivery mode", desc: "How the activity was delivered; absent when not recorded."},
		"status":      {vocab: "status", desc: "Whether the activity is planned, was delivered or was cancelled."},
		"prepared":    {title: "Prepared", desc: "Whether learners were prepared beforehand. Writers always write it; readers treat an absent value as false."},
		"debriefed":   {title: "Debriefed", desc: "Whether learners were debriefed afterwards. Writers always write it; readers treat an absent value as false."},
		"employers":   {title: "Employers", desc: "The businesses and other employers involved."},
		"aole":        {vocab: "area of learning and experience", desc: "The Areas of Learning and Experience the activity is linked to."},
		"link":        {title: "Link", desc: "An http or https address with more detail and resources."},
		"extra":       {title: "Extra fields", desc: extraDescription},
	}
	participationFields = map[string]fieldDoc{
		"learner_id":  {title: "Learner id", desc: "The learner_id of a learner in the dataset."},
		"activity_id": {title: "Activity id", desc: "The activity_id of an activity in the dataset."},
		"attended":    {title: "Attended", desc: "Whether the learner attended. Writers always write it; readers treat an absent value as false."},
		"hours":       {title: "Hours", desc: "This learner's own hours, which override the activity's: from 0 to 2000, and at most 24 for each day of the activity (readers check this). Absent when the activity's hours apply."},
		"reflection":  {title: "Reflection", desc: "The learner's own reflection on the experience, in their words, at most 10000 characters. It is personal data."},
		"outcomes":    {vocab: "outcome", desc: "The intended learning outcomes the learner achieved."},
		"extra":       {title: "Extra fields", desc: extraDescription},
	}
	datasetFields = map[string]fieldDoc{
		"format_version": {title: "Format version", desc: "The version of the interchange format: \"" + FormatVersion + "\". Writers always write it, and the JSON reader reports a document without it."},
		"learners":       {title: "Learners", desc: "The rows of learners.csv."},
		"activities":     {title: "Activities", desc: "The rows of activities.csv."},
		"participations": {title: "Participations", desc: "The rows of participations.csv."},
	}
)

// Examples of canonical records, as the writers produce them. They appear
// in the schemas under "examples"; the data is made up.
var (
	exampleLearner  = Learner{ID: "P-000417", SchoolID: "6612345", YearGroup: Year10, DateOfBirth: Date{2009, 3, 24}, EFSM: true, Setting: Mainstream}
	exampleActivity = Activity{ID: "2024-017", SchoolID: "6612345", Title: "Design a Children's Centre Competition", Groups: []string{"Y5"}, Staff: []string{"JL"},
		Kinds: []Kind{KindBusinessChallenge, KindEmployerInvolvement}, Types: []Type{TypeBusiness, TypeSimulation}, Objectives: []Objective{ObjectiveRelateLearning, ObjectiveParticipate},
		StartDate: Date{2024, 3, 4}, EndDate: Date{2024, 3, 8}, Hours: 10, Delivery: FaceToFace, Status: Delivered, Prepared: true, Debriefed: true,
		Employers: []string{"Adeiladu Cymru Cyf"}, AoLEs: []AoLE{AoLEExpressiveArts, AoLEMathematics}, Link: "https://example.org/childrens-centre"}
	exampleHours         = 6.5
	exampleParticipation = Participation{LearnerID: "P-000417", ActivityID: "2024-017", Attended: true, Hours: &exampleHours, Outcomes: []Outcome{11, 12}} // teamwork, problem-solving
)

// JSONSchemaExtend adds to the JSON Schema that
// [github.com/invopop/jsonschema] reflects from Learner what struct tags
// cannot carry: titles, descriptions, an example and the rules for extra
// fields.
func (Learner) JSONSchemaExtend(s *jsonschema.Schema) {
	extendRecord(s, "Learner", learnerDescription, learnerFields, exampleLearner)
}

// JSONSchemaExtend adds to the JSON Schema that
// [github.com/invopop/jsonschema] reflects from Activity what struct tags
// cannot carry: titles, descriptions, an example and the rules for extra
// fields.
func (Activity) JSONSchemaExtend(s *jsonschema.Schema) {
	extendRecord(s, "Activity", activityDescription, activityFields, exampleActivity)
}

// JSONSchemaExtend adds to the JSON Schema that
// [github.com/invopop/jsonschema] reflects from Participation what struct
// tags cannot carry: titles, descriptions, an example and the rules for
// extra fields.
func (Participation) JSONSchemaExtend(s *jsonschema.Schema) {
	extendRecord(s, "Participation", participationDescription, participationFields, exampleParticipation)
}

// JSONSchemaExtend adds to the JSON Schema that
// [github.com/invopop/jsonschema] reflects from Dataset its title,
// descriptions, an example and the fixed format version.
func (Dataset) JSONSchemaExtend(s *jsonschema.Schema) {
	extendRecord(s, "Dataset", datasetDescription, datasetFields, Dataset{
		FormatVersion:  FormatVersion,
		Learners:       []Learner{exampleLearner},
		Activities:     []Activity{exampleActivity},
		Participations: []Participation{exampleParticipation},
	})
	if p, ok := s.Properties.Get("format_version"); ok {
		p.Const = FormatVersion
	}
	for _, name := range []string{"learners", "activities", "participations"} {
		if p, ok := s.Properties.Get(name); ok {
			p.Default = []any{}
		}
	}
}

func extendRecord(s *jsonschema.Schema, title, desc string, fields map[string]fieldDoc, example any) {
	s.Title = "CWRE " + strings.ToLower(title)
	s.Description = desc
	if example != nil {
		if b, err := json.Marshal(example); err == nil {
			s.Examples = []any{json.RawMessage(b)}
		}
	}
	if s.Properties == nil {
		return
	}
	for name, p := range s.Properties.FromOldest() {
		doc, ok := fields[name]
		if !ok {
			continue
		}
		p.Title, p.Description = doc.title, doc.desc
		if doc.vocab != "" {
			n := vocabularyName(doc.vocab)
			p.Title = capitalise(n.En)
			setExtra(p, "x-title-cy", capitalise(n.Cy))
		}
		if name == "extra" {
			extendExtra(p)
		}
	}
}

// extendExtra adds the rules of the extra-field map, as the "extrakey"
// validation checks them: string values of at most 1000 characters, and
// no blank names, names with surrounding space or names of standard
// columns. Forbidden names are
// patternProperties with the false schema, so that validators report the
// offending property itself.
func extendExtra(p *jsonschema.Schema) {
	maxLen := uint64(1000)
	p.AdditionalProperties = &jsonschema.Schema{Type: "string", MaxLength: &maxLen}
	p.PatternProperties = map[string]*jsonschema.Schema{
		`^\s*$`:                jsonschema.FalseSchema,
		`^\s|\s$`:              jsonschema.FalseSchema,
		reservedNamesPattern(): jsonschema.FalseSchema,
	}
}

// reservedNamesPattern returns a regular expression, in the subset that
// ECMA-262 and RE2 share, matching the standard column names (and
// "extra") in any case with optional surrounding white space.
func reservedNamesPattern() string {
	names := make([]string, 0, len(standardColumns))
	for c := range standardColumns {
		names = append(names, c)
	}
	slices.Sort(names)
	alts := make([]string, len(names))
	for i, n := range names {
		var b strings.Builder
		for _, r := range n {
			if u := unicode.ToUpper(r); u != r {
				b.WriteString("[" + string(u) + string(r) + "]")
				continue
			}
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
		alts[i] = b.String()
	}
	return `^\s*(?:` + strings.Join(alts, "|") + `)\s*$`
}

func setExtra(s *jsonschema.Schema, key string, v any) {
	if s.Extras == nil {
		s.Extras = map[string]any{}
	}
	s.Extras[key] = v
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// vocabSchema starts the schema of a closed vocabulary: its JSON type,
// its bilingual name as title and a description.
func vocabSchema(vocab, typ, desc string) *jsonschema.Schema {
	n := vocabularyName(vocab)
	s := &jsonschema.Schema{Type: typ, Title: capitalise(n.En), Description: desc}
	setExtra(s, "x-title-cy", capitalise(n.Cy))
	return s
}

// option is one value of a vocabulary: its canonical code (or number) and
// its name in English and Welsh.
func option(code any, name Text) *jsonschema.Schema {
	o := &jsonschema.Schema{Const: code, Title: name.En}
	setExtra(o, "x-title-cy", name.Cy)
	return o
}

// withAliases records under x-aliases, sorted, the alternative spellings
// readers accept for v.
func withAliases[T comparable](o *jsonschema.Schema, aliases map[string]T, v T) *jsonschema.Schema {
	var as []string
	for a, x := range aliases {
		if x == v {
			as = append(as, a)
		}
	}
	if len(as) > 0 {
		slices.Sort(as)
		setExtra(o, "x-aliases", as)
	}
	return o
}

const codeLeniency = " Writers write the code shown; readers also accept it in any case, with spaces or underscores for hyphens"

// JSONSchema returns the schema of a kind of experience: one of the
// interchange codes of the records specification, each with its names,
// description, type, age rule and aliases.
func (Kind) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("activity kind", "string", "A kind of work-related experience (Table Three, with the suggested activities of Table Four), as its interchange code. x-type is the kind's type, x-min-age the youngest age on the activity's start date, x-placement marks work experience placements."+codeLeniency+", and the aliases in x-aliases.")
	for k := range Kinds() {
		i := k.Info()
		o := option(k.String(), i.Name)
		o.Description = i.Description.En
		setExtra(o, "x-description-cy", i.Description.Cy)
		setExtra(o, "x-type", int(i.Type))
		if i.MinAge > 0 {
			setExtra(o, "x-min-age", i.MinAge)
		}
		if i.Placement {
			setExtra(o, "x-placement", true)
		}
		s.OneOf = append(s.OneOf, withAliases(o, kindAliases, k))
	}
	return s
}

// JSONSchema returns the schema of a type of Table Three: the integer 1 to
// 4.
func (Type) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("type", "integer", "One of the four types of work-related experience of Table Three, as a number. Readers also accept the number written as a string, e.g. \"2\".")
	for _, t := range Types() {
		s.OneOf = append(s.OneOf, option(int(t), t.Text()))
	}
	return s
}

// JSONSchema returns the schema of an objective of Table Four: the integer
// 1 to 6.
func (Objective) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("objective", "integer", "One of the six objectives for work-related experiences of Table Four, as a number. Readers also accept the number written as a string, e.g. \"4\".")
	for _, o := range Objectives() {
		s.OneOf = append(s.OneOf, option(int(o), objectiveNames[o]))
	}
	return s
}

// JSONSchema returns the schema of an intended learning outcome: its code,
// statement, kind of outcome and the objectives that list it.
func (Outcome) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("outcome", "string", "An intended learning outcome (Table Four, and section 4.3 of the report), as its code. x-kind is its kind of outcome, x-objectives the objectives that list it."+codeLeniency+", and the aliases in x-aliases.")
	for out := range Outcomes() {
		o := option(out.String(), out.Text())
		setExtra(o, "x-kind", out.Kind().String())
		objs := []int{}
		for _, obj := range out.Objectives() {
			objs = append(objs, int(obj))
		}
		setExtra(o, "x-objectives", objs)
		s.OneOf = append(s.OneOf, withAliases(o, outcomeVocab.aliases, out))
	}
	return s
}

// JSONSchema returns the schema of a kind of outcome of section 4.4.
func (OutcomeKind) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("outcome kind", "string", "One of the six kinds of outcome of section 4.4 of the report, as its code."+codeLeniency+".")
	for _, k := range OutcomeKinds() {
		o := option(k.String(), k.Text())
		o.Description = k.Description().En
		setExtra(o, "x-description-cy", k.Description().Cy)
		s.OneOf = append(s.OneOf, o)
	}
	return s
}

// JSONSchema returns the schema of a year group: "N1", "N2", "R" or "Y1" to
// "Y13".
func (YearGroup) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("year group", "string", "A year group of the curriculum in Wales, as its code in capitals. Readers also accept the code in any case, \"Year 10\", \"Blwyddyn 10\" or \"10\" for Y10, and the aliases in x-aliases.")
	for _, y := range YearGroups() {
		s.OneOf = append(s.OneOf, withAliases(option(y.Code(), y.Text()), yearGroupVocab.aliases, y))
	}
	return s
}

// JSONSchema returns the schema of an Area of Learning and Experience.
func (AoLE) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("area of learning and experience", "string", "One of the six Areas of Learning and Experience of the Curriculum for Wales, as its code."+codeLeniency+", and the aliases in x-aliases.")
	for _, a := range AoLEs() {
		s.OneOf = append(s.OneOf, withAliases(option(a.String(), a.Text()), aoleVocab.aliases, a))
	}
	return s
}

// JSONSchema returns the schema of one of the four purposes.
func (Purpose) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("purpose", "string", "One of the four purposes of the Curriculum for Wales, as its code."+codeLeniency+".")
	for _, p := range Purposes() {
		s.OneOf = append(s.OneOf, option(p.String(), p.Text()))
	}
	return s
}

// JSONSchema returns the schema of an employability skill of Table Seven,
// with the purposes it maps to.
func (Skill) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("skill", "string", "One of the employability skills of Table Seven, as its code. x-purposes are the four purposes it maps to."+codeLeniency+".")
	for _, sk := range Skills() {
		o := option(sk.String(), sk.Text())
		var ps []string
		for _, p := range sk.Purposes() {
			ps = append(ps, p.String())
		}
		setExtra(o, "x-purposes", ps)
		s.OneOf = append(s.OneOf, o)
	}
	return s
}

// JSONSchema returns the schema of a delivery mode.
func (Delivery) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("delivery mode", "string", "How an activity was delivered, as its code."+codeLeniency+", and the aliases in x-aliases.")
	for d := Delivery(1); d <= numDeliveries; d++ {
		s.OneOf = append(s.OneOf, withAliases(option(d.String(), d.Text()), deliveryVocab.aliases, d))
	}
	return s
}

// JSONSchema returns the schema of an activity's status.
func (Status) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("status", "string", "Whether an activity is planned, was delivered or was cancelled, as its code."+codeLeniency+", and the aliases in x-aliases.")
	for st := Status(1); st <= numStatuses; st++ {
		s.OneOf = append(s.OneOf, withAliases(option(st.String(), st.Text()), statusVocab.aliases, st))
	}
	return s
}

// JSONSchema returns the schema of a learner's setting.
func (Setting) JSONSchema() *jsonschema.Schema {
	s := vocabSchema("setting", "string", "The kind of school or provision a learner attends, as its code."+codeLeniency+".")
	for _, st := range Settings() {
		s.OneOf = append(s.OneOf, option(st.String(), st.Text()))
	}
	return s
}

// JSONSchema returns the schema of a date: a string in ISO 8601 form,
// YYYY-MM-DD, for a real day from 1900 to 2999.
func (Date) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "string",
		Format:      "date",
		Pattern:     `^(19|2\d)\d{2}-\d{2}-\d{2}$`,
		Title:       "Date",
		Description: "A calendar date in ISO 8601 form, YYYY-MM-DD, of a real day from 1900-01-01 to 2999-12-31. Writers always write this form and leave an optional date out when it is not known; readers also accept DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY and DD.MM.YY (a two-digit year is in 2000 to 2099).",
	}
}

// JSONSchema returns the schema of a language: "en" or "cy".
func (Lang) JSONSchema() *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string", Title: "Language", Description: "A language that cwre writes labels and messages in, as its BCP 47 code. Readers also accept it in any case, with a region (\"cy-GB\"), and the names English, Welsh, Saesneg and Cymraeg."}
	s.OneOf = []*jsonschema.Schema{
		option(English.String(), Text{En: "English", Cy: "Saesneg"}),
		option(Welsh.String(), Text{En: "Welsh", Cy: "Cymraeg"}),
	}
	return s
}
