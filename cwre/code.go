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

// Error names the vocabulary and, when it has the shape of a code, the
// text that was read. Text of any other shape is left out, since a
// misplaced column can put a date of birth or a reflection where a code
// belongs.
func (e *UnknownCodeError) Error() string {
	if v, ok := ShowableCode(e.Code); ok {
		return fmt.Sprintf("cwre: unknown %s %q", e.Vocabulary, v)
	}
	return fmt.Sprintf("cwre: unknown %s (value not shown)", e.Vocabulary)
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
	for i := 1; i <= n; i++ {
		v.byCode[normCode(codes(T(i)))] = T(i)
	}
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
