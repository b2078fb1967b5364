package cwre

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteJSON writes d in the JSON form of the records specification: one
// object with "format_version" (always [FormatVersion]), "learners",
// "activities" and "participations", indented by two spaces and ending
// with a newline. Lists are never null, fields are in the order of the
// CSV columns, empty optional fields are left out as the records' json
// tags say, and extra fields come last, sorted by name; the same dataset
// always gives the same bytes. A zero code is written as "" (not recorded).
//
// WriteJSON fails for a value that no reader could read back (an invalid
// non-zero code, or hours that are not a finite number); part of the
// document may have been written by then.
func (d *Dataset) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	e := newJSONEncoder()
	e.string(FormatVersion)
	bw.WriteString("{\n  \"format_version\": ")
	bw.Write(e.buf.Bytes())
	var indented bytes.Buffer
	list := func(kind FileKind, n int, cells func(i int) recordFields) error {
		name := kind.collection()
		bw.WriteString(",\n  \"" + name + "\": [")
		for i := range n {
			e.buf.Reset()
			if err := e.record(kind, cells(i)); err != nil {
				return fmt.Errorf("cwre: %s[%d].%w", name, i, err)
			}
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n    ")
			indented.Reset()
			_ = json.Indent(&indented, e.buf.Bytes(), "    ", "  ") // e.buf is valid JSON
			bw.Write(indented.Bytes())
		}
		if n > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteByte(']')
		return nil
	}
	if err := list(LearnersFile, len(d.Learners), func(i int) recordFields { return learnerCells(&d.Learners[i]) }); err != nil {
		return err
	}
	if err := list(ActivitiesFile, len(d.Activities), func(i int) recordFields { return activityCells(&d.Activities[i]) }); err != nil {
		return err
	}
	if err := list(ParticipationsFile, len(d.Participations), func(i int) recordFields { return participationCells(&d.Participations[i]) }); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cwre: %w", err)
	}
	return nil
}

// ReadJSON reads a dataset in the JSON form; file names it in problems.
// It returns an error only when r cannot be read.
//
// The reader is tolerant: each field of each record is read on its own,
// so a bad value is one problem, with a path such as
// "learners[3].date_of_birth", and the rest of the record and every other
// record are kept. Problems have the codes json_type (args: want),
// unknown_code, invalid_date, invalid_number, unknown_field (a key that is
// not a field: extra data belongs under "extra"), duplicate_key,
// not_utf8, format_version and required (no format_version). A document
// that is not valid JSON is one json_syntax problem, with the line and
// column in its detail, and nothing is read; an element of a list that is
// not an object is one json_type problem and is left out.
//
// Values are read as the CSV reader reads cells: codes case-insensitively
// with their aliases (types and objectives as numbers, read by value so
// that 2.0 is 2, or as digit strings), dates in ISO 8601 or the UK forms,
// free text trimmed with CR LF made LF, empty list items and empty extra
// values dropped. null is the same as a missing field. A leading byte
// WriteJSONFile writes d in the JSON form to the file at path, whole or
// not at all: it writes a temporary file beside it and renames it into
// place only once it is complete, so a failure never leaves a half-written
// dataset or an emptied file behind. A new file can be read by its owner
// only (mode 0600), as it holds children's data.
func (d *Dataset) WriteJSONFile(path string) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cwre: %w", err)
	}
	defer func() {
		if err != nil {
			os.Remove(f.Name())
		}
	}()
	bw := bufio.NewWriter(f)
	if err := d.WriteJSON(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("cwre: writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cwre: writing %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("cwre: %w", err)
	}
	return nil
}

// order mark is ignored.
func ReadJSON(r io.Reader, file string) (*Dataset, Errors, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("cwre: reading %s: %w", file, err)
	}
	doc := decodeDataset(data, file)
	return &doc.ds, doc.errs, nil
}

// jsonDoc is a JSON dataset as read, with where its records were.
type jsonDoc struct {
	ds   Dataset
	errs Errors
	// index holds, for each kind of record, the position in the
	// document's list of each record kept.
	index [ParticipationsFile + 1][]int
	file  string
}

