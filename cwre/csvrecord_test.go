package cwre_test

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// participationLines reads a participations file and describes each row
// as "ROW LEARNER REFLECTION [PROBLEMS]", with the reflection quoted.
func participationLines(t *testing.T, text string) []string {
	t.Helper()
	_, rows := readRows(t, text, "participations.csv")
	var got []string
	for _, r := range rows {
		require.NotNil(t, r.Participation)
		got = append(got, fmt.Sprintf("%d %s %q %v", r.Line, r.Participation.LearnerID, r.Participation.Reflection, describe(r.Problems)))
	}
	return got
}

// TestCSVLineEnds reads files whose lines end with a lone CR (Excel's
// "CSV (Macintosh)"), with CR CR LF (CR LF written through a file that
// turns LF into CR LF), and with a mix: outside quoted cells a lone CR ends
// a line, a run of CRs with or without an LF after it is one line end,
// and each line end counts as LF does.
func TestCSVLineEnds(t *testing.T) {
	const header = "learner_id,activity_id,attended,reflection"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"lone CR", header + "\rP1,A1,true,ok\rP2,A1,false,\r",
			[]string{`2 P1 "ok" []`, `3 P2 "" []`}},
		{"lone CR, no line end at the end", header + "\rP1,A1,true,ok\rP2,A1,false,fine",
			[]string{`2 P1 "ok" []`, `3 P2 "fine" []`}},
		{"CR CR LF with a quoted last cell", header + "\r\r\nP1,A1,true,\"ok\"\r\r\nP2,A1,true,\"fine, really\"\r\r\n",
			[]string{`2 P1 "ok" []`, `3 P2 "fine, really" []`}},
		{"a run of CRs is one line end", header + "\r\r\rP1,A1,true,ok\r\r\r\r\nP2,A1,true,ok\n",
			[]string{`2 P1 "ok" []`, `3 P2 "ok" []`}},
		{"blank lines count like LF", header + "\r\n\rP1,A1,true,ok\n\nP2,A1,true,ok\r\r\n\r\nP3,A1,true,ok\r",
			[]string{`3 P1 "ok" []`, `5 P2 "ok" []`, `7 P3 "ok" []`}},
		{"CR inside a quoted cell is text", header + "\rP1,A1,true,\"one\rtwo\"\rP2,A1,true,ok\r",
			[]string{`2 P1 "one\rtwo" []`, `3 P2 "ok" []`}},
		{"CR LF inside a quoted cell is LF", header + "\r\nP1,A1,true,\"one\r\ntwo\"\r\nP2,A1,true,ok\r\n",
			[]string{`2 P1 "one\ntwo" []`, `3 P2 "ok" []`}},
		{"CR ends an unquoted cell", header + "\nP1,A1,true,one\rtwo,A1,true,ok\n",
			[]string{`2 P1 "one" []`, `3 two "ok" []`}},
		{"unclosed quote with lone CRs loses no row", header + "\rP1,A1,true,\"oops\rP2,A1,true,ok\rP3,A1,true,ok\r",
			[]string{`2  "" [2:4  csv_syntax reason=unclosed_quote]`, `3 P2 "ok" []`, `4 P3 "ok" []`}},
		{"unclosed quote with CR CR LF loses no row", header + "\r\r\nP1,A1,true,\"oops\r\r\nP2,A1,true,ok\r\r\nP3,A1,true,ok\r\r\n",
			[]string{`2  "" [2:4  csv_syntax reason=unclosed_quote]`, `3 P2 "ok" []`, `4 P3 "ok" []`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, participationLines(t, tt.text))
		})
	}

	t.Run("the Loader reads every row of a Macintosh file", func(t *testing.T) {
		l := cwre.NewLoader()
		require.NoError(t, l.ReadCSV(strings.NewReader(header+"\rP1,A1,true,ok\r"), "participations.csv"))
		assert.Empty(t, l.Problems())
		require.Len(t, l.Dataset().Participations, 1)
		assert.Equal(t, cwre.Participation{LearnerID: "P1", ActivityID: "A1", Attended: true, Reflection: "ok"}, l.Dataset().Participations[0])
	})
}

