package cwre

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Loader reads several files, CSV or JSON, into one [Dataset] and
// remembers where each record came from, so that every problem, in
// reading or in [Dataset.Validate], can be shown at its file, row and
// column. A school typically loads learners.csv, activities.csv and
// participations.csv, in any order; files of the same kind (e.g. from
// two schools) add up.
//
// A record whose cells could not all be read is kept, with the unread
// fields zero; a line that is not valid CSV, and an element of a JSON
// list that is not an object, are reported and are not records. The zero
// Loader is ready to use.
type Loader struct {
	ds       Dataset
	origins  [ParticipationsFile + 1][]origin // by kind, one per record
	problems []readProblem
}

// source is one file the Loader read.
type source struct {
	name string
	// columns maps the columns of a CSV file to their 1-based position:
	// "date_of_birth", or "extra[room]" for an extra column. It is nil for
	// JSON.
	columns map[string]int
}

// origin is where one record came from: a CSV row, or the position in a
// JSON file's list.
type origin struct {
	src *source
	at  int
}

// readProblem is a problem found in reading, with the dataset path of the
// value it is about ("" when it is about no one value), which validation
// errors on the same value then leave to it.
type readProblem struct {
	err  *Error
	path string
}

// keptValue reports whether a reading problem of code c leaves a value
// read all the same (the first of a repeated JSON key, text with invalid
// UTF-8 replaced), which validation must then still check.
func keptValue(c Code) bool {
	return c == CodeDuplicateKey || c == CodeNotUTF8 || c == CodeUnknownField
}

// NewLoader returns an empty Loader.
func NewLoader() *Loader { return &Loader{} }

// ReadCSV reads one CSV file; its name or its header says which of the
// three files it is (see [NewCSVReader]). Problems are recorded; the error
// is only for a file that cannot be read, which is recorded as a
// read_error problem too.
func (l *Loader) ReadCSV(r io.Reader, file string) error {
	cr, err := NewCSVReader(r, file)
	if err != nil {
		var errs Errors
		if !errors.As(err, &errs) {
			return err
		}
		for _, e := range errs {
			l.problems = append(l.problems, readProblem{err: e})
		}
		if errs.Has(CodeRead) {
			return err
		}
		return nil
	}
	src := &source{name: file, columns: make(map[string]int, len(cr.cols))}
	for i := range cr.cols {
		key := cr.columnName(i)
		if cr.cols[i].field < 0 {
			key = extraPath(key)
		}
		src.columns[key] = i + 1
	}
	kind := cr.Kind()
	for {
		row, err := cr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			// The reader's error says which row reading stopped in.
			var re *Error
			if !errors.As(err, &re) || re.Code != CodeRead {
				re = &Error{File: file, Code: CodeRead, Args: map[string]string{"detail": err.Error()}, Cause: err}
			}
			e := *re
			l.problems = append(l.problems, readProblem{err: &e})
			return err
		}
		if row.Problems.Has(CodeCSVSyntax) {
			for _, e := range row.Problems {
				l.problems = append(l.problems, readProblem{err: e})
			}
			continue
		}
		prefix := kind.collection() + "[" + strconv.Itoa(len(l.origins[kind])) + "]"
		l.origins[kind] = append(l.origins[kind], origin{src, row.Line})
		switch kind {
		case LearnersFile:
			l.ds.Learners = append(l.ds.Learners, *row.Learner)
		case ActivitiesFile:
			l.ds.Activities = append(l.ds.Activities, *row.Activity)
		default:
			l.ds.Participations = append(l.ds.Participations, *row.Participation)
		}
		for _, e := range row.Problems {
			p := readProblem{err: e}
			if e.Path != "" {
				e.Path = prefix + "." + e.Path
				if !keptValue(e.Code) {
					p.path = e.Path
				}
			} else {
				e.Path = prefix
			}
			l.problems = append(l.problems, p)
		}
	}
}

// ReadJSON reads a dataset in the JSON form (see [ReadJSON]) and appends
// its records. Problems are recorded with File set and Path the path
// inside that file; the error is only for a file that cannot be read.
func (l *Loader) ReadJSON(r io.Reader, file string) error {
	data, err := io.ReadAll(r)
	if err != nil {
		err = fmt.Errorf("cwre: reading %s: %w", file, err)
		l.problems = append(l.problems, readProblem{err: &Error{File: file, Code: CodeRead, Args: map[string]string{"detail": err.Error()}, Cause: err}})
		return err
	}
	doc := decodeDataset(data, file)
	src := &source{name: file}
	var offset [ParticipationsFile + 1]int
	for k := LearnersFile; k <= ParticipationsFile; k++ {
		offset[k] = len(l.origins[k])
		for _, i := range doc.index[k] {
			l.origins[k] = append(l.origins[k], origin{src, i})
		}
	}
	l.ds.Learners = append(l.ds.Learners, doc.ds.Learners...)
	l.ds.Activities = append(l.ds.Activities, doc.ds.Activities...)
	l.ds.Participations = append(l.ds.Participations, doc.ds.Participations...)
	for _, e := range doc.errs {
		p := readProblem{err: e}
		if kind, i, rest, ok := splitRecordPath(e.Path); ok && rest != "" && !keptValue(e.Code) {
			if j, found := sort.Find(len(doc.index[kind]), func(j int) int { return i - doc.index[kind][j] }); found {
				p.path = kind.collection() + "[" + strconv.Itoa(offset[kind]+j) + "]" + rest
			}
		}
		l.problems = append(l.problems, p)
	}
	return nil
}

