package cwre

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds how the CSV reader splits a file into records. It
// follows RFC 4180 as encoding/csv reads it (a cell that starts with " is
// quoted, a " inside it is written "", and a quoted cell may run over
// line ends), with these rules for files as schools have them:
//
//   - Outside a quoted cell a line ends with LF, with CR LF, or with a lone
//     CR (Excel's "CSV (Macintosh)"), and a run of CRs, with or without an
//     LF after it, is one line end: "\r\r\n" (a program that wrote CR LF
//     through a file that turns LF into CR LF) ends one line. Inside a
//     quoted cell the text is kept, but for CR LF, which becomes LF as in
//     encoding/csv.
//   - A record that goes wrong after its first line end (its first
//     line leaves a quoted cell open, and that cell is never properly
//     closed, or a quotation mark later is out of place) is reported as
//     a quoted cell that is never closed, and ends with its first line:
//     the text after that line is read again as records of its own, so
//     one stray quotation mark never swallows the rows after it.
//   - The reader holds at most maxRecordBytes of a record. A longer
//     record is one row with a too_long problem, and the reader passes
//     over the rest of it, still following its quoted cells, to the next
//     record. When the record is long because a quoted cell opened on its
//     first line runs on over what reads as rows of the file, the cell is
//     taken to be never closed instead, and those rows are read.
//
// Re-reading costs little: a line read inside a quoted cell that goes on
// after it holds an even number of quotation marks, and such a line,
// read again from the start of a record, cannot leave a cell open (that
// takes an odd number). So a line is read again at most once, and only
// the line where a record went wrong can begin another record that runs
// on over line ends.

// maxRecordBytes is the most text the CSV reader holds for one record,
// with its line end; a longer record is a csv_syntax problem (too_long).
// So the reader's memory is bounded whatever the file.
const maxRecordBytes = 1 << 20

// readSize is how much the reader asks its io.Reader for at first.
const readSize = 64 << 10

// maxWindow is the most the reader buffers: a whole record and more.
const maxWindow = maxRecordBytes + readSize

// The reasons a csv_syntax problem gives as its "reason" argument; the
// message shows each in English or Welsh (see csvReasons).
const (
	reasonUnclosedQuote   = "unclosed_quote"    // a quoted cell is never closed
	reasonQuoteInQuoted   = "quote_in_quoted"   // a lone " inside a quoted cell
	reasonBareQuote       = "bare_quote"        // a " in a cell that does not start with one
	reasonTooLong         = "too_long"          // a record of more than maxRecordBytes
	reasonHeaderLineBreak = "header_line_break" // a header cell with a line break in it
)

// csvFault says why a record could not be split into cells: a reason for
// the csv_syntax problem and the 1-based column of the cell at fault (0
// when it is not known).
type csvFault struct {
	reason string
	column int
}

// scanState is where a recordScan is in a record.
type scanState uint8

const (
	atCell     scanState = iota // at the start of a cell
	inPlain                     // in a cell that does not start with "
	inQuoted                    // in a quoted cell
	afterQuote                  // in a quoted cell, just after a "
	inBadLine                   // after a fault: passing over the rest of the line
	scanDone                    // the record has ended
)

// cellSpan is where the text of one cell is: [start, end) of the record's
// raw text, or of recordScan.text for a cell whose text is not its raw
// text (one with "" in it, or CR LF).
type cellSpan struct {
	start, end int
	inText     bool
}

// recordScan reads one record. It is given the record's raw text as it
// arrives and goes on from where it stopped; when it is not keeping the
// cells, it can be given the text piece by piece, each piece following the
// last.
type recordScan struct {
	state scanState
	// keep: record where each cell's text is (off while passing over a
	// record too long to hold). recover: stop at a fault after the first
	// line end, for the record to end with its first line (off while
	// passing over a record, since its text is not held).
	keep, recover bool
	n             int // how much of the text has been read

	col    int  // 0-based index of the cell being read; once done, the number of cells
	cellAt int  // where the cell's text starts: in the raw text, or in text once copied
	copied bool // the cell's text is being built in text
	text   []byte
	cells  []cellSpan

	line0    int  // the length of the record's first line, with its first line-end byte; 0 while it has one line
	line0CR  bool // that byte is a CR: CRs and one LF after it belong to the same line end
	line0Col int  // 0-based index of the cell left open at the end of the first line

	fault     string // reason of the first fault, "" for none
	faultCol  int    // 0-based index of the cell at fault
	recovered bool   // stopped at a fault after the first line: the record is its first line
	endCR     bool   // the record ends with a CR: CRs and one LF after it belong to its line end
}

