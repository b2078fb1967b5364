package cwre

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FileKind is which of the three CSV files a header belongs to. The zero
// FileKind is FileUnknown.
type FileKind uint8

// The three files of the records specification.
const (
	FileUnknown        FileKind = iota // a header that matches none of the files
	LearnersFile                       // learners.csv
	ActivitiesFile                     // activities.csv
	ParticipationsFile                 // participations.csv
)

// String returns the file's name, "learners.csv", "activities.csv" or
// "participations.csv", or "" for FileUnknown.
func (k FileKind) String() string {
	switch k {
	case LearnersFile:
		return "learners.csv"
	case ActivitiesFile:
		return "activities.csv"
	case ParticipationsFile:
		return "participations.csv"
	}
	return ""
}

// Columns returns the file's columns in the order writers use (a new
// slice each time), or nil for FileUnknown.
func (k FileKind) Columns() []string { return slices.Clone(k.columns()) }

func (k FileKind) columns() []string {
	switch k {
	case LearnersFile:
		return learnerColumns
	case ActivitiesFile:
		return activityColumns
	case ParticipationsFile:
		return participationColumns
	}
	return nil
}

// collection returns the name of the dataset's list of records of kind k:
// "learners", "activities" or "participations".
func (k FileKind) collection() string { return strings.TrimSuffix(k.String(), ".csv") }

// requiredColumns are the columns a file must have.
var requiredColumns = [...][]string{
	LearnersFile:       {"learner_id", "school_id", "year_group", "date_of_birth"},
	ActivitiesFile:     {"activity_id", "school_id", "title", "activity", "start_date", "status"},
	ParticipationsFile: {"learner_id", "activity_id", "attended"},
}

// headerName returns the column name a header cell stands for: read as
// free text (trimmed, a writer's apostrophe removed) and lower-cased,
// without a byte order mark.
func headerName(s string) string {
	return strings.ToLower(readText(strings.TrimPrefix(s, "\ufeff")))
}

// DetectFileKind says which file a CSV header belongs to, from the columns
// it names (case-insensitively, trimmed, a byte order mark removed). When
// the header has every required column of exactly one file, it is that
// file, whatever else it has: a participations file with an extra
// year_group or title column is still participations. Otherwise the
// header is read for the file it most looks like: participations name
// learner_id and activity_id but neither year_group nor title; activities
// name activity_id and title or activity; learners name learner_id and
// year_group or date_of_birth. [NewCSVReader] goes by the file's name
// first.
func DetectFileKind(header []string) FileKind {
	has := make(map[string]bool, len(header))
	for _, h := range header {
		has[headerName(h)] = true
	}
	complete := FileUnknown
	for k := LearnersFile; k <= ParticipationsFile; k++ {
		if !slices.ContainsFunc(requiredColumns[k], func(c string) bool { return !has[c] }) {
			if complete != FileUnknown {
				complete = FileUnknown
				break
			}
			complete = k
		}
	}
	if complete != FileUnknown {
		return complete
	}
	switch {
	case has["learner_id"] && has["activity_id"] && !has["year_group"] && !has["title"]:
		return ParticipationsFile
	case has["activity_id"] && (has["title"] || has["activity"]):
		return ActivitiesFile
	case has["learner_id"] && (has["year_group"] || has["date_of_birth"]):
		return LearnersFile
	}
	return FileUnknown
}

// fileKindByName returns the kind whose file name is the base of name
// ("learners.csv", case-insensitively), or FileUnknown.
func fileKindByName(name string) FileKind {
	base := strings.ToLower(filepath.Base(name))
	for k := LearnersFile; k <= ParticipationsFile; k++ {
		if base == k.String() {
			return k
		}
	}
	return FileUnknown
}