func decodeDataset(data []byte, file string) *jsonDoc {
	d := &jsonDoc{file: file}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var top json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		detail := err.Error()
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := lineCol(data, se.Offset)
			detail = "line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ": " + detail
		}
		d.problem("", CodeJSONSyntax, map[string]string{"detail": detail})
		return d
	}
	if jsonType(top) != "object" {
		d.problem("", CodeJSONType, map[string]string{"want": "object"})
		return d
	}
	version := false
	d.members(top, func(key string) string { return key }, func(key string, val []byte) {
		switch key {
		case "format_version":
			version = true
			if isNull(val) {
				d.problem(key, CodeRequired, nil)
			} else if s, ok := jsonString(val, -1, d.bad(key)); ok {
				d.ds.FormatVersion = s
				if s != FormatVersion {
					d.problem(key, CodeFormatVersion, map[string]string{"want": FormatVersion})
				}
			}
		case "learners":
			d.records(LearnersFile, val)
		case "activities":
			d.records(ActivitiesFile, val)
		case "participations":
			d.records(ParticipationsFile, val)
		default:
			d.problem(key, CodeUnknownField, nil)
		}
	})
	if !version {
		d.problem("format_version", CodeRequired, nil)
	}
	return d
}

// lineCol returns the line and column (in characters, both from 1) of the
// byte before offset, where a json.SyntaxError was found.
func lineCol(data []byte, offset int64) (line, col int) {
	at := int(min(max(offset-1, 0), int64(len(data))))
	before := data[:at]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return line, col
}

func (d *jsonDoc) problem(path string, code Code, args map[string]string) {
	field := ""
	if strings.Contains(path, ".") || !strings.Contains(path, "[") {
		field = fieldName(path) // not for a whole record, "learners[3]"
	}
	d.errs = append(d.errs, &Error{File: d.file, Path: path, Field: field, Code: code, Args: args})
}

// bad returns how problems with the value at path are recorded.
func (d *jsonDoc) bad(path string) badValue {
	return func(index int, code Code, args map[string]string) {
		p := path
		if index >= 0 {
			p += "[" + strconv.Itoa(index) + "]"
		}
		d.problem(p, code, args)
	}
}

// members calls fn for each member of a JSON object, in order. A key
// given twice is reported at keyPath(key), and only its first value is
// read.
func (d *jsonDoc) members(obj []byte, keyPath func(key string) string, fn func(key string, val []byte)) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if _, err := dec.Token(); err != nil { // {
		return
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		var val json.RawMessage
		if err == nil {
			err = dec.Decode(&val)
		}
		key, ok := tok.(string)
		if err != nil || !ok {
			return // cannot happen: obj is valid JSON
		}
		if seen[key] {
			d.problem(keyPath(key), CodeDuplicateKey, nil)
			continue
		}
		seen[key] = true
		fn(key, val)
	}
}

// records reads the list of records of one kind.
func (d *jsonDoc) records(kind FileKind, raw []byte) {
	name := kind.collection()
	if isNull(raw) {
		return
	}
	jsonArray(raw, d.bad(name), func(i int, elem []byte) {
		path := name + "[" + strconv.Itoa(i) + "]"
		if jsonType(elem) != "object" {
			d.problem(path, CodeJSONType, map[string]string{"want": "object"})
			return
		}
		d.index[kind] = append(d.index[kind], i)
		switch kind {
		case LearnersFile:
			var l Learner
			d.record(kind, path, learnerCells(&l), elem)
			d.ds.Learners = append(d.ds.Learners, l)
		case ActivitiesFile:
			var a Activity
			d.record(kind, path, activityCells(&a), elem)
			d.ds.Activities = append(d.ds.Activities, a)
		default:
			var p Participation
			d.record(kind, path, participationCells(&p), elem)
			d.ds.Participations = append(d.ds.Participations, p)
		}
	})
}

// record reads one record field by field.
func (d *jsonDoc) record(kind FileKind, path string, f recordFields, obj []byte) {
	cols := kind.columns()
	field := func(key string) string { return path + fieldStep(key) }
	d.members(obj, field, func(key string, val []byte) {
		p := field(key)
		if key == "extra" {
			d.extra(p, f.extra, val)
			return
		}
		i := slices.Index(cols, key)
		if i < 0 {
			d.problem(p, CodeUnknownField, nil)
			return
		}
		f.values[i].setJSON(val, d.bad(p))
	})
}

// extra reads a record's extra fields: an object of strings. Empty values
// are no extra field, as in CSV.
func (d *jsonDoc) extra(path string, dst *map[string]string, raw []byte) {
	if isNull(raw) {
		return
	}
	if jsonType(raw) != "object" {
		d.problem(path, CodeJSONType, map[string]string{"want": "object"})
		return
	}
	m := map[string]string{}
	item := func(key string) string { return path + keyStep(key) }
	d.members(raw, item, func(key string, val []byte) {
		if isNull(val) {
			return
		}
		p := item(key)
		if s, ok := jsonString(val, -1, d.bad(p)); ok {
			if s = normaliseText(s); s != "" {
				m[key] = s
			}
		}
	})
	if len(m) > 0 {
		*dst = m
	}
}
