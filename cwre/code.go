package cwre

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownCode is matched (with errors.Is) by every error that reports a
// code outside its vocabulary.
var ErrUnknownCode = errors.New("cwre: unknown code")

// UnknownCodeError reports a code that is not in a vocabulary of the
// taxonomy. Its zero value is not useful; parsers return it.
type UnknownCodeError struct {
	Vocabulary string // e.g. "activity kind", "year group"
	Code       string // the text that was read
}

// Error names the vocabulary and, when it is close to a code of the
// vocabulary, the text that was read and the code it may be a slip for.
// Other text is left out, since a misplaced column can put a date of
// birth, a name or a reflection where a code belongs.
func (e *UnknownCodeError) Error() string {
	args := unknownCodeArgs(e.Vocabulary, e.Code)
	switch {
	case args["suggest"] != "":
		return fmt.Sprintf("cwre: unknown %s %q (did you mean %q?)", e.Vocabulary, args["value"], args["suggest"])
	case args["value"] != "":
		return fmt.Sprintf("cwre: unknown %s %q", e.Vocabulary, args["value"])
	}
	return fmt.Sprintf("cwre: unknown %s (value not shown)", e.Vocabulary)
}

// spellings maps each vocabulary's name to the spellings its parser
// accepts (codes and aliases, folded by normCode) and the code each stands
// for; unknownCodeArgs uses it to suggest the code meant.
var spellings = map[string]map[string]string{}

// unknownCodeArgs returns the arguments of an unknown_code problem for the
// text s: the vocabulary; the text itself only when it has the shape of a
// code and is close to one (at most two edits from a code or alias), or is
// a short number for a numbered vocabulary, or a year-group-like code; and,
// when one code is that close, the code as "suggest".
func unknownCodeArgs(vocabulary, s string) map[string]string {
	args := map[string]string{"vocabulary": vocabulary}
	v, ok := ShowableCode(s)
	if !ok {
		return args
	}
	if vocabulary == "year group" && yearGroupLike(v) {
		args["value"] = v // Y14 is plainly a year group, but which one is meant is not
		return args
	}
	best, dist := "", 3
	for spelling, code := range spellings[vocabulary] {
		d := editDistance(normCode(v), spelling, 3)
		if d < dist || d == dist && d < 3 && code < best {
			best, dist = code, d
		}
	}
	digits := strings.Trim(v, "0123456789") == ""
	switch {
	case dist <= 2:
		args["value"], args["suggest"] = v, best
	case digits && (vocabulary == "type" || vocabulary == "objective"):
		args["value"] = v
	}
	return args
}

// yearGroupLike reports whether s looks like a year group that does not
// exist, such as Y14 or N3: a letter N, R or Y and one or two digits.
func yearGroupLike(s string) bool {
	if len(s) < 2 || len(s) > 3 || !strings.ContainsRune("NnRrYy", rune(s[0])) {
		return false
	}
	return strings.Trim(s[1:], "0123456789") == ""
}

// editDistance returns the Levenshtein distance between a and b, or limit
// when it is at least limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}

// ShowableCode returns s, trimmed, and true when it has the shape of a
// code (at most 24 letters, digits, hyphens and underscores, with at least
// one letter, or a number of at most three digits) and so may be repeated
// in an error message. Anything else,
// such as a date or a sentence in the wrong column, could be personal data
// and is not repeated.
func ShowableCode(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 24 {
		return "", false
	}
	letter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9' || c == '-' || c == '_':
		default:
			return "", false
		}
	}
	return s, letter || len(s) <= 3
}

// Is reports whether target is [ErrUnknownCode].
func (e *UnknownCodeError) Is(target error) bool { return target == ErrUnknownCode }

// normCode folds a code the way every reader does: surrounding space is
// dropped, letters are lower-cased and runs of spaces or underscores become
// single hyphens.
func normCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if !strings.ContainsAny(s, " _") {
		return s
	}
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r == ' ' || r == '_' || r == '-' {
			if !dash {
				b.WriteByte('-')
			}
			dash = true
			continue
		}
		dash = false
		b.WriteRune(r)
	}
	return b.String()
}

// vocab is the parsing side of one closed vocabulary whose values are small
// integers indexing a table; index 0 is always the invalid zero value.
type vocab[T ~uint8] struct {
	what    string
	byCode  map[string]T
	aliases map[string]T
}

func newVocab[T ~uint8](what string, codes func(T) string, n int, aliases map[string]T) *vocab[T] {
	v := &vocab[T]{what: what, byCode: make(map[string]T, n), aliases: aliases}
	known := make(map[string]string, n+len(aliases))
	for i := 1; i <= n; i++ {
		v.byCode[normCode(codes(T(i)))] = T(i)
		known[normCode(codes(T(i)))] = codes(T(i))
	}
	for a, t := range aliases {
		known[a] = codes(t)
	}
	spellings[what] = known
	return v
}

func (v *vocab[T]) parse(s string) (T, error) {
	c := normCode(s)
	if t, ok := v.byCode[c]; ok {
		return t, nil
	}
	if t, ok := v.aliases[c]; ok {
		return t, nil
	}
	return 0, &UnknownCodeError{Vocabulary: v.what, Code: s}
}

// aliasesOf turns a table of alias → code into alias → value; it panics on
// a code that is not in the table, so a typo fails every test at start-up.
func aliasesOf[T ~uint8](codes func(T) string, n int, m map[string]string) map[string]T {
	byCode := make(map[string]T, n)
	for i := 1; i <= n; i++ {
		byCode[normCode(codes(T(i)))] = T(i)
	}
	out := make(map[string]T, len(m))
	for alias, code := range m {
		t, ok := byCode[code]
		if !ok {
			panic("cwre: alias " + alias + " names unknown code " + code)
		}
		out[alias] = t
	}
	return out
}