// Row is one record read from a CSV file.
type Row struct {
	// Line is the row a spreadsheet shows: the header is row 1, a blank
	// line is a row, and a cell over several lines is still one row.
	Line int
	// Exactly one of Learner, Activity and Participation is set, as the
	// reader's Kind says. A field whose cell could not be read is left
	// zero; a row with a csv_syntax problem, which could not be split
	// into cells, holds a zero record.
	Learner       *Learner
	Activity      *Activity
	Participation *Participation
	// Problems are the cells that could not be read. Each has File, Row
	// (= Line), Column (the 1-based position in the header), Field (the
	// column name) and a Path relative to the record, such as
	// "date_of_birth", "activity[1]" (the second item of a list) or
	// "extra[room]"; a problem with the whole row (row_length,
	// csv_syntax) has an empty Path.
	Problems Errors
}

// csvColumn says what one column of a file holds.
type csvColumn struct {
	field int    // index in the kind's columns, or -1 for an extra column
	extra string // the extra column's name; "" for a column with no name
	path  string // the column's path in a record: "title" or "extra[room]"
}

// CSVReader streams the records of one CSV file of the records
// specification; it holds one row at a time.
//
// A file is UTF-8 with an optional byte order mark and a header row. The
// columns may come in any order and their names are case-insensitive. A
// column the specification does not name is kept as an extra field of
// every record (named as in the header, trimmed); an empty extra cell is
// no extra field. A column with an empty name is allowed while its cells
// are empty; a value in it is an extra_key problem. Blank lines, and rows whose cells are all empty, are
// skipped.
//
// Cells are read by the rules of the records specification: lists are
// split at ";" with empty items dropped, booleans are true/false, yes/no,
// y/n, 1/0 or ✓ (✔)/empty, dates are ISO 8601 or DD/MM/YYYY, DD.MM.YYYY or
// DD.MM.YY, and codes are read case-insensitively with their aliases. Free
// text is trimmed, and an apostrophe before formula-like text (text that
// starts, after any apostrophes, with = + - @ tab or CR) is removed: it is
// the prefix writers add so that spreadsheets never run a formula.
type CSVReader struct {
	src    *csvSource
	file   string
	kind   FileKind
	header []string
	cols   []csvColumn
	extra  []string
	// cur is the row being parsed; bad[i] reports a problem in its column
	// i. The reporters are made once, so parsing a cell allocates nothing
	// to report with.
	cur *Row
	bad []badValue
}

// NewCSVReader reads the header of a CSV file; file names the file in
// problems. The header is the first row with text: blank rows before it
// are skipped (and counted). The kind of file comes from file's base name
// when it is one of "learners.csv", "activities.csv" and
// "participations.csv" (in any case), and otherwise from the header (see
// [DetectFileKind]). A bad header gives [Errors] with File and Row set:
// empty_file (no row with text), unknown_file, missing_column (one per
// missing required column), duplicate_column (with its Column),
// csv_syntax (reason header_line_break for a header cell with a line
// break in it), not_utf8 or read_error. A problem names a header cell in
// Field only when it is a column of the file or has the shape of a column
// name (see [CSVReader.Next]).
func NewCSVReader(r io.Reader, file string) (*CSVReader, error) {
	rd := &CSVReader{src: newCSVSource(r), file: file}
	fail := func(row, col int, code Code, args map[string]string) error {
		return Errors{{File: file, Row: row, Column: col, Code: code, Args: args}}
	}
	for {
		cells, row, fault, err := rd.src.read()
		switch {
		case err == io.EOF:
			return nil, fail(1, 0, CodeEmptyFile, nil)
		case err != nil:
			return nil, Errors{{File: file, Row: row, Code: CodeRead, Args: map[string]string{"detail": err.Error()}, Cause: err}}
		case fault.reason != "":
			return nil, fail(row, fault.column, CodeCSVSyntax, map[string]string{"reason": fault.reason})
		case isBlank(cells):
			continue
		}
		rd.header = slices.Clone(cells)
		if errs := rd.readHeader(row); len(errs) > 0 {
			return nil, errs
		}
		rd.src.width = len(rd.header)
		return rd, nil
	}
}

