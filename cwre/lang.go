package cwre

import (
	"fmt"
	"strings"
)

// Lang is a language that every label, message and report in cwre is
// written in. The zero Lang is English; Welsh is always available beside it.
type Lang uint8

const (
	English Lang = iota // en
	Welsh               // cy
)

// String returns the BCP 47 code of l: "en" or "cy".
func (l Lang) String() string {
	if l == Welsh {
		return "cy"
	}
	return "en"
}

// ParseLang reads a language code such as "cy", "CY", "cy-GB", "en" or
// "en-GB". It reports an error for any other language.
func ParseLang(s string) (Lang, error) {
	base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(s)), "-")
	base, _, _ = strings.Cut(base, "_")
	switch base {
	case "en", "eng", "english", "saesneg":
		return English, nil
	case "cy", "cym", "wel", "welsh", "cymraeg":
		return Welsh, nil
	}
	return English, fmt.Errorf("cwre: unsupported language %q (want cy or en)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (l Lang) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Lang) UnmarshalText(b []byte) error {
	v, err := ParseLang(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Mark says how sure the Welsh of a [Text] is, following the marks of the
// project's English–Welsh glossary. Only [Attested] Welsh may ship without a
// translator's review; the others are listed in WELSH-REVIEW.md.
type Mark uint8

const (
	// Proposed Welsh (?) is the project's proposal, awaiting a translator.
	// It is the zero Mark, so Welsh nobody has vouched for is never taken
	// as attested.
	Proposed Mark = iota
	// Indirect Welsh (~) was seen only in a non-official or indirect source.
	Indirect
	// Attested Welsh (✓) was seen in an official Welsh source.
	Attested
)

// String returns the glossary's symbol for m: "✓", "~" or "?".
func (m Mark) String() string {
	switch m {
	case Indirect:
		return "~"
	case Proposed:
		return "?"
	}
	return "✓"
}

// Text is one piece of user-facing text in English and Welsh. The zero
// Text is empty in both languages.
type Text struct {
	En   string `json:"en"`
	Cy   string `json:"cy"`
	Mark Mark   `json:"-"` // how sure the Welsh is
}

// In returns the text in language l.
func (t Text) In(l Lang) string {
	if l == Welsh {
		return t.Cy
	}
	return t.En
}

func txt(en, cy string, m Mark) Text { return Text{En: en, Cy: cy, Mark: m} }