// ReadFile reads the file at path: JSON if its name ends in ".json" (in
// any case), CSV otherwise. Problems name the file as path gives it.
func (l *Loader) ReadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		err = fmt.Errorf("cwre: %w", err)
		l.problems = append(l.problems, readProblem{err: &Error{File: path, Code: CodeRead, Args: map[string]string{"detail": err.Error()}, Cause: err}})
		return err
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return l.ReadJSON(f, path)
	}
	return l.ReadCSV(f, path)
}

// Dataset returns the records read so far, with FormatVersion set. It is
// the Loader's own dataset: records appended to it later have no origin.
func (l *Loader) Dataset() *Dataset {
	l.ds.FormatVersion = FormatVersion
	return &l.ds
}

// Problems returns the problems found in reading so far, in the order
// found. A problem in a CSV file has File, Row and Column, and a Path
// rooted at the dataset ("learners[3].date_of_birth"; empty for a line
// that is not a record); a problem in a JSON file has File and the Path
// inside that file.
func (l *Loader) Problems() Errors {
	out := make(Errors, len(l.problems))
	for i, p := range l.problems {
		e := *p.err
		out[i] = &e
	}
	return out
}

// Check returns every problem with the records read: the reading
// problems and those of [Dataset.Validate], each located with [Loader.Locate],
// sorted with [Errors.Sort]. A validation error about a value whose reading
// already failed (the same path, a path under it, or the list holding a
// bad item) is left out, as the reading problem says what is wrong.
func (l *Loader) Check() Errors {
	out := l.Problems()
	reported := map[string]bool{} // paths with a reading problem
	holding := map[string]bool{}  // paths that hold one
	for _, p := range l.problems {
		if p.path == "" {
			continue
		}
		reported[p.path] = true
		for a := parentPath(p.path); a != ""; a = parentPath(a) {
			holding[a] = true
		}
	}
	for _, e := range l.Dataset().Validate() {
		if reported[e.Path] || holding[e.Path] {
			continue
		}
		under := false
		for a := parentPath(e.Path); a != "" && !under; a = parentPath(a) {
			under = reported[a]
		}
		if under {
			continue
		}
		l.Locate(e)
		out = append(out, e)
	}
	out.Sort()
	return out
}

// Locate fills in where an error with a Path rooted at the dataset comes
// from. For a record read from CSV it sets File, Row and Column (the
// position of the field's column in that file's header; for
// "extra[room]", of the room column). For a record read from JSON it sets
// File and makes Path the path inside that file. An Args["first"] naming
// an earlier record ("learners[0]") becomes "FILE:ROW" or "FILE: PATH".
// Locate leaves an error that already has a File, or whose record the
// Loader did not read, as it is.
func (l *Loader) Locate(e *Error) {
	if e.File != "" {
		return
	}
	kind, i, rest, ok := splitRecordPath(e.Path)
	if !ok || i >= len(l.origins[kind]) {
		return
	}
	o := l.origins[kind][i]
	e.File = o.src.name
	if o.src.columns == nil {
		e.Path = kind.collection() + "[" + strconv.Itoa(o.at) + "]" + rest
	} else {
		e.Row = o.at
		e.Column = o.src.columns[columnKey(rest)]
	}
	if first, ok := e.Args["first"]; ok {
		if where := l.where(first); where != "" {
			args := make(map[string]string, len(e.Args))
			for k, v := range e.Args {
				args[k] = v
			}
			args["first"] = where
			e.Args = args
		}
	}
}

// where returns "FILE:ROW" (CSV) or "FILE: PATH" (JSON) for the record at a
// dataset path such as "learners[0]", or "" if the Loader did not read it.
func (l *Loader) where(path string) string {
	kind, i, rest, ok := splitRecordPath(path)
	if !ok || i >= len(l.origins[kind]) {
		return ""
	}
	o := l.origins[kind][i]
	if o.src.columns == nil {
		return o.src.name + ": " + kind.collection() + "[" + strconv.Itoa(o.at) + "]" + rest
	}
	return o.src.name + ":" + strconv.Itoa(o.at)
}

// columnKey returns the key of source.columns for the rest of a path after
// its record: "date_of_birth" for ".date_of_birth" and ".activity[1]",
// "extra[room]" for ".extra[room]".
func columnKey(rest string) string {
	rest = strings.TrimPrefix(rest, ".")
	if strings.HasPrefix(rest, "extra[") {
		return rest
	}
	if i := strings.IndexAny(rest, ".["); i >= 0 {
		return rest[:i]
	}
	return rest
}

// splitRecordPath splits a dataset path such as "learners[3].date_of_birth"
// into the kind of record, its index and the rest (".date_of_birth").
func splitRecordPath(path string) (kind FileKind, index int, rest string, ok bool) {
	for k := LearnersFile; k <= ParticipationsFile; k++ {
		after, found := strings.CutPrefix(path, k.collection()+"[")
		if !found {
			continue
		}
		num, rest, found := strings.Cut(after, "]")
		i, err := strconv.Atoi(num)
		if !found || err != nil || i < 0 || (rest != "" && rest[0] != '.' && rest[0] != '[') {
			return 0, 0, "", false
		}
		return k, i, rest, true
	}
	return 0, 0, "", false
}