func (rs *recordScan) reset(keep, recover bool) {
	*rs = recordScan{keep: keep, recover: recover, text: rs.text[:0], cells: rs.cells[:0]}
}

// Byte classes: the bytes that end a run of text in each state.
var plainStops, quotedStops, lineStops [256]bool

func init() {
	for _, c := range []byte(",\"\r\n") {
		plainStops[c] = true
	}
	for _, c := range []byte("\"\r\n") {
		quotedStops[c] = true
	}
	lineStops['\r'], lineStops['\n'] = true, true
}

func indexStop(b []byte, stops *[256]bool) int {
	for i, c := range b {
		if stops[c] {
			return i
		}
	}
	return -1
}

// scan reads on in rec, the record's raw text (or, when not keeping cells,
// the next piece of it), from rs.n. atEOF says that rec is all the text
// there is. The scan stops when the record ends (rs.state == scanDone) or
// at the end of rec.
func (rs *recordScan) scan(rec []byte, atEOF bool) {
	i := rs.n
	for i < len(rec) && rs.state != scanDone {
		switch rs.state {
		case atCell:
			if rec[i] == '"' {
				i++
				rs.open(i)
				rs.state = inQuoted
			} else {
				rs.open(i)
				rs.state = inPlain
			}
		case inPlain:
			j := indexStop(rec[i:], &plainStops)
			if j < 0 {
				i = len(rec)
				break
			}
			i += j
			switch c := rec[i]; c {
			case ',':
				rs.close(i)
				rs.state = atCell
			case '"':
				rs.fail(reasonBareQuote)
			default:
				rs.close(i)
				rs.end(c)
			}
			i++
		case inQuoted:
			j := indexStop(rec[i:], &quotedStops)
			if j < 0 {
				rs.add(rec[i:])
				i = len(rec)
				break
			}
			rs.add(rec[i : i+j])
			i += j
			switch c := rec[i]; c {
			case '"':
				rs.state = afterQuote
			case '\n':
				rs.lineEnd(i, false)
				if rs.keep && i > 0 && rec[i-1] == '\r' {
					// CR LF in a quoted cell is LF, as in encoding/csv.
					if rs.copied {
						rs.text = rs.text[:len(rs.text)-1]
					} else {
						rs.copyFrom(rec, i-1)
					}
				}
				rs.add(rec[i : i+1])
			default: // '\r'
				rs.lineEnd(i, true)
				rs.add(rec[i : i+1])
			}
			i++
		case afterQuote:
			switch c := rec[i]; c {
			case '"': // "" stands for one "
				rs.copyFrom(rec, i-1)
				rs.add(rec[i : i+1])
				rs.state = inQuoted
				i++
			case ',':
				rs.close(i - 1)
				rs.state = atCell
				i++
			case '\r', '\n':
				rs.close(i - 1)
				rs.end(c)
				i++
			default:
				rs.fail(reasonQuoteInQuoted)
			}
		case inBadLine:
			j := indexStop(rec[i:], &lineStops)
			if j < 0 {
				i = len(rec)
				break
			}
			i += j
			rs.end(rec[i])
			i++
		}
	}
	rs.n = i
	if atEOF && i == len(rec) && rs.state != scanDone {
		rs.finish(i)
	}
}

// open starts a cell whose text starts at i in the raw text.
func (rs *recordScan) open(i int) { rs.cellAt, rs.copied = i, false }

// copyFrom starts building the cell's text in text, with its raw text up
// to i, unless that is already done.
func (rs *recordScan) copyFrom(rec []byte, i int) {
	if rs.keep && !rs.copied {
		at := len(rs.text)
		rs.text = append(rs.text, rec[rs.cellAt:i]...)
		rs.cellAt, rs.copied = at, true
	}
}

// add adds raw text to a cell whose text is being built in text.
func (rs *recordScan) add(b []byte) {
	if rs.copied {
		rs.text = append(rs.text, b...)
	}
}

// close ends the cell, whose raw text ends at i.
func (rs *recordScan) close(i int) {
	if rs.keep {
		if rs.copied {
			rs.cells = append(rs.cells, cellSpan{rs.cellAt, len(rs.text), true})
		} else {
			rs.cells = append(rs.cells, cellSpan{rs.cellAt, i, false})
		}
	}
	rs.col++
}

// end ends the record at its line-end byte c.
func (rs *recordScan) end(c byte) {
	rs.state = scanDone
	rs.endCR = c == '\r'
}

// lineEnd notes a line end at i inside a quoted cell.
func (rs *recordScan) lineEnd(i int, cr bool) {
	if rs.line0 == 0 {
		rs.line0, rs.line0CR, rs.line0Col = i+1, cr, rs.col
	}
}

