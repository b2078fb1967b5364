package cwre

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date with no time of day or zone, as the records use
// for dates of birth and activity dates. The zero Date means "no date" and
// is written as an empty string.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d; it does not normalise out-of-range
// values (see [Date.IsValid]).
func NewDate(y int, m time.Month, d int) Date { return Date{y, m, d} }

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d names a real day between the years 1900 and
// 2999.
func (d Date) IsValid() bool {
	if d.Year < 1900 || d.Year > 2999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return DateOf(d.time()) == d
}

func (d Date) time() time.Time { return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC) }

// Time returns midday UTC on d, a time that names d in every UK zone.
func (d Date) Time() time.Time { return d.time() }

// String returns d in ISO 8601 form, YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.AppendText(nil))
}

// AppendText appends the ISO 8601 form of d to b.
func (d Date) AppendText(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

func appendPadded(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	}
	return cmpInt(d.Day, e.Day)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the date n days after d (before, for negative n).
func (d Date) AddDays(n int) Date { return DateOf(d.time().AddDate(0, 0, n)) }

// DaysUntil returns the number of days from d to e (negative when e is
// before d).
func (d Date) DaysUntil(e Date) int {
	return int(e.time().Sub(d.time()).Round(time.Hour).Hours() / 24)
}

// AgeOn returns the age in whole years, on day on, of someone born on d. A
// person born on 29 February is a year older on 1 March in years that have
// no 29 February, as UK law counts it.
func (d Date) AgeOn(on Date) int {
	age := on.Year - d.Year
	if on.Month < d.Month || (on.Month == d.Month && on.Day < d.Day) {
		age--
	}
	return age
}

// AcademicYear returns the calendar year in which the academic year holding
// d began: the academic year runs from 1 September to 31 August.
func (d Date) AcademicYear() int {
	if d.Month >= time.September {
		return d.Year
	}
	return d.Year - 1
}

// AcademicYearStart returns 1 September of academic year y.
func AcademicYearStart(y int) Date { return Date{y, time.September, 1} }

// AcademicYearEnd returns 31 August at the end of academic year y.
func AcademicYearEnd(y int) Date { return Date{y + 1, time.August, 31} }

// YearGroupIn returns the year group, in academic year y, of a learner born
// on d: the one that matches their age on 31 August before the year starts.
// It reports false when the learner is too young or too old for any year
// group.
func (d Date) YearGroupIn(y int) (YearGroup, bool) {
	return YearGroupForAge(d.AgeOn(Date{y, time.August, 31}))
}

// Errors of ParseDate. They never repeat the text that was read, which may
// be a date of birth.
var (
	errNotDate    = errors.New("cwre: not a date of the form YYYY-MM-DD, DD/MM/YYYY or DD.MM.YY")
	errNotRealDay = errors.New("cwre: not a real day between 1900 and 2999")
)

// ParseDate reads a date in ISO 8601 form (YYYY-MM-DD) or, as Welsh schools
// write them, DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY or DD.MM.YY (Table Five
// writes 24.03.23; a two-digit year, only after full stops, is in
// 2000–2099). Day and month have one or two digits in the UK forms.
// Surrounding space is ignored; an empty string is an error.
func ParseDate(s string) (Date, error) {
	t := strings.TrimSpace(s)
	if len(t) == 10 && t[4] == '-' && t[7] == '-' {
		y, m, d, ok := digitsOf(t[0:4], t[5:7], t[8:10])
		return realDay(ok, y, m, d)
	}
	for _, sep := range []string{"/", ".", "-"} {
		parts := strings.Split(t, sep)
		if len(parts) != 3 {
			continue
		}
		d, m, y, ok := digitsOf(parts[0], parts[1], parts[2])
		switch {
		case !ok || len(parts[0]) > 2 || len(parts[1]) > 2:
			return Date{}, errNotDate
		case len(parts[2]) == 2 && sep == ".":
			y += 2000
		case len(parts[2]) != 4:
			return Date{}, errNotDate
		}
		return realDay(true, y, m, d)
	}
	return Date{}, errNotDate
}

// digitsOf reads three runs of ASCII digits.
func digitsOf(a, b, c string) (x, y, z int, ok bool) {
	var n [3]int
	for i, p := range [3]string{a, b, c} {
		if p == "" || len(p) > 4 || strings.TrimLeft(p, "0123456789") != "" {
			return 0, 0, 0, false
		}
		n[i], _ = strconv.Atoi(p)
	}
	return n[0], n[1], n[2], true
}

func realDay(ok bool, y, m, d int) (Date, error) {
	if !ok {
		return Date{}, errNotDate
	}
	day := Date{y, time.Month(m), d}
	if !day.IsValid() {
		return Date{}, errNotRealDay
	}
	return day, nil
}

// MustParseDate is like [ParseDate] but panics on error; it is meant for
// tests and package-level variables with fixed dates.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// MarshalText implements encoding.TextMarshaler: ISO 8601, or empty for
// the zero Date.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDate]; empty
// text gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(strings.TrimSpace(string(b))) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