// readHeader sets the kind and columns from the header on the given row.
func (r *CSVReader) readHeader(row int) Errors {
	var errs Errors
	bad := func(col int, field string, code Code, args map[string]string) {
		errs = append(errs, &Error{File: r.file, Row: row, Column: col, Field: field, Code: code, Args: args})
	}
	for i, h := range r.header {
		switch {
		case !utf8.ValidString(h):
			bad(i+1, "", CodeNotUTF8, nil)
		case strings.ContainsAny(h, "\r\n"):
			bad(i+1, "", CodeCSVSyntax, map[string]string{"reason": reasonHeaderLineBreak})
		}
	}
	if errs != nil {
		return errs
	}
	r.kind = fileKindByName(r.file)
	if r.kind == FileUnknown {
		r.kind = DetectFileKind(r.header)
	}
	if r.kind == FileUnknown {
		bad(0, "", CodeUnknownFile, nil)
		return errs
	}
	cols := r.kind.columns()
	seen := make(map[string]bool, len(r.header))
	for i, h := range r.header {
		name := headerName(h)
		c := csvColumn{field: slices.Index(cols, name), path: name}
		if c.field < 0 {
			c.extra = readText(h)
			name = c.extra
			c.path = extraPath(c.extra)
		}
		if name != "" && seen[name] {
			field := name
			if c.field < 0 {
				field = showableHeader(name)
			}
			bad(i+1, field, CodeDuplicateColumn, nil)
		}
		seen[name] = true
		if c.field < 0 && c.extra != "" {
			r.extra = append(r.extra, c.extra)
		}
		r.cols = append(r.cols, c)
	}
	for _, name := range requiredColumns[r.kind] {
		if !seen[name] {
			bad(0, "", CodeMissingColumn, map[string]string{"column": name})
		}
	}
	return errs
}

// Kind returns the kind of file the header names.
func (r *CSVReader) Kind() FileKind { return r.kind }

// Header returns the header as it is in the file.
func (r *CSVReader) Header() []string { return slices.Clone(r.header) }

// Extra returns the names of the columns the specification does not name,
// in file order; records keep their cells as extra fields.
func (r *CSVReader) Extra() []string { return slices.Clone(r.extra) }

// Next returns the next record, or io.EOF after the last. Cells that
// cannot be read, and lines that are not valid CSV, are Problems of the
// row, not errors: Next returns an error only when the file cannot be
// read, and reading goes on after a bad row.
//
// A line ends with LF, CR LF or a lone CR (as Excel's "CSV (Macintosh)"
// writes), and a run of CRs, with or without an LF after it, is one line
// end; inside a quoted cell the text is kept as it is, but for CR LF,
// which is read as LF.
//
// A record that is not valid CSV is one row with a csv_syntax problem,
// whose "reason" argument says why: unclosed_quote (a quoted cell is
// never closed), quote_in_quoted (a lone " inside a quoted cell),
// bare_quote (a " in a cell that does not start with one) or too_long (a
// row of more than 1 MiB, which is passed over to its end). A quoted cell
// may run over several lines; when a row whose cell runs on goes wrong on
// a later line (the cell is never properly closed, or a quotation mark
// after it is out of place), the row is taken to be its first line, with
// a cell that is never closed, and each line after it is read again as a
// row of its own, so that a missing quotation mark loses no rows. The
// problem's Column is the cell at fault, or 0 when that is past the
// header's columns, and its Field is the column's name when it is a
// column of the file or has the shape of a column name (a header that is
// a row of data must not show a date of birth as a field).
//
// When the file cannot be read, the error wraps an [*Error] (find it with
// errors.As) with code read_error, the File, and the Row reading stopped
// in: the row of a record read only in part, or the row after the last
// one read. No record is made of a part-read row.
func (r *CSVReader) Next() (Row, error) {
	for {
		cells, line, fault, err := r.src.read()
		switch {
		case err == io.EOF:
			return Row{}, io.EOF
		case err != nil:
			return Row{}, &csvReadError{problem: &Error{File: r.file, Row: line, Code: CodeRead,
				Args: map[string]string{"detail": err.Error()}, Cause: err}, cut: r.src.cut}
		case fault.reason != "":
			col := fault.column
			if col > len(r.cols) {
				col = 0
			}
			row, _ := newRecordRow(r.kind, line)
			row.Problems = Errors{{File: r.file, Row: line, Column: col, Field: r.problemField(col - 1),
				Code: CodeCSVSyntax, Args: map[string]string{"reason": fault.reason}}}
			return row, nil
		case isBlank(cells):
			continue
		}
		return r.parse(cells, line), nil
	}
}