// TestCSVHeaderLineBreak checks that a header cell with a line break in it
// is an error with its own reason.
func TestCSVHeaderLineBreak(t *testing.T) {
	for name, text := range map[string]string{
		"LF":       "learner_id,\"activity\nid\",attended\nL1,a1,yes\n",
		"CR":       "learner_id,\"activity\rid\",attended\rL1,a1,yes\r",
		"CR LF":    "learner_id,\"activity\r\nid\",attended\r\nL1,a1,yes\r\n",
		"last one": "learner_id,activity_id,attended,\"note\n\"\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := cwre.NewCSVReader(strings.NewReader(text), "participations.csv")
			var errs cwre.Errors
			require.ErrorAs(t, err, &errs)
			require.Len(t, errs, 1)
			assert.Equal(t, cwre.CodeCSVSyntax, errs[0].Code)
			assert.Equal(t, "header_line_break", errs[0].Args["reason"])
			assert.Equal(t, 1, errs[0].Row)
			assert.Positive(t, errs[0].Column)
			assert.Empty(t, errs[0].Field)
			assert.Contains(t, errs[0].Error(), "a column name in the header cannot contain a line break")
			assert.Contains(t, errs[0].Text(cwre.Welsh), "ni chaiff enw colofn yn y pennawd gynnwys toriad llinell")
		})
	}
}

// TestCSVHeaderField checks that a problem names a header cell in Field
// only when it is a column of the file or has the shape of a column name,
// so that a header that is really a row of data never shows personal data
// as a field.
func TestCSVHeaderField(t *testing.T) {
	tests := []struct {
		name  string
		extra string // the name of an extra column, given twice
		want  string // the Field of duplicate_column
	}{
		{"a column name", "Tutor group", "Tutor group"},
		{"a column name with a number", "Year 10 note", "Year 10 note"},
		{"Welsh", "Grŵp tiwtor", "Grŵp tiwtor"},
		{"ISO date", "2009-10-10", ""},
		{"UK date", "10/10/2008", ""},
		{"Table Five date", "24.03.23", ""},
		{"date in words", "5 May 2009", ""},
		{"UPN", "A123456789012", ""},
		{"number", "1.5", ""},
		{"digits", "12", ""},
		{"too long", strings.Repeat("a", 65), ""},
		{"longest", strings.Repeat("a", 64), strings.Repeat("a", 64)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			header := "learner_id,activity_id,attended," + tt.extra + "," + tt.extra + "\n"
			_, err := cwre.NewCSVReader(strings.NewReader(header), "participations.csv")
			var errs cwre.Errors
			require.ErrorAs(t, err, &errs)
			require.Len(t, errs, 1)
			assert.Equal(t, cwre.CodeDuplicateColumn, errs[0].Code)
			assert.Equal(t, 5, errs[0].Column)
			assert.Equal(t, tt.want, errs[0].Field)
		})
	}

	t.Run("a column of the file", func(t *testing.T) {
		_, err := cwre.NewCSVReader(strings.NewReader("learner_id,activity_id,attended,Attended\n"), "participations.csv")
		var errs cwre.Errors
		require.ErrorAs(t, err, &errs)
		require.Len(t, errs, 1)
		assert.Equal(t, "attended", errs[0].Field)
	})

	t.Run("a learners file saved without its header", func(t *testing.T) {
		_, err := cwre.NewCSVReader(strings.NewReader("A123456789012,6612345,Y10,2008-10-10,2008-10-10\n"), "learners.csv")
		var errs cwre.Errors
		require.ErrorAs(t, err, &errs)
		for _, e := range errs {
			assert.NotContains(t, e.Field, "2008", e.Error())
			assert.NotContains(t, e.Error(), "2008-10-10")
		}
		assert.True(t, errs.Has(cwre.CodeDuplicateColumn))
	})

	t.Run("a bad row in an extra column", func(t *testing.T) {
		for extra, want := range map[string]string{"Tutor group": "Tutor group", "2009-10-10": ""} {
			_, rows := readRows(t, "learner_id,activity_id,attended,"+extra+"\nL1,a1,yes,\"x\"y\n", "participations.csv")
			require.Len(t, rows, 1)
			require.Len(t, rows[0].Problems, 1)
			assert.Equal(t, 4, rows[0].Problems[0].Column)
			assert.Equal(t, want, rows[0].Problems[0].Field, extra)
		}
	})
}