// fail notes a fault. After the first line end, when recovering, the
// record ends with its first line; otherwise with the line of the fault.
func (rs *recordScan) fail(reason string) {
	if rs.fault == "" {
		rs.fault, rs.faultCol = reason, rs.col
	}
	if rs.recover && rs.line0 > 0 {
		rs.recovered = true
		rs.state = scanDone
		return
	}
	rs.state = inBadLine
}

// finish ends the record at the end of the file, at i.
func (rs *recordScan) finish(i int) {
	switch rs.state {
	case atCell:
		rs.open(i)
		rs.close(i)
	case inPlain:
		rs.close(i)
	case afterQuote:
		rs.close(i - 1)
	case inQuoted:
		rs.fail(reasonUnclosedQuote)
	}
	rs.state = scanDone
	rs.endCR = false
}

// csvSource reads the records of a CSV file.
type csvSource struct {
	r   io.Reader
	buf []byte // buf[pos:end] is text read from r and not yet taken
	pos int
	end int
	eof bool  // r has no more text
	err error // the error reading r, once met

	bomDone bool // a byte order mark at the start has been looked for
	// foldCR: the last line end was a CR, so CRs and one LF at pos still
	// belong to it.
	foldCR bool
	// row is the row a spreadsheet shows for the next line: a blank line
	// is a row, and a record is one row however many lines it has.
	row int
	// width is the number of cells of the header, once read; 0 before.
	width int
	// errRow is the row reading stopped in, once a read error is met, and
	// cut says that part of that row had been read.
	errRow int
	cut    bool

	rs    recordScan
	cells []string
}

func newCSVSource(r io.Reader) *csvSource { return &csvSource{r: r, row: 1} }

// fill reads more text, keeping buf[pos:end]. It returns the read error,
// once met and every time after.
func (s *csvSource) fill() error {
	if s.err != nil || s.eof {
		return s.err
	}
	if s.end == len(s.buf) {
		if s.pos > 0 {
			s.end = copy(s.buf, s.buf[s.pos:s.end])
			s.pos = 0
		}
		if s.end == len(s.buf) {
			size := max(readSize, 4*len(s.buf))
			if 2*size > maxWindow {
				size = maxWindow
			}
			grown := make([]byte, size)
			copy(grown, s.buf[:s.end])
			s.buf = grown
		}
	}
	for range 100 {
		n, err := s.r.Read(s.buf[s.end:])
		if n < 0 || n > len(s.buf)-s.end {
			n, err = 0, errors.New("cwre: the reader returned an invalid count")
		}
		s.end += n
		switch {
		case err == io.EOF:
			s.eof = true
			return nil
		case err != nil:
			s.err = err
			return err
		case n > 0:
			return nil
		}
	}
	s.err = io.ErrNoProgress
	return s.err
}

// read returns the next record that is not an empty line, and its row.
// A record that cannot be split into cells has no cells and a fault. The
// error is io.EOF after the last record, or the error reading the file;
// it is returned again by every later call, and its row is the row the
// reading stopped in (s.cut says whether part of it had been read).
func (s *csvSource) read() (cells []string, row int, fault csvFault, err error) {
	if s.errRow > 0 {
		return nil, s.errRow, csvFault{}, s.err
	}
	if !s.bomDone {
		for s.end-s.pos < 3 && !s.eof {
			if err := s.fill(); err != nil {
				return s.stop(s.row, s.end > s.pos)
			}
		}
		if bytes.HasPrefix(s.buf[s.pos:s.end], []byte("\ufeff")) {
			s.pos += 3
		}
		s.bomDone = true
	}
	// Pass over line ends: each is a blank row, but for the rest of the
	// line end before them.
	for {
		if s.pos == s.end {
			if s.eof {
				return nil, s.row, csvFault{}, io.EOF
			}
			if err := s.fill(); err != nil {
				return s.stop(s.row, false)
			}
			continue
		}
		c := s.buf[s.pos]
		if s.foldCR {
			if c == '\r' {
				s.pos++
				continue
			}
			s.foldCR = false
			if c == '\n' {
				s.pos++
				continue
			}
		}
		if c != '\r' && c != '\n' {
			break
		}
		s.pos++
		s.row++
		s.foldCR = c == '\r'
	}
	row = s.row
	rs := &s.rs
	rs.reset(true, true)
	for {
		avail := s.end - s.pos
		rs.scan(s.buf[s.pos:s.pos+min(avail, maxRecordBytes)], s.eof && avail <= maxRecordBytes)
		if rs.state == scanDone {
			break
		}
		if avail > maxRecordBytes {
			return s.tooLong(row)
		}
		if err := s.fill(); err != nil {
			return s.stop(row, true)
		}
	}
	s.row++
	switch {
	case rs.recovered:
		return nil, row, s.recover(), nil
	case rs.fault != "":
		s.pos += rs.n
		s.foldCR = rs.endCR
		return nil, row, csvFault{reason: rs.fault, column: rs.faultCol + 1}, nil
	}
	raw := string(s.buf[s.pos : s.pos+rs.n])
	var text string
	if len(rs.text) > 0 {
		text = string(rs.text)
	}
	s.cells = s.cells[:0]
	for _, c := range rs.cells {
		if c.inText {
			s.cells = append(s.cells, text[c.start:c.end])
		} else {
			s.cells = append(s.cells, raw[c.start:c.end])
		}
	}
	s.pos += rs.n
	s.foldCR = rs.endCR
	return s.cells, row, csvFault{}, nil
}