// csvReadError is the error of [CSVReader.Next] for a file that cannot be
// read: the read_error problem, with the row reading stopped in.
type csvReadError struct {
	problem *Error
	cut     bool // part of the row had been read
}

func (e *csvReadError) Error() string {
	where := "before row"
	if e.cut {
		where = "part-way through row"
	}
	return fmt.Sprintf("cwre: reading %s: %v (reading stopped %s %d)", e.problem.File, e.problem.Cause, where, e.problem.Row)
}

// Unwrap returns the read_error problem, which unwraps to the cause.
func (e *csvReadError) Unwrap() error { return e.problem }

func isBlank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// newRecordRow returns a row holding a new zero record of kind, and the
// record's fields.
func newRecordRow(kind FileKind, line int) (Row, recordFields) {
	row := Row{Line: line}
	switch kind {
	case LearnersFile:
		row.Learner = new(Learner)
		return row, learnerCells(row.Learner)
	case ActivitiesFile:
		row.Activity = new(Activity)
		return row, activityCells(row.Activity)
	default:
		row.Participation = new(Participation)
		return row, participationCells(row.Participation)
	}
}

// columnName returns the name of the column at index i: the
// specification's name, or the extra column's name as in the header.
func (r *CSVReader) columnName(i int) string {
	if i < 0 || i >= len(r.cols) {
		return ""
	}
	if c := r.cols[i]; c.field >= 0 {
		return r.kind.columns()[c.field]
	}
	return r.cols[i].extra
}

// problemField returns the name of the column at index i for the Field of
// a problem: the specification's name, or the extra column's name when it
// has the shape of a column name (see showableHeader); otherwise "".
func (r *CSVReader) problemField(i int) string {
	if i < 0 || i >= len(r.cols) {
		return ""
	}
	if c := r.cols[i]; c.field >= 0 {
		return r.kind.columns()[c.field]
	}
	return showableHeader(r.cols[i].extra)
}

// parse reads the cells of one row.
func (r *CSVReader) parse(cells []string, line int) Row {
	row, f := newRecordRow(r.kind, line)
	r.cur = &row
	defer func() { r.cur = nil }()
	if len(cells) != len(r.cols) {
		r.problem(0, "", CodeRowLength, map[string]string{"got": strconv.Itoa(len(cells)), "want": strconv.Itoa(len(r.cols))})
	}
	if r.bad == nil {
		r.bad = make([]badValue, len(r.cols))
		for i := range r.cols {
			r.bad[i] = func(index int, code Code, args map[string]string) {
				path := r.cols[i].path
				if index >= 0 {
					path += "[" + strconv.Itoa(index) + "]"
				}
				r.problem(i+1, path, code, args)
			}
		}
	}
	for i, s := range cells[:min(len(cells), len(r.cols))] {
		c := r.cols[i]
		if !utf8.ValidString(s) {
			r.problem(i+1, c.path, CodeNotUTF8, nil)
			s = strings.ToValidUTF8(s, "\ufffd")
		}
		switch {
		case c.field >= 0:
			f.values[c.field].setCell(s, r.bad[i])
		case c.extra != "":
			if v := readText(s); v != "" {
				if *f.extra == nil {
					*f.extra = make(map[string]string)
				}
				(*f.extra)[c.extra] = v
			}
		case strings.TrimSpace(s) != "":
			r.problem(i+1, c.path, CodeExtraKey, nil)
		}
	}
	return row
}