// TestCSVRecoverAfterFirstLine checks that a row whose quoted cell runs
// over line ends and then goes wrong, for whatever reason, ends with its
// first line, and that the lines after it are read again as rows.
func TestCSVRecoverAfterFirstLine(t *testing.T) {
	const header = "learner_id,activity_id,attended,reflection\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a bare quote two lines on", header +
			"L1,A1,true,\"oops\n" +
			"L2,A1,true,fine\n" +
			"L3,A1,true,\",then\"\n" +
			"L4,A1,true,fine\n",
			[]string{`2  "" [2:4  csv_syntax reason=unclosed_quote]`, `3 L2 "fine" []`, `4 L3 ",then" []`, `5 L4 "fine" []`}},
		{"the same with lone CRs", strings.ReplaceAll(header+
			"L1,A1,true,\"oops\n"+
			"L2,A1,true,fine\n"+
			"L3,A1,true,\",then\"\n"+
			"L4,A1,true,fine\n", "\n", "\r"),
			[]string{`2  "" [2:4  csv_syntax reason=unclosed_quote]`, `3 L2 "fine" []`, `4 L3 ",then" []`, `5 L4 "fine" []`}},
		{"a quote in a quoted cell a line on", header +
			"L1,A1,true,\"oops\n" +
			"L2,A1,true,\"fine\"x\n" +
			"L3,A1,true,fine\n",
			[]string{`2  "" [2:4  csv_syntax reason=unclosed_quote]`, `3  "" [3:4  csv_syntax reason=quote_in_quoted]`, `4 L3 "fine" []`}},
		{"a multi-line cell closed with a stray character", header +
			"L1,A1,true,\"one\n" +
			"two\"x\n" +
			"L2,A1,true,fine\n",
			[]string{`2  "" [2:4  csv_syntax reason=unclosed_quote]`, `3  "" [3:1  csv_syntax reason=bare_quote]`, `4 L2 "fine" []`}},
		{"the fault past the header's columns", header +
			"L1,A1,true,ok,x\"y\n" +
			"L2,A1,true,\"fine\n" +
			"still fine\"\n",
			[]string{`2  "" [2:0  csv_syntax reason=bare_quote]`, `3 L2 "fine\nstill fine" []`}},
		{"a cell left open past the header's columns", header +
			"L1,A1,true,ok,\"x\n" +
			"L2,A1,true,fine\n",
			[]string{`2  "" [2:0  csv_syntax reason=unclosed_quote]`, `3 L2 "fine" []`}},
		{"a good multi-line cell is one row", header +
			"L1,A1,true,\"one\n\ntwo, \"\"three\"\"\"\n" +
			"L2,A1,true,fine\n",
			[]string{`2 L1 "one\n\ntwo, \"three\"" []`, `3 L2 "fine" []`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := participationLines(t, tt.text)
			assert.Equal(t, tt.want, got)
			_, rows := readRows(t, tt.text, "participations.csv")
			for _, r := range rows {
				for _, e := range r.Problems {
					assert.LessOrEqual(t, e.Column, 4, "a problem's column is within the header")
				}
			}
		})
	}
}

// failAfter is a reader of text that then fails with err.
type failAfter struct {
	text string
	err  error
}

func (f *failAfter) Read(p []byte) (int, error) {
	if f.text == "" {
		return 0, f.err
	}
	n := copy(p, f.text)
	f.text = f.text[n:]
	return n, nil
}

// TestCSVReadErrorRow checks that an error reading the file part-way
// gives the row reading stopped in, and says when that row was cut off.
func TestCSVReadErrorRow(t *testing.T) {
	fire := errors.New("disk on fire")
	const header = "learner_id,activity_id,attended,reflection\n"
	tests := []struct {
		name, text string
		records    int
		row        int
		where      string
	}{
		{"between rows", header + "L1,A1,true,ok\n", 1, 3, "before row 3"},
		{"part-way through a line", header + "L1,A1,true,ok\nL2,A1,tr", 1, 3, "part-way through row 3"},
		{"part-way through a multi-line cell", header + "L1,A1,true,ok\n\nL2,A1,true,\"one\ntwo", 1, 4, "part-way through row 4"},
		{"after a line end of CRs", header + "L1,A1,true,ok\r", 1, 3, "before row 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := cwre.NewCSVReader(&failAfter{tt.text, fire}, "participations.csv")
			require.NoError(t, err)
			for range tt.records {
				row, err := r.Next()
				require.NoError(t, err)
				require.Empty(t, row.Problems)
			}
			for range 2 { // the same error every time
				_, err = r.Next()
				require.Error(t, err)
				assert.ErrorIs(t, err, fire)
				assert.NotErrorIs(t, err, io.EOF)
				var e *cwre.Error
				require.ErrorAs(t, err, &e)
				assert.Equal(t, cwre.CodeRead, e.Code)
				assert.Equal(t, "participations.csv", e.File)
				assert.Equal(t, tt.row, e.Row)
				assert.Equal(t, "disk on fire", e.Args["detail"])
				assert.EqualError(t, err, "cwre: reading participations.csv: disk on fire (reading stopped "+tt.where+")")
			}
		})
	}

	t.Run("in the header", func(t *testing.T) {
		_, err := cwre.NewCSVReader(&failAfter{"\n\nlearner_id,acti", fire}, "participations.csv")
		var errs cwre.Errors
		require.ErrorAs(t, err, &errs)
		assert.Equal(t, []string{"3:0  read_error detail=disk on fire"}, describe(errs))
		assert.ErrorIs(t, err, fire)
	})
}