// stop returns the read error, met in row; cut says that part of the row
// had been read. Every later read returns the same.
func (s *csvSource) stop(row int, cut bool) ([]string, int, csvFault, error) {
	s.errRow, s.cut = row, cut
	return nil, row, csvFault{}, s.err
}

// recover ends the record being read with its first line and puts the
// text after that line back to be read again.
func (s *csvSource) recover() csvFault {
	s.pos += s.rs.line0
	s.foldCR = s.rs.line0CR
	return csvFault{reason: reasonUnclosedQuote, column: s.rs.line0Col + 1}
}

// tooLong handles a record of more than maxRecordBytes, of which
// buf[pos:pos+maxRecordBytes] has been read. When a cell left open by the
// first line runs on over what reads as rows of this file, that cell is
// taken to be never closed, and the record ends with its first line.
// Otherwise the record is passed over without being held, following its
// quoted cells to its end.
func (s *csvSource) tooLong(row int) ([]string, int, csvFault, error) {
	rs := &s.rs
	s.row++
	if rs.line0 > 0 && s.looksLikeRows(s.buf[s.pos+rs.line0:s.pos+rs.n]) {
		return nil, row, s.recover(), nil
	}
	s.pos += rs.n
	rs.keep, rs.recover, rs.copied = false, false, false
	for {
		rs.n = 0
		rs.scan(s.buf[s.pos:s.end], s.eof)
		s.pos += rs.n
		if rs.state == scanDone {
			break
		}
		if err := s.fill(); err != nil {
			return s.stop(row, true)
		}
	}
	s.foldCR = rs.endCR
	return nil, row, csvFault{reason: reasonTooLong}, nil
}

// looksLikeRows reports whether text, the lines after the first line of
// a record too long to hold, reads as rows of this file: more than half
// of the records in it (but for the last, cut off) have as many cells as
// the header and nothing wrong. Text with no line end, a single line too
// long to hold, counts as rows too: it is a row of its own.
func (s *csvSource) looksLikeRows(text []byte) bool {
	records, rows := 0, 0
	var rs recordScan
	for i := 0; i < len(text); {
		if c := text[i]; c == '\r' || c == '\n' {
			i++ // blank lines are no records
			continue
		}
		rs.reset(false, true)
		rs.scan(text[i:], false)
		if rs.state != scanDone {
			break // cut off
		}
		records++
		if rs.recovered {
			i += rs.line0
			continue
		}
		if rs.fault == "" && rs.col == s.width {
			rows++
		}
		i += rs.n
	}
	return records == 0 || 2*rows > records
}

// showableHeader returns the name in a header cell for the Field of a
// problem when it has the shape of a column name: trimmed, 1 to 64
// characters, with a letter, no control character, and at most one group
// of at most three digits ("Tutor group", "Year 10 note"). Anything else
// gives "": a file saved without its header has a row of data where the
// header belongs, and a date of birth ("2009-10-10", "5 May 2009"), a UPN
// or a number there must never be repeated in a problem.
func showableHeader(name string) string {
	name = strings.TrimSpace(name)
	if name == "" || !utf8.ValidString(name) || utf8.RuneCountInString(name) > 64 {
		return ""
	}
	letter := false
	groups, run := 0, 0
	for _, c := range name {
		switch {
		case unicode.IsControl(c):
			return ""
		case c >= '0' && c <= '9' || unicode.IsDigit(c):
			if run == 0 {
				groups++
			}
			run++
			if groups > 1 || run > 3 {
				return ""
			}
			continue
		case unicode.IsLetter(c):
			letter = true
		}
		run = 0
	}
	if !letter {
		return ""
	}
	return name
}
