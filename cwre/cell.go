package cwre

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file holds the rules for one value of a record as the interchange
// formats write it: how a CSV cell or a JSON value is read into a field of
// a Learner, Activity or Participation, and written back.
//
// Both readers normalise free text the same way (surrounding space
// trimmed, CR LF line ends made LF), so a dataset read from either form
// writes the same bytes in both.

// formulaStarts are the characters that make a spreadsheet treat a cell as
// a formula (or as the start of one).
const formulaStarts = "=+-@\t\r"

// isFormulaLike reports whether s matches ^'*[=+\-@\t\r]: text that a
// spreadsheet would run as a formula once the apostrophes before it are
// taken as its text prefix.
func isFormulaLike(s string) bool {
	t := strings.TrimLeft(s, "'")
	return t != "" && strings.IndexByte(formulaStarts, t[0]) >= 0
}

// neutralise prefixes an apostrophe to formula-like text, so that a
// spreadsheet shows it as text and never runs it. Each part between
// semicolons is treated on its own: a spreadsheet set to split cells at
// ";" would otherwise run a later part as a formula.
func neutralise(s string) string {
	if !strings.Contains(s, ";") {
		if isFormulaLike(s) {
			return "'" + s
		}
		return s
	}
	parts := strings.Split(s, ";")
	for i, p := range parts {
		if isFormulaLike(p) {
			parts[i] = "'" + p
		}
	}
	return strings.Join(parts, ";")
}

// unneutralise removes the apostrophe neutralise put before each
// formula-like part of s.
func unneutralise(s string) string {
	strip := func(p string) string {
		if len(p) > 1 && p[0] == '\'' && isFormulaLike(p) {
			return p[1:]
		}
		return p
	}
	if !strings.Contains(s, ";") {
		return strip(s)
	}
	parts := strings.Split(s, ";")
	for i, p := range parts {
		parts[i] = strip(p)
	}
	return strings.Join(parts, ";")
}

// readText turns the text of a CSV cell into the value it stands for:
// trimmed, with the apostrophe a writer put before each formula-like part
// (^'+[=+\-@\t\r] between semicolons) removed, and line ends made LF.
func readText(s string) string {
	return normaliseText(unneutralise(strings.TrimSpace(s)))
}

// normaliseText trims s and turns every CR LF (and CR CR LF …) into LF, as
// a CSV reader does with the line ends inside a quoted cell.
func normaliseText(s string) string {
	s = strings.TrimSpace(s)
	for strings.Contains(s, "\r\n") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return s
}

// splitList splits a list cell at ';', trims each item and drops empty
// items.
func splitList(s string) []string {
	var items []string
	for item := range strings.SplitSeq(s, ";") {
		if item = normaliseText(item); item != "" {
			items = append(items, item)
		}
	}
	return items
}

// parseBool reads the boolean spellings of the records specification:
// true/false, yes/no, y/n, 1/0 and ✓ (or ✔) / empty, case-insensitively.
func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "y", "1", "✓", "✔":
		return true, true
	case "false", "no", "n", "0", "":
		return false, true
	}
	return false, false
}