// TestCSVLongQuotedCell reads a properly closed quoted cell of more than
// 1 MiB: its row is too long, and reading goes on after the cell, with no
// line of it read as a row.
func TestCSVLongQuotedCell(t *testing.T) {
	long := strings.Repeat(strings.Repeat("y", 1000)+"\n", 1100)
	const header = "learner_id,activity_id,attended,reflection,outcomes\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"last cell", header + "L1,A1,true,\"" + long + "\",\nL2,A1,true,ok,\n",
			[]string{`2  "" [2:0  csv_syntax reason=too_long]`, `3 L2 "ok" []`}},
		{"cells after it", header + "L1,A1,true,\"" + long + "\",reflection\nL2,A1,true,ok,\n",
			[]string{`2  "" [2:0  csv_syntax reason=too_long]`, `3 L2 "ok" []`}},
		{"quotes inside it", header + "L1,A1,true,\"\"\"" + long + "\"\"\n" + long + "\",\nL2,A1,true,ok,\n",
			[]string{`2  "" [2:0  csv_syntax reason=too_long]`, `3 L2 "ok" []`}},
		{"lone CRs", strings.ReplaceAll(header+"L1,A1,true,\""+long+"\",\nL2,A1,true,ok,\n", "\n", "\r"),
			[]string{`2  "" [2:0  csv_syntax reason=too_long]`, `3 L2 "ok" []`}},
		{"a bad quote after it", header + "L1,A1,true,\"" + long + "\"x,\nL2,A1,true,ok,\n",
			[]string{`2  "" [2:0  csv_syntax reason=too_long]`, `3 L2 "ok" []`}},
		{"one long line", header + "L1,A1,true,\"" + strings.Repeat("y", 1<<20) + "\",\nL2,A1,true,ok,\n",
			[]string{`2  "" [2:0  csv_syntax reason=too_long]`, `3 L2 "ok" []`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, participationLines(t, tt.text))
		})
	}

	t.Run("just short enough", func(t *testing.T) {
		const frame = "L1,A1,true,\"\",\n" // a row of 1 MiB with its line end
		cell := long[:1<<20-len(frame)]
		_, rows := readRows(t, header+"L1,A1,true,\""+cell+"\",\nL2,A1,true,ok,\n", "participations.csv")
		require.Len(t, rows, 2)
		assert.Empty(t, rows[0].Problems)
		assert.Equal(t, strings.TrimSpace(cell), rows[0].Participation.Reflection)
		assert.Equal(t, 3, rows[1].Line)
	})
}

// repeatReader reads head, then body n times, then tail, without holding
// more than one copy of each.
type repeatReader struct {
	head, body, tail string
	n                int
	at               int // read of the current part
}

func (r *repeatReader) Read(p []byte) (int, error) {
	for {
		part := &r.head
		switch {
		case r.head != "":
		case r.n > 0:
			part = &r.body
		case r.tail != "":
			part = &r.tail
		default:
			return 0, io.EOF
		}
		k := copy(p, (*part)[r.at:])
		r.at += k
		if r.at == len(*part) {
			r.at = 0
			switch part {
			case &r.head:
				r.head = ""
			case &r.body:
				r.n--
			default:
				r.tail = ""
			}
		}
		if k > 0 {
			return k, nil
		}
	}
}

// TestCSVLongQuotedCellMemory reads a properly closed quoted cell of 32
// MiB: the reader holds little more than 1 MiB of it, and reads the row
// after it.
func TestCSVLongQuotedCellMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r, err := cwre.NewCSVReader(&repeatReader{
		head: "learner_id,activity_id,attended,reflection\nL1,A1,true,\"",
		body: strings.Repeat("y", 99) + "\n", n: 32 << 20 / 100,
		tail: "\"\nL2,A1,true,ok\n",
	}, "participations.csv")
	require.NoError(t, err)
	row, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, 2, row.Line)
	assert.Equal(t, []string{"2:0  csv_syntax reason=too_long"}, describe(row.Problems))
	row, err = r.Next()
	require.NoError(t, err)
	assert.Equal(t, 3, row.Line)
	assert.Equal(t, "L2", row.Participation.LearnerID)
	assert.Empty(t, row.Problems)
	_, err = r.Next()
	assert.ErrorIs(t, err, io.EOF)
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(4<<20), "bytes allocated")
}