// problem records a problem of the row being parsed.
func (r *CSVReader) problem(col int, path string, code Code, args map[string]string) {
	r.cur.Problems = append(r.cur.Problems, &Error{File: r.file, Row: r.cur.Line, Column: col, Path: path,
		Field: fieldName(path), Code: code, Args: args})
}

// CSVWriter writes the records of one CSV file of the records
// specification. The header (the kind's Columns, then the extra columns)
// is written before the first row, or by Flush when there are no rows.
//
// Cells are written in the canonical form readers read back unchanged:
// booleans true/false, ISO 8601 dates, hours as plain decimals, lists
// joined with ";", codes as their interchange codes (year groups as "Y10",
// types and objectives as digits), and empty cells for an empty end date,
// setting, delivery mode, participation hours or code. Free text that
// looks like a formula (it starts, after any apostrophes, with = + - @ tab
// or CR) gets an apostrophe before it, so that a spreadsheet shows it as
// text and never runs it.
type CSVWriter struct {
	w      *csv.Writer
	kind   FileKind
	extra  []string
	header bool
	cells  []string
	err    error
}

// NewCSVWriter returns a writer of records of kind with the given extra
// columns. An extra column name must read back as itself (not empty, no
// surrounding space, not a column of the file, not given twice);
// otherwise every write fails.
func NewCSVWriter(w io.Writer, kind FileKind, extra []string) *CSVWriter {
	cw := &CSVWriter{w: csv.NewWriter(w), kind: kind, extra: slices.Clone(extra)}
	cw.err = checkExtraColumns(kind, extra)
	cw.cells = make([]string, len(kind.columns())+len(extra))
	return cw
}

func checkExtraColumns(kind FileKind, extra []string) error {
	if kind.columns() == nil {
		return fmt.Errorf("cwre: cannot write a CSV file of unknown kind %d", kind)
	}
	for i, name := range extra {
		switch {
		case name == "" || readText(neutralise(name)) != name:
			return fmt.Errorf("cwre: extra column name %q would not read back as itself", name)
		case slices.Contains(kind.columns(), headerName(name)):
			return fmt.Errorf("cwre: extra column %q would be read as the %s column of %s", name, headerName(name), kind)
		case slices.Contains(extra[:i], name):
			return fmt.Errorf("cwre: extra column %q is given twice", name)
		}
	}
	return nil
}

// WriteLearner writes a learner. It fails if the writer is not for
// learners.csv, or if the learner has a value that no reader could read
// back: an invalid code, hours that are not a finite number, or an extra
// field with no column.
func (w *CSVWriter) WriteLearner(l *Learner) error { return w.write(LearnersFile, learnerCells(l)) }

// WriteActivity writes an activity. It fails as [CSVWriter.WriteLearner]
// does, and for a list item that contains ";".
func (w *CSVWriter) WriteActivity(a *Activity) error {
	return w.write(ActivitiesFile, activityCells(a))
}

// WriteParticipation writes a participation. It fails as
// [CSVWriter.WriteLearner] does.
func (w *CSVWriter) WriteParticipation(p *Participation) error {
	return w.write(ParticipationsFile, participationCells(p))
}

