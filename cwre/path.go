package cwre

import (
	"strconv"
	"strings"
)

// Paths name a value in the JSON form of the records, the way Go code
// would: "learners[3].date_of_birth", "activities[0].activity[1]",
// "learners[0].extra[tutor group]". A key in brackets is written as it is
// unless it is empty, starts with a double quote or contains "]"; then it
// is a quoted Go string: extra["a]b"]. A field name that is not a plain
// name (letters, digits and underscores) is written in brackets too, after
// the record: learners[0]["x.y"].

// pathSeg is one step of a path: a field name, or what stood in brackets
// (an index or a key).
type pathSeg struct {
	text    string
	bracket bool // written in brackets
	quoted  bool // written as a quoted string
	start   int  // offset in the path where the step begins
}

// parsePath splits a path into its steps. It is lenient: text it cannot
// split is kept as a name.
func parsePath(path string) []pathSeg {
	var segs []pathSeg
	for i := 0; i < len(path); {
		switch path[i] {
		case '.':
			i++
		case '[':
			start := i
			if i+1 < len(path) && path[i+1] == '"' {
				if q, err := strconv.QuotedPrefix(path[i+1:]); err == nil {
					if text, err := strconv.Unquote(q); err == nil && i+1+len(q) < len(path) && path[i+1+len(q)] == ']' {
						segs = append(segs, pathSeg{text: text, bracket: true, quoted: true, start: start})
						i += len(q) + 2
						continue
					}
				}
			}
			end := strings.IndexByte(path[i:], ']')
			if end < 0 {
				segs = append(segs, pathSeg{text: path[i+1:], bracket: true, start: start})
				return segs
			}
			segs = append(segs, pathSeg{text: path[i+1 : i+end], bracket: true, start: start})
			i += end + 1
		default:
			end := strings.IndexAny(path[i:], ".[")
			if end < 0 {
				end = len(path) - i
			}
			segs = append(segs, pathSeg{text: path[i : i+end], start: i})
			i += end
		}
	}
	return segs
}

// keyStep returns the bracketed step for a map key: "[room]", or
// `["a]b"]` for a key that would not read back unquoted.
func keyStep(key string) string {
	if key == "" || key[0] == '"' || strings.ContainsRune(key, ']') {
		return "[" + strconv.Quote(key) + "]"
	}
	return "[" + key + "]"
}

// extraPath returns the path, within a record, of its extra field key.
func extraPath(key string) string { return "extra" + keyStep(key) }

// fieldStep returns the step that appends field to a path: ".name" for a
// plain name, `["x.y"]` otherwise.
func fieldStep(field string) string {
	for i := 0; i < len(field); i++ {
		c := field[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return "[" + strconv.Quote(field) + "]"
		}
	}
	if field == "" {
		return `[""]`
	}
	return "." + field
}

// fieldName returns the name of the field a path ends in: "date_of_birth"
// for "learners[3].date_of_birth", "activity" for "activities[0].activity[2]",
// "extra" for "learners[0].extra[room]", and the key of a quoted field step
// such as learners[0]["x.y"].
func fieldName(path string) string {
	name := ""
	prevIndex := false
	for _, seg := range parsePath(path) {
		switch {
		case !seg.bracket:
			name = seg.text
		case seg.quoted && prevIndex:
			name = seg.text
		}
		_, err := strconv.Atoi(seg.text)
		prevIndex = seg.bracket && !seg.quoted && err == nil
	}
	return name
}

// parentPath returns the path of the value that holds the one at path,
// within a record: "activities[2].activity" for
// "activities[2].activity[1]", "learners[0].extra" for
// "learners[0].extra[room]"; "" for a field of the record itself.
func parentPath(path string) string {
	segs := parsePath(path)
	if len(segs) < 4 {
		return ""
	}
	return path[:segs[len(segs)-1].start]
}