// junkLines are lines that are not valid CSV, alone or with the lines
// after them; each is inserted into a file of good rows.
var junkLines = [][]string{
	{`J1,A1,true,say "hi"`},
	{`J1,A1,"true"x,ok`},
	{`J1,A1,true,"oops`},
	{`J1,"A1,true,ok`},
	{`"`},
	{`J1,A1,true,ok"`},
	{`J1,A1,true,""x`},
	{`J1,A1,true,ok,"more`},
	{`J1,A1,true,"line one`, `line two"x`},
	{`J1,A1,true,"a`, `b",x"y`},
	{`J1,A1,true,"a`, `b`, `c"d`},
}

// goodRow writes a random good row of a participations file with a
// learner id from i; nl is the line end used inside quoted cells.
func goodRow(rng *rand.Rand, i int, nl string) string {
	var reflection string
	switch rng.IntN(6) {
	case 0:
		reflection = ""
	case 1:
		reflection = "fine"
	case 2:
		reflection = `"good, and useful"`
	case 3:
		reflection = `"she said ""hello"" to us"`
	case 4:
		reflection = `"line one` + nl + `line two` + nl + `line three"`
	default:
		reflection = `"it was` + nl + nl + `""great"", said one"`
	}
	return fmt.Sprintf("L%03d,A1,%v,%s", i, rng.IntN(2) == 0, reflection)
}

// rowRecord describes a row for comparing the rows of two files.
func rowRecord(r cwre.Row) string {
	return fmt.Sprintf("%+v %v", *r.Participation, describe(r.Problems))
}

// TestCSVJunkLineDifferential reads random files of good rows, some with
// cells over several lines, with and without a junk line inserted: every
// good row is read from both, the same, at the same row (after the junk,
// moved on by the junk's lines), and every line of the junk is a row, so
// that rows in = records + rows with problems and nothing is lost.
func TestCSVJunkLineDifferential(t *testing.T) {
	ends := []struct{ name, eol, inner string }{
		{"LF", "\n", "\n"},
		{"CRLF", "\r\n", "\r\n"},
		{"CR", "\r", "\r"},
		{"CR CR LF", "\r\r\n", "\r\r\n"},
		{"CRLF rows, LF in cells", "\r\n", "\n"},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 400 {
		e := ends[i%len(ends)]
		junk := junkLines[i%len(junkLines)]
		n := 1 + rng.IntN(12)
		good := make([]string, n)
		for j := range good {
			good[j] = goodRow(rng, j, e.inner)
		}
		at := rng.IntN(n + 1) // the junk goes before good[at]
		header := "learner_id,activity_id,attended,reflection"
		clean := header + e.eol + strings.Join(good, e.eol) + e.eol
		lines := append(append(append([]string{header}, good[:at]...), junk...), good[at:]...)
		dirty := strings.Join(lines, e.eol)
		if rng.IntN(2) == 0 {
			dirty += e.eol
		}
		name := fmt.Sprintf("%d %s junk %d at %d", i, e.name, i%len(junkLines), at)
		t.Run(name, func(t *testing.T) {
			_, want := readRows(t, clean, "participations.csv")
			require.Len(t, want, n)
			for j, r := range want {
				require.Empty(t, r.Problems, "good row %d: %q", j, good[j])
				require.Equal(t, j+2, r.Line)
			}
			_, got := readRows(t, dirty, "participations.csv")
			require.Len(t, got, n+len(junk), "rows in = records + rows with problems\n%q", dirty)
			for j, r := range want {
				k, line := j, r.Line
				if j >= at {
					k, line = j+len(junk), r.Line+len(junk)
				}
				assert.Equal(t, line, got[k].Line, "good row %d", j)
				assert.Equal(t, rowRecord(r), rowRecord(got[k]), "good row %d", j)
			}
			first := got[at]
			assert.Equal(t, at+2, first.Line)
			require.NotEmpty(t, first.Problems, "the junk's first line is reported")
			assert.Equal(t, cwre.CodeCSVSyntax, first.Problems[0].Code)
			for _, r := range got {
				for _, p := range r.Problems {
					assert.LessOrEqual(t, p.Column, 4)
				}
			}
		})
	}
}
