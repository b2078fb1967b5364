package cwre

import (
	"encoding/json"
	"strconv"
	"strings"
)

// MarshalJSON writes t as a JSON number, 1 to 4.
func (t Type) MarshalJSON() ([]byte, error) { return strconv.AppendInt(nil, int64(t), 10), nil }

// UnmarshalJSON reads t from a JSON number (or a string holding one). A
// number is read by its value, as JSON Schema reads it: 2.0 and 2e0 are
// type 2, and 2.5 is no type.
func (t *Type) UnmarshalJSON(b []byte) error { return unmarshalNumber(t, ParseType, b) }

// MarshalJSON writes o as a JSON number, 1 to 6.
func (o Objective) MarshalJSON() ([]byte, error) { return strconv.AppendInt(nil, int64(o), 10), nil }

// UnmarshalJSON reads o from a JSON number (or a string holding one). A
// number is read by its value, as for [Type.UnmarshalJSON].
func (o *Objective) UnmarshalJSON(b []byte) error { return unmarshalNumber(o, ParseObjective, b) }

func unmarshalNumber[T ~uint8](dst *T, parse func(string) (T, error), b []byte) error {
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	} else {
		s = wholeNumber(s)
	}
	v, err := parse(s)
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// wholeNumber returns a JSON number written without fraction or exponent
// ("2" for "2.0", "2e0" or "20E-1") when its value is a whole number of at
// most nine digits, and s as it is otherwise. JSON Schema compares numbers
// by value, so a schema's integer 2 is also written 2.0.
func wholeNumber(s string) string {
	if n, ok := integerValue(s); ok {
		return strconv.FormatInt(n, 10)
	}
	return s
}

// integerValue returns the value of the JSON number s when it is a whole
// number of at most nine digits. It works on the digits, so no rounding
// makes 2.0000000000000001 a whole number, and no exponent however large
// costs more than its length.
func integerValue(s string) (int64, bool) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i+1:]
		if exp = strings.TrimPrefix(exp, "+"); exp == "" {
			return 0, false
		}
	}
	whole, frac, _ := strings.Cut(mant, ".")
	expNeg := strings.HasPrefix(exp, "-")
	exp = strings.TrimLeft(strings.TrimPrefix(exp, "-"), "0")
	if whole == "" || !allDigits(whole) || !allDigits(frac) || !allDigits(exp) {
		return 0, false
	}
	digits := strings.TrimLeft(whole+frac, "0")
	if digits == "" {
		return 0, true
	}
	if len(exp) > 4 {
		return 0, false // a value of at least 10^9999, or one below 1
	}
	e, _ := strconv.Atoi(exp)
	if expNeg {
		e = -e
	}
	e -= len(frac)
	for strings.HasSuffix(digits, "0") {
		digits = digits[:len(digits)-1]
		e++
	}
	if e < 0 || len(digits)+e > 9 {
		return 0, false
	}
	n, _ := strconv.ParseInt(digits+strings.Repeat("0", e), 10, 64)
	if neg {
		n = -n
	}
	return n, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