// parseDecimal reads a plain decimal number such as 2, 1.5 or -0.25: no
// exponent, hexadecimal, infinity or NaN, which no spreadsheet writes for
// hours.
func parseDecimal(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	t := strings.TrimLeft(s, "+-")
	if len(s)-len(t) > 1 || t == "" || t == "." {
		return 0, false
	}
	dot := false
	for i := 0; i < len(t); i++ {
		switch {
		case isDigit(t[i]):
		case t[i] == '.' && !dot:
			dot = true
		default:
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

// formatHours writes hours the way every writer does: the shortest
// decimal that reads back as the same number.
func formatHours(h float64) (string, error) {
	if math.IsInf(h, 0) || math.IsNaN(h) {
		return "", errors.New("not a finite number")
	}
	return strconv.FormatFloat(h, 'f', -1, 64), nil
}

// badValue records a problem with one value; index is the position of the
// item in a list, or -1 for the value as a whole.
type badValue func(index int, code Code, args map[string]string)

// cellValue is a field of a record seen through the interchange formats.
// Each implementation holds a pointer to the field.
type cellValue interface {
	// setCell reads the text of a CSV cell (already valid UTF-8).
	setCell(s string, bad badValue)
	// cell returns the text of the CSV cell; formula-like free text is
	// neutralised.
	cell() (string, error)
	// setJSON reads a JSON value (valid JSON; null leaves the zero value).
	setJSON(raw []byte, bad badValue)
	// appendJSON writes the JSON value.
	appendJSON(e *jsonEncoder) error
	isZero() bool
}

// jsonType returns the JSON type name of a valid JSON value, as the
// json_type problem's "want" argument names types.
func jsonType(raw []byte) string {
	switch raw[0] {
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	case '{':
		return "object"
	case '[':
		return "array"
	}
	return "number"
}

func wrongType(bad badValue, index int, want string) {
	bad(index, CodeJSONType, map[string]string{"want": want})
}

// jsonString reads a JSON string value, reporting text that is not UTF-8
// (which the decoder replaces with U+FFFD).
func jsonString(raw []byte, index int, bad badValue) (string, bool) {
	if jsonType(raw) != "string" {
		wrongType(bad, index, "string")
		return "", false
	}
	if !utf8.Valid(raw) {
		bad(index, CodeNotUTF8, nil)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		wrongType(bad, index, "string")
		return "", false
	}
	return s, true
}

// jsonArray calls fn for each element of a JSON array value.
func jsonArray(raw []byte, bad badValue, fn func(i int, elem []byte)) {
	if jsonType(raw) != "array" {
		wrongType(bad, -1, "array")
		return
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(raw, &elems); err != nil {
		wrongType(bad, -1, "array")
		return
	}
	for i, e := range elems {
		fn(i, e)
	}
}

func isNull(raw []byte) bool { return jsonType(raw) == "null" }

// textValue is free text: ids, titles, links, reflections.
type textValue struct{ p *string }

func (v textValue) setCell(s string, _ badValue) { *v.p = readText(s) }
func (v textValue) cell() (string, error)        { return neutralise(*v.p), nil }
func (v textValue) isZero() bool                 { return *v.p == "" }

func (v textValue) setJSON(raw []byte, bad badValue) {
	if isNull(raw) {
		return
	}
	if s, ok := jsonString(raw, -1, bad); ok {
		*v.p = normaliseText(s)
	}
}

func (v textValue) appendJSON(e *jsonEncoder) error { e.string(*v.p); return nil }

// textListValue is a list of free text: groups, staff, employers.
type textListValue struct{ p *[]string }

func (v textListValue) setCell(s string, _ badValue) { *v.p = splitList(readText(s)) }

func (v textListValue) isZero() bool { return len(*v.p) == 0 }

func (v textListValue) cell() (string, error) {
	for i, item := range *v.p {
		if strings.Contains(item, ";") {
			return "", fmt.Errorf("item %d contains \";\", which separates the items of a CSV cell", i)
		}
	}
	return neutralise(strings.Join(*v.p, ";")), nil
}

func (v textListValue) setJSON(raw []byte, bad badValue) {
	if isNull(raw) {
		return
	}
	// Every item keeps its place, so that a problem with item i is
	// reported at [i] of the JSON array; an empty or unreadable item stays
	// as "" for validation to report.
	var items []string
	jsonArray(raw, bad, func(i int, elem []byte) {
		s, _ := jsonString(elem, i, bad)
		items = append(items, normaliseText(s))
	})
	*v.p = items
}

func (v textListValue) appendJSON(e *jsonEncoder) error {
	e.buf.WriteByte('[')
	for i, s := range *v.p {
		if i > 0 {
			e.buf.WriteByte(',')
		}
		e.string(s)
	}
	e.buf.WriteByte(']')
	return nil
}

// boolValue is a yes/no field.
type boolValue struct{ p *bool }

func (v boolValue) isZero() bool { return !*v.p }

func (v boolValue) setCell(s string, bad badValue) {
	b, ok := parseBool(s)
	if !ok {
		bad(-1, CodeInvalidBool, nil)
	}
	*v.p = b
}

func (v boolValue) cell() (string, error) { return strconv.FormatBool(*v.p), nil }

func (v boolValue) setJSON(raw []byte, bad badValue) {
	switch jsonType(raw) {
	case "null":
	case "boolean":
		*v.p = raw[0] == 't'
	default:
		wrongType(bad, -1, "boolean")
	}
}

func (v boolValue) appendJSON(e *jsonEncoder) error {
	e.buf.WriteString(strconv.FormatBool(*v.p))
	return nil
}

// dateValue is a date; empty text is the zero Date. Problems never repeat
// the text, which may be a date of birth.
type dateValue struct{ p *Date }

func (v dateValue) isZero() bool          { return v.p.IsZero() }
func (v dateValue) cell() (string, error) { return v.p.String(), nil }

func (v dateValue) setCell(s string, bad badValue) {
	if strings.TrimSpace(s) == "" {
		return
	}
	d, err := ParseDate(s)
	if err != nil {
		bad(-1, CodeInvalidDate, nil)
		return
	}
	*v.p = d
}

func (v dateValue) setJSON(raw []byte, bad badValue) {
	if isNull(raw) {
		return
	}
	if s, ok := jsonString(raw, -1, bad); ok {
		v.setCell(s, bad)
	}
}

func (v dateValue) appendJSON(e *jsonEncoder) error { e.string(v.p.String()); return nil }

// hoursValue is an activity's hours; empty text is 0.
type hoursValue struct{ p *float64 }

func (v hoursValue) isZero() bool          { return *v.p == 0 }
func (v hoursValue) cell() (string, error) { return formatHours(*v.p) }

func (v hoursValue) setCell(s string, bad badValue) {
	if strings.TrimSpace(s) == "" {
		return
	}
	if f, ok := parseDecimal(s); ok {
		*v.p = f
	} else {
		bad(-1, CodeInvalidNumber, nil)
	}
}

func (v hoursValue) setJSON(raw []byte, bad badValue) {
	if f, ok := jsonNumber(raw, bad); ok {
		*v.p = f
	}
}

func (v hoursValue) appendJSON(e *jsonEncoder) error { return e.number(*v.p) }

// jsonNumber reads a JSON number; null reads as no number.
func jsonNumber(raw []byte, bad badValue) (float64, bool) {
	switch jsonType(raw) {
	case "null":
		return 0, false
	case "number":
	default:
		wrongType(bad, -1, "number")
		return 0, false
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		bad(-1, CodeInvalidNumber, nil)
		return 0, false
	}
	return f, true
}

// optHoursValue is a participation's own hours; empty text is nil.
type optHoursValue struct{ p **float64 }

func (v optHoursValue) isZero() bool { return *v.p == nil }

func (v optHoursValue) cell() (string, error) {
	if *v.p == nil {
		return "", nil
	}
	return formatHours(**v.p)
}

func (v optHoursValue) setCell(s string, bad badValue) {
	if strings.TrimSpace(s) == "" {
		return
	}
	if f, ok := parseDecimal(s); ok {
		*v.p = &f
	} else {
		bad(-1, CodeInvalidNumber, nil)
	}
}

func (v optHoursValue) setJSON(raw []byte, bad badValue) {
	if f, ok := jsonNumber(raw, bad); ok {
		*v.p = &f
	}
}

func (v optHoursValue) appendJSON(e *jsonEncoder) error {
	if *v.p == nil {
		e.buf.WriteString("null")
		return nil
	}
	return e.number(**v.p)
}

// vocabCode is a value of one of the closed vocabularies of the taxonomy.
type vocabCode interface {
	~uint8
	IsValid() bool
}

// codec reads and writes the codes of one vocabulary. Numeric codes
// (types, objectives) are JSON numbers; the others are JSON strings.
type codec[T vocabCode] struct {
	parse   func(string) (T, error)
	format  func(T) string
	numeric bool
}

var (
	kindCodec      = &codec[Kind]{parse: ParseKind, format: Kind.String}
	typeCodec      = &codec[Type]{parse: ParseType, format: Type.String, numeric: true}
	objectiveCodec = &codec[Objective]{parse: ParseObjective, format: Objective.String, numeric: true}
	outcomeCodec   = &codec[Outcome]{parse: ParseOutcome, format: Outcome.String}
	yearGroupCodec = &codec[YearGroup]{parse: ParseYearGroup, format: YearGroup.Code}
	aoleCodec      = &codec[AoLE]{parse: ParseAoLE, format: AoLE.String}
	deliveryCodec  = &codec[Delivery]{parse: ParseDelivery, format: Delivery.String}
	statusCodec    = &codec[Status]{parse: ParseStatus, format: Status.String}
	settingCodec   = &codec[Setting]{parse: ParseSetting, format: Setting.String}
)

// read parses one code; empty text is the zero value.
func (c *codec[T]) read(s string, index int, bad badValue) (T, bool) {
	if strings.TrimSpace(s) == "" {
		return 0, false
	}
	v, err := c.parse(s)
	if err != nil {
		var uc *UnknownCodeError
		vocab := ""
		if errors.As(err, &uc) {
			vocab = uc.Vocabulary
		}
		bad(index, CodeUnknownCode, unknownCodeArgs(vocab, s))
		return 0, false
	}
	return v, true
}

// readJSON parses one code from a JSON string (or number, for numeric
// codes, read by its value: 2.0 is 2).
func (c *codec[T]) readJSON(raw []byte, index int, bad badValue) (T, bool) {
	if c.numeric && jsonType(raw) == "number" {
		return c.read(wholeNumber(string(raw)), index, bad)
	}
	if jsonType(raw) != "string" {
		want := "string"
		if c.numeric {
			want = "number"
		}
		wrongType(bad, index, want)
		return 0, false
	}
	s, ok := jsonString(raw, index, bad)
	if !ok {
		return 0, false
	}
	return c.read(s, index, bad)
}

// text writes a code; the zero value is empty and any other invalid
// value is an error, as no reader could read it back.
func (c *codec[T]) text(v T) (string, error) {
	if v == 0 {
		return "", nil
	}
	if !v.IsValid() {
		return "", fmt.Errorf("%T(%d) is not valid", v, v)
	}
	return c.format(v), nil
}

func (c *codec[T]) appendJSON(e *jsonEncoder, v T) error {
	s, err := c.text(v)
	switch {
	case err != nil:
		return err
	case c.numeric && s != "":
		e.buf.WriteString(s)
	default:
		e.string(s)
	}
	return nil
}

// codeValue is one code, e.g. a year group or a status.
type codeValue[T vocabCode] struct {
	p *T
	c *codec[T]
}

func (v codeValue[T]) isZero() bool          { return *v.p == 0 }
func (v codeValue[T]) cell() (string, error) { return v.c.text(*v.p) }

func (v codeValue[T]) setCell(s string, bad badValue) {
	if x, ok := v.c.read(s, -1, bad); ok {
		*v.p = x
	}
}

func (v codeValue[T]) setJSON(raw []byte, bad badValue) {
	if isNull(raw) {
		return
	}
	if x, ok := v.c.readJSON(raw, -1, bad); ok {
		*v.p = x
	}
}

func (v codeValue[T]) appendJSON(e *jsonEncoder) error { return v.c.appendJSON(e, *v.p) }

// codeListValue is a list of codes, e.g. the kinds of an activity. A bad
// item is reported with its index and the good items are kept.
type codeListValue[T vocabCode] struct {
	p *[]T
	c *codec[T]
}

func (v codeListValue[T]) isZero() bool { return len(*v.p) == 0 }

func (v codeListValue[T]) setCell(s string, bad badValue) {
	var xs []T
	for i, item := range splitList(s) {
		if x, ok := v.c.read(item, i, bad); ok {
			xs = append(xs, x)
		}
	}
	*v.p = xs
}

func (v codeListValue[T]) cell() (string, error) {
	items := make([]string, len(*v.p))
	for i, x := range *v.p {
		s, err := v.c.text(x)
		if err != nil {
			return "", err
		}
		if s == "" {
			return "", fmt.Errorf("item %d has no value", i)
		}
		items[i] = s
	}
	return strings.Join(items, ";"), nil
}

func (v codeListValue[T]) setJSON(raw []byte, bad badValue) {
	if isNull(raw) {
		return
	}
	// As for text lists, every item keeps its place; an empty or unknown
	// code stays as the zero value for validation to report.
	var xs []T
	jsonArray(raw, bad, func(i int, elem []byte) {
		x, _ := v.c.readJSON(elem, i, bad)
		xs = append(xs, x)
	})
	*v.p = xs
}

func (v codeListValue[T]) appendJSON(e *jsonEncoder) error {
	e.buf.WriteByte('[')
	for i, x := range *v.p {
		if i > 0 {
			e.buf.WriteByte(',')
		}
		if x == 0 {
			return fmt.Errorf("item %d has no value", i)
		}
		if err := v.c.appendJSON(e, x); err != nil {
			return err
		}
	}
	e.buf.WriteByte(']')
	return nil
}

// recordFields is a record seen as its columns, in the order of the
// file's Columns, and its extra fields.
type recordFields struct {
	values []cellValue
	extra  *map[string]string
}

func learnerCells(l *Learner) recordFields {
	return recordFields{values: []cellValue{
		textValue{&l.ID},
		textValue{&l.SchoolID},
		codeValue[YearGroup]{&l.YearGroup, yearGroupCodec},
		dateValue{&l.DateOfBirth},
		boolValue{&l.EFSM},
		boolValue{&l.LAC},
		boolValue{&l.YoungCarer},
		boolValue{&l.ALN},
		codeValue[Setting]{&l.Setting, settingCodec},
	}, extra: &l.Extra}
}

func activityCells(a *Activity) recordFields {
	return recordFields{values: []cellValue{
		textValue{&a.ID},
		textValue{&a.SchoolID},
		textValue{&a.Title},
		textListValue{&a.Groups},
		textListValue{&a.Staff},
		codeListValue[Kind]{&a.Kinds, kindCodec},
		codeListValue[Type]{&a.Types, typeCodec},
		codeListValue[Objective]{&a.Objectives, objectiveCodec},
		dateValue{&a.StartDate},
		dateValue{&a.EndDate},
		hoursValue{&a.Hours},
		codeValue[Delivery]{&a.Delivery, deliveryCodec},
		codeValue[Status]{&a.Status, statusCodec},
		boolValue{&a.Prepared},
		boolValue{&a.Debriefed},
		textListValue{&a.Employers},
		codeListValue[AoLE]{&a.AoLEs, aoleCodec},
		textValue{&a.Link},
	}, extra: &a.Extra}
}

func participationCells(p *Participation) recordFields {
	return recordFields{values: []cellValue{
		textValue{&p.LearnerID},
		textValue{&p.ActivityID},
		boolValue{&p.Attended},
		optHoursValue{&p.Hours},
		textValue{&p.Reflection},
		codeListValue[Outcome]{&p.Outcomes, outcomeCodec},
	}, extra: &p.Extra}
}

// omitInJSON names the fields that the JSON form leaves out when they are
// empty, as the records' json tags (omitempty, omitzero) say.
var omitInJSON = map[string]bool{
	"setting": true, "groups": true, "staff": true, "types": true, "objectives": true,
	"end_date": true, "delivery": true, "employers": true, "aole": true, "link": true,
	"reflection": true, "outcomes": true,
}

// omitField reports whether the JSON form leaves out the named field of a
// record of the given kind when it is empty. A participation's hours are
// optional; an activity always has hours.
func omitField(kind FileKind, name string) bool {
	if name == "hours" {
		return kind == ParticipationsFile
	}
	return omitInJSON[name]
}

// jsonEncoder builds the compact JSON of one record.
type jsonEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newJSONEncoder() *jsonEncoder {
	e := &jsonEncoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

// string writes s as a JSON string; text that is not UTF-8 becomes
// U+FFFD.
func (e *jsonEncoder) string(s string) {
	_ = e.enc.Encode(s) // a string always encodes
	e.buf.Truncate(e.buf.Len() - 1)
}

func (e *jsonEncoder) number(f float64) error {
	if err := e.enc.Encode(f); err != nil {
		return errors.New("not a finite number")
	}
	e.buf.Truncate(e.buf.Len() - 1)
	return nil
}

// record writes one record as a compact JSON object: its fields in column
// order (empty optional ones left out) and then its extra fields by name.
func (e *jsonEncoder) record(kind FileKind, f recordFields) error {
	e.buf.WriteByte('{')
	n := 0
	for i, name := range kind.columns() {
		v := f.values[i]
		if omitField(kind, name) && v.isZero() {
			continue
		}
		if n > 0 {
			e.buf.WriteByte(',')
		}
		n++
		e.string(name)
		e.buf.WriteByte(':')
		if err := v.appendJSON(e); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if len(*f.extra) > 0 {
		if n > 0 {
			e.buf.WriteByte(',')
		}
		e.string("extra")
		e.buf.WriteString(":{")
		keys := make([]string, 0, len(*f.extra))
		for k := range *f.extra {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for i, k := range keys {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.string(k)
			e.buf.WriteByte(':')
			e.string((*f.extra)[k])
		}
		e.buf.WriteByte('}')
	}
	e.buf.WriteByte('}')
	return nil
}
