package cwre

import (
	"encoding/json"
	"strconv"
)

// MarshalJSON writes t as a JSON number, 1 to 4.
func (t Type) MarshalJSON() ([]byte, error) { return strconv.AppendInt(nil, int64(t), 10), nil }

// UnmarshalJSON reads t from a JSON number (or a string holding one).
func (t *Type) UnmarshalJSON(b []byte) error { return unmarshalNumber(t, ParseType, b) }

// MarshalJSON writes o as a JSON number, 1 to 6.
func (o Objective) MarshalJSON() ([]byte, error) { return strconv.AppendInt(nil, int64(o), 10), nil }

// UnmarshalJSON reads o from a JSON number (or a string holding one).
func (o *Objective) UnmarshalJSON(b []byte) error { return unmarshalNumber(o, ParseObjective, b) }

func unmarshalNumber[T ~uint8](dst *T, parse func(string) (T, error), b []byte) error {
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	v, err := parse(s)
	if err != nil {
		return err
	}
	*dst = v
	return nil
}
