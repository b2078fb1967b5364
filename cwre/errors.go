package cwre

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Code is the stable identifier of a validation rule, e.g. "required" or
// "unknown_learner". Programs branch on Code; people read
// [Error.Message].
type Code string

// The rule codes. Each has an English and a Welsh message.
const (
	CodeRequired          Code = "required"                // a required value is missing
	CodeUnknownCode       Code = "unknown_code"            // args: vocabulary, value
	CodeInvalidValue      Code = "invalid_value"           // a Go value outside its vocabulary
	CodeInvalidDate       Code = "invalid_date"            // not a real date in an accepted form
	CodeInvalidNumber     Code = "invalid_number"          // not a decimal number
	CodeInvalidBool       Code = "invalid_bool"            // not one of the boolean spellings
	CodeUPNCheckLetter    Code = "upn_check_letter"        // UPN-shaped id with the wrong check letter
	CodeMaxLength         Code = "max_length"              // args: max
	CodeNoSpace           Code = "no_space"                // ids may not contain white space
	CodeRange             Code = "range"                   // args: min, max
	CodeHoursExceedSpan   Code = "hours_exceed_span"       // args: max
	CodeEndBeforeStart    Code = "end_before_start"        //
	CodeTypeNotTicked     Code = "type_not_ticked"         // args: type, kind
	CodeURL               Code = "url"                     // not an http(s) address
	CodeListItem          Code = "list_item"               // a list item with ";" or surrounding space
	CodeExtraKey          Code = "extra_key"               // extra field named like a standard one, or empty
	CodeDuplicateID       Code = "duplicate_id"            // args: first
	CodeDuplicateEntry    Code = "duplicate_participation" // args: first
	CodeUnknownLearner    Code = "unknown_learner"         //
	CodeUnknownActivity   Code = "unknown_activity"        //
	CodeUnderAge          Code = "under_age"               // args: min, kind
	CodeAttendedCancelled Code = "attended_cancelled"
	CodeFormatVersion     Code = "format_version"   // args: want
	CodeJSONSyntax        Code = "json_syntax"      // args: detail
	CodeJSONType          Code = "json_type"        // args: want
	CodeUnknownField      Code = "unknown_field"    //
	CodeCSVSyntax         Code = "csv_syntax"       // args: reason (unclosed_quote, quote_in_quoted, bare_quote, too_long, header_line_break, other)
	CodeUnknownFile       Code = "unknown_file"     // header matches none of the three files
	CodeEmptyFile         Code = "empty_file"       // a CSV file with no row of text
	CodeMissingColumn     Code = "missing_column"   // args: column
	CodeDuplicateColumn   Code = "duplicate_column" //
	CodeRowLength         Code = "row_length"       // args: got, want
	CodeRead              Code = "read_error"       // args: detail
	CodeNotUTF8           Code = "not_utf8"         // text that is not valid UTF-8
	CodeDuplicateKey      Code = "duplicate_key"    // a JSON object names a key twice
)

// Error is one problem found in records. It says where (a file with a row
// and column for CSV, or a path into the JSON form), which field, which rule
// and, through [Error.Message], what is wrong in English or Welsh. Errors
// never carry a learner's personal data; the only value they may name is an
// id or a taxonomy code.
type Error struct {
	// File is the file the record was read from; empty for records built in
	// Go.
	File string `json:"file,omitempty"`
	// Row is the row a spreadsheet shows (the header is row 1); 0 when the
	// record did not come from CSV.
	Row int `json:"row,omitempty"`
	// Column is the 1-based position of the column in the CSV header; 0
	// when it is not known or not from CSV.
	Column int `json:"column,omitempty"`
	// Path locates the value in the JSON form, e.g.
	// "learners[3].date_of_birth"; empty for a problem with a whole file.
	Path string `json:"path,omitempty"`
	// Field is the column or JSON name of the field, e.g. "date_of_birth".
	Field string `json:"field,omitempty"`
	// Code is the rule that failed.
	Code Code `json:"code"`
	// Args fill the message's placeholders, e.g. {"max": "64"}.
	Args map[string]string `json:"args,omitempty"`
	// Cause is the underlying error of a read_error (an I/O failure), for
	// errors.Is and errors.As; nil for every other problem.
	Cause error `json:"-"`
}