func (w *CSVWriter) write(kind FileKind, f recordFields) error {
	if w.err != nil {
		return w.err
	}
	if kind != w.kind {
		return fmt.Errorf("cwre: a writer of %s cannot write a record of %s", w.kind, kind)
	}
	cols := kind.columns()
	for i, v := range f.values {
		s, err := v.cell()
		if err != nil {
			return fmt.Errorf("cwre: %s: %w", cols[i], err)
		}
		w.cells[i] = s
	}
	for k := range *f.extra {
		if !slices.Contains(w.extra, k) {
			return fmt.Errorf("cwre: extra field %q has no column", k)
		}
	}
	for i, name := range w.extra {
		w.cells[len(cols)+i] = neutralise((*f.extra)[name])
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	if err := w.w.Write(w.cells); err != nil {
		return fmt.Errorf("cwre: %w", err)
	}
	return nil
}

func (w *CSVWriter) writeHeader() error {
	if w.header {
		return nil
	}
	w.header = true
	h := w.kind.Columns()
	for _, name := range w.extra {
		h = append(h, neutralise(name))
	}
	if err := w.w.Write(h); err != nil {
		return fmt.Errorf("cwre: %w", err)
	}
	return nil
}

// Flush writes the header if no row has been written, and any buffered
// data to the underlying writer.
func (w *CSVWriter) Flush() error {
	if w.err != nil {
		return w.err
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	w.w.Flush()
	if err := w.w.Error(); err != nil {
		return fmt.Errorf("cwre: %w", err)
	}
	return nil
}

// WriteCSVDir writes d as learners.csv, activities.csv and
// participations.csv in dir, creating dir if needed. The files are
// written whole or not at all: each is first written to a temporary file
// in dir, and only when all three are complete do they replace the files
// of those names, so a failure never leaves an existing file emptied or
// half written. New files can be read by their owner only (mode 0600), as
// they hold children's data. The extra columns of each file are the names
// of its records' extra fields, sorted.
func (d *Dataset) WriteCSVDir(dir string) (err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("cwre: %w", err)
	}
	var temps []string
	defer func() {
		for _, t := range temps {
			os.Remove(t) // already renamed on success
		}
	}()
	for _, w := range []struct {
		kind   FileKind
		n      int
		fields func(i int) recordFields
	}{
		{LearnersFile, len(d.Learners), func(i int) recordFields { return learnerCells(&d.Learners[i]) }},
		{ActivitiesFile, len(d.Activities), func(i int) recordFields { return activityCells(&d.Activities[i]) }},
		{ParticipationsFile, len(d.Participations), func(i int) recordFields { return participationCells(&d.Participations[i]) }},
	} {
		t, err := writeCSVFile(dir, w.kind, w.n, w.fields)
		if t != "" {
			temps = append(temps, t)
		}
		if err != nil {
			return err
		}
	}
	for i, kind := range []FileKind{LearnersFile, ActivitiesFile, ParticipationsFile} {
		if err := os.Rename(temps[i], filepath.Join(dir, kind.String())); err != nil {
			return fmt.Errorf("cwre: %w", err)
		}
	}
	return nil
}

// writeCSVFile writes the n records of one kind, given by fields, to a new
// temporary file in dir and returns its name.
func writeCSVFile(dir string, kind FileKind, n int, fields func(i int) recordFields) (temp string, err error) {
	keys := map[string]bool{}
	for i := range n {
		for k := range *fields(i).extra {
			keys[k] = true
		}
	}
	path := filepath.Join(dir, kind.String())
	f, err := os.CreateTemp(dir, "."+kind.String()+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("cwre: %w", err)
	}
	temp = f.Name()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("cwre: %w", cerr)
		}
	}()
	bw := bufio.NewWriter(f)
	w := NewCSVWriter(bw, kind, slices.Sorted(maps.Keys(keys)))
	for i := range n {
		if err := w.write(kind, fields(i)); err != nil {
			return temp, fmt.Errorf("%w (writing %s[%d] to %s)", err, kind.collection(), i, path)
		}
	}
	if err := w.Flush(); err != nil {
		return temp, fmt.Errorf("%w (writing %s)", err, path)
	}
	if err := bw.Flush(); err != nil {
		return temp, fmt.Errorf("cwre: writing %s: %w", path, err)
	}
	return temp, nil
}
