package sample

import (
	"time"

	"github.com/cwre-cymru/cwre/cwre"
)

// The six half-terms of a school year, as bits of a mask.
const (
	autumn1 uint8 = 1 << iota // September to the October half-term
	autumn2                   // November to Christmas
	spring1                   // January to the February half-term
	spring2                   // February half-term to Easter
	summer1                   // Easter to the May half-term
	summer2                   // June and July
	anyHalf = autumn1 | autumn2 | spring1 | spring2 | summer1 | summer2
)

// day is a school day.
type day struct {
	d  cwre.Date
	wd time.Weekday
}

// calendar holds the school days of one academic year in Wales, half-term
// by half-term. The term dates follow the pattern Welsh local authorities
// use: the autumn term from the first Monday of September to the last
// weekday on or before 22 December; the spring term from the first Monday
// on or after 3 January to the Friday before Holy Week; two weeks' Easter
// holiday; the summer term to the last weekday on or before 19 July. The
// half-terms are the week of the last Monday in October, the week of the
// first Monday on or after 12 February and the week of the spring bank
// holiday (the last Monday in May); the early May bank holiday is a
// holiday too.
type calendar struct {
	year   int
	halves [6][]day
	all    []day  // every school day of the year
	offset [6]int // index in all of each half-term's first day
}

func newCalendar(ay int) *calendar {
	c := &calendar{year: ay}
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
	onOrAfter := func(t time.Time, wd time.Weekday) time.Time {
		return t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
	}
	lastMonday := func(y int, m time.Month) time.Time {
		t := date(y, m+1, 1).AddDate(0, 0, -1)
		return t.AddDate(0, 0, -((int(t.Weekday()) - int(time.Monday) + 7) % 7))
	}
	lastWeekday := func(t time.Time) time.Time {
		for t.Weekday() == time.Saturday || t.Weekday() == time.Sunday {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	next := ay + 1
	easter := easterSunday(next)
	autumnStart := onOrAfter(date(ay, time.September, 1), time.Monday)
	octHalf := lastMonday(ay, time.October)
	autumnEnd := lastWeekday(date(ay, time.December, 22))
	springStart := onOrAfter(date(next, time.January, 3), time.Monday)
	febHalf := onOrAfter(date(next, time.February, 12), time.Monday)
	easterStart := easter.AddDate(0, 0, -6)
	summerStart := easter.AddDate(0, 0, 8)
	mayDay := onOrAfter(date(next, time.May, 1), time.Monday)
	mayHalf := lastMonday(next, time.May)
	summerEnd := lastWeekday(date(next, time.July, 19))

	type window struct{ from, to time.Time } // to is exclusive
	windows := [6]window{
		{autumnStart, octHalf},
		{octHalf.AddDate(0, 0, 7), autumnEnd.AddDate(0, 0, 1)},
		{springStart, febHalf},
		{febHalf.AddDate(0, 0, 7), easterStart},
		{summerStart, mayHalf},
		{mayHalf.AddDate(0, 0, 7), summerEnd.AddDate(0, 0, 1)},
	}
	for i, w := range windows {
		days := make([]day, 0, 45)
		for t := w.from; t.Before(w.to); t = t.AddDate(0, 0, 1) {
			wd := t.Weekday()
			if wd == time.Saturday || wd == time.Sunday || t.Equal(mayDay) {
				continue
			}
			days = append(days, day{cwre.DateOf(t), wd})
		}
		c.halves[i] = days
		c.offset[i] = len(c.all)
		c.all = append(c.all, days...)
	}
	return c
}

// easterSunday returns Easter Sunday of year y in the Gregorian calendar
// (the anonymous Gregorian algorithm).
func easterSunday(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), dd, 12, 0, 0, 0, time.UTC)
}