// Unwrap returns the cause of a read_error, or nil.
func (e *Error) Unwrap() error { return e.Cause }

// Message returns what is wrong, in language l, without the location.
func (e *Error) Message(l Lang) string {
	t, ok := messages[e.Code]
	if !ok {
		return string(e.Code)
	}
	if e.Code == CodeUnknownCode && e.Args["suggest"] != "" {
		t = unknownCodeSuggestion
	}
	s := t.In(l)
	if !strings.Contains(s, "{") {
		return s
	}
	for k, v := range e.Args {
		switch k {
		case "vocabulary":
			v = vocabularyName(v).In(l)
		case "reason":
			v = csvReason(v).In(l)
		}
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	// A value left out for privacy (see ShowableCode) says so.
	return strings.ReplaceAll(s, "{value}", TermValueNotShown.In(l))
}

// Location returns where the problem is: "FILE:ROW:COLUMN" for CSV,
// "FILE: PATH" for JSON, or the path alone for records built in Go.
func (e *Error) Location() string {
	switch {
	case e.Row > 0:
		s := e.File + ":" + strconv.Itoa(e.Row)
		if e.Column > 0 {
			s += ":" + strconv.Itoa(e.Column)
		}
		return s
	case e.File != "" && e.Path != "":
		return e.File + ": " + e.Path
	case e.File != "":
		return e.File
	}
	return e.Path
}

// Pointer returns Path as a JSON Pointer (RFC 6901), e.g.
// "/learners/3/date_of_birth".
func (e *Error) Pointer() string { return PathToPointer(e.Path) }

// PathToPointer turns a path such as "learners[3].extra[room]" into the JSON
// Pointer "/learners/3/extra/room".
func PathToPointer(path string) string {
	var b strings.Builder
	for _, seg := range parsePath(path) {
		b.WriteByte('/')
		b.WriteString(strings.ReplaceAll(strings.ReplaceAll(seg.text, "~", "~0"), "/", "~1"))
	}
	return b.String()
}

// Error returns the problem in English as one line (see [Error.Text]).
func (e *Error) Error() string { return e.Text(English) }

// Text returns the problem as one line in language l:
// "FILE:ROW:COLUMN: FIELD: message" for CSV, "FILE: PATH: message" for
// JSON (the path ends with the field) and "PATH: message" for records
// built in Go.
func (e *Error) Text(l Lang) string {
	var b strings.Builder
	if loc := e.Location(); loc != "" {
		b.WriteString(loc)
		b.WriteString(": ")
	}
	// A path already ends with the field's name; a row and column do not.
	if e.Field != "" && (e.Row > 0 || e.Path == "") {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Message(l))
	return b.String()
}

// Errors is a list of problems. A nil or empty Errors means none were
// found; use [Errors.Err] to turn it into an error value.
type Errors []*Error

// Error returns the first problem and how many more there are, in English.
// It is meant for logs; show each [Error] to people.
func (es Errors) Error() string {
	switch len(es) {
	case 0:
		return "cwre: no errors"
	case 1:
		return es[0].Error()
	}
	return es[0].Error() + " (and " + strconv.Itoa(len(es)-1) + " more)"
}

// Unwrap returns the problems as errors, so that errors.Is and errors.As
// look through an Errors value to each problem and its cause.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Err returns es as an error, or nil when es is empty.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// Sort orders the problems by file, row, column, path and code, so that a
// CSV file's problems read left to right along each row.
func (es Errors) Sort() {
	slices.SortStableFunc(es, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Row, b.Row),
			cmp.Compare(a.Column, b.Column),
			comparePaths(a.Path, b.Path),
			cmp.Compare(a.Code, b.Code),
		)
	})
}

// comparePaths orders paths with their indexes compared as numbers, so
// that learners[9] comes before learners[10].
func comparePaths(a, b string) int {
	for a != "" && b != "" {
		if isDigit(a[0]) && isDigit(b[0]) {
			i, j := digits(a), digits(b)
			na, _ := strconv.Atoi(a[:i])
			nb, _ := strconv.Atoi(b[:j])
			if na != nb {
				return cmp.Compare(na, nb)
			}
			a, b = a[i:], b[j:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func digits(s string) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// Has reports whether any problem has code c.
func (es Errors) Has(c Code) bool {
	return slices.ContainsFunc(es, func(e *Error) bool { return e.Code == c })
}
