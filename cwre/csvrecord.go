package cwre

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
)

// This file holds how the CSV reader finds the records of a file: it
// reads physical lines itself and gives them to encoding/csv one record
// at a time, keeping the raw lines of the record being read. When a
// quoted cell runs over line ends and is never properly closed, the
// record ends at the line the cell opened on, and the lines after it are
// read again as rows of their own: one stray quotation mark never
// swallows the rest of a file.

// maxRecordBytes is the most text the CSV reader holds for one record. A
// line longer than this is a csv_syntax problem (too_long); a quoted
// cell still open after this much text is one that is never closed
// (unclosed_quote). So the reader's memory is bounded whatever the file.
const maxRecordBytes = 1 << 20

// The reasons a csv_syntax problem gives as its "reason" argument; the
// message shows each in English or Welsh (see csvReasons).
const (
	reasonUnclosedQuote = "unclosed_quote"  // a quoted cell is never closed
	reasonQuoteInQuoted = "quote_in_quoted" // a lone " inside a quoted cell
	reasonBareQuote     = "bare_quote"      // a " in a cell that does not start with one
	reasonTooLong       = "too_long"        // a line of more than maxRecordBytes
	reasonOther         = "other"           // anything else encoding/csv rejects
)

// errRecordTooLong stops encoding/csv when a record would hold more than
// maxRecordBytes.
var errRecordTooLong = errors.New("record too long")

// csvLine is a physical line put back to be read again: its text with its
// line end, or long for a line of more than maxRecordBytes, whose text
// was not kept.
type csvLine struct {
	text []byte
	long bool
}

// csvLines hands out the physical lines of a file one at a time; lines
// put back are handed out again first, in file order.
type csvLines struct {
	br   *bufio.Reader
	back []csvLine // put back; the last is handed out next
	err  error     // io.EOF or the read error, once met
}

// next appends the next line, with its line end, to dst. A line longer
// than maxRecordBytes is read to its end but not appended, and long is
// set. After the last line next returns io.EOF, and after a read error
// that error, every time.
func (s *csvLines) next(dst []byte) (out []byte, long bool, err error) {
	if n := len(s.back); n > 0 {
		l := s.back[n-1]
		s.back = s.back[:n-1]
		return append(dst, l.text...), l.long, nil
	}
	if s.err != nil {
		return dst, false, s.err
	}
	start := len(dst)
	for {
		chunk, err := s.br.ReadSlice('\n')
		if !long {
			if len(dst)-start+len(chunk) > maxRecordBytes {
				long = true
				dst = dst[:start]
			} else {
				if len(dst)+len(chunk) > cap(dst) {
					// Double, rather than append's slower growth for
					// large slices: a long line then costs at most twice
					// its length in allocations.
					grown := make([]byte, len(dst), min(2*cap(dst)+len(chunk), start+maxRecordBytes))
					copy(grown, dst)
					dst = grown
				}
				dst = append(dst, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (long || len(dst) > start):
			s.err = err
			return dst, long, nil
		case err != nil:
			s.err = err
			return dst[:start], false, err
		}
		return dst, long, nil
	}
}

// unread puts lines back, to be handed out again in the order given and
// before any put back earlier. It copies their text.
func (s *csvLines) unread(lines ...csvLine) {
	for _, l := range slices.Backward(lines) {
		s.back = append(s.back, csvLine{text: bytes.Clone(l.text), long: l.long})
	}
}

// csvRecord is the raw text of the record being read. encoding/csv reads
// it as its input: it asks for the next line only when a quoted cell runs
// on, so buf ends up holding exactly the lines of the record.
type csvRecord struct {
	src    *csvLines
	buf    []byte // the record's lines, with their line ends
	ends   []int  // where each line ends in buf
	served int    // how much of buf encoding/csv has read
}

// start begins a record with its first line, already in first (which may
// be buf itself, as next returned it).
func (f *csvRecord) start(first []byte) {
	f.buf = first
	f.ends = append(f.ends[:0], len(first))
	f.served = 0
}

// Read gives encoding/csv the record's text, taking a further line from
// the file when all of it has been read.
func (f *csvRecord) Read(p []byte) (int, error) {
	if f.served == len(f.buf) {
		start := len(f.buf)
		buf, long, err := f.src.next(f.buf)
		if err != nil {
			return 0, err
		}
		if long || len(buf) > maxRecordBytes {
			f.src.unread(csvLine{text: buf[start:], long: long})
			f.buf = buf[:start]
			return 0, errRecordTooLong
		}
		f.buf = buf
		f.ends = append(f.ends, len(buf))
	}
	n := copy(p, f.buf[f.served:])
	f.served += n
	return n, nil
}

// line returns the i-th line of the record, with its line end.
func (f *csvRecord) line(i int) []byte {
	start := 0
	if i > 0 {
		start = f.ends[i-1]
	}
	return f.buf[start:f.ends[i]]
}

// csvFault says why a record could not be split into cells: a reason for
// the csv_syntax problem and the 1-based column of the cell at fault (0
// when it is not known).
type csvFault struct {
	reason string
	column int
}

// quoteScan is where the first fault of a record's lines is, as
// encoding/csv reads them.
type quoteScan struct {
	reason string // reasonUnclosedQuote, reasonQuoteInQuoted, reasonBareQuote or "" for none
	field  int    // 0-based index of the cell at fault
	opened int    // the line the quoted cell at fault opened on
}

// scanQuotes follows the quoting rules of encoding/csv (RFC 4180: a cell
// is quoted when it starts with ", and a " inside it is written "") over
// the lines of a record, and returns its first fault. A quoted cell still
// open after the last line is reasonUnclosedQuote.
func scanQuotes(f *csvRecord) quoteScan {
	field, opened := 0, 0
	quoted := false
	for li := range f.ends {
		line := trimLineEnd(f.line(li))
		i := 0
		for {
			if quoted {
				j := bytes.IndexByte(line[i:], '"')
				if j < 0 {
					break // the cell goes on to the next line
				}
				i += j + 1
				switch {
				case i < len(line) && line[i] == '"':
					i++
					continue
				case i == len(line):
					return quoteScan{} // the record ends here
				case line[i] != ',':
					return quoteScan{reason: reasonQuoteInQuoted, field: field, opened: opened}
				}
				i++
				field++
				quoted = false
			}
			if i < len(line) && line[i] == '"' {
				quoted, opened = true, li
				i++
				continue
			}
			end := bytes.IndexByte(line[i:], ',')
			cell := line[i:]
			if end >= 0 {
				cell = cell[:end]
			}
			if bytes.IndexByte(cell, '"') >= 0 {
				return quoteScan{reason: reasonBareQuote, field: field, opened: li}
			}
			if end < 0 {
				return quoteScan{} // the record ends here
			}
			i += end + 1
			field++
		}
	}
	if quoted {
		return quoteScan{reason: reasonUnclosedQuote, field: field, opened: opened}
	}
	return quoteScan{}
}

// trimLineEnd removes a line's end as encoding/csv does: "\n" or "\r\n",
// or a lone "\r" on the last line of a file.
func trimLineEnd(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	return bytes.TrimSuffix(line, []byte("\r"))
}

// isEmptyLine reports whether a line has nothing but its line end;
// encoding/csv skips such lines.
func isEmptyLine(line []byte) bool { return len(trimLineEnd(line)) == 0 }

// csvSource reads the records of a CSV file.
type csvSource struct {
	lines csvLines
	rec   csvRecord
	csv   *csv.Reader
	// row is the row a spreadsheet shows for the next line: a blank line
	// is a row, and a record is one row however many lines it has.
	row int
}

func newCSVSource(br *bufio.Reader) *csvSource {
	s := &csvSource{lines: csvLines{br: br}, row: 1}
	s.rec.src = &s.lines
	s.csv = csv.NewReader(&s.rec)
	s.csv.FieldsPerRecord = -1
	s.csv.ReuseRecord = true
	return s
}

// read returns the next record that is not an empty line, and its row.
// A record that cannot be split into cells has no cells and a fault. The
// error is io.EOF after the last record, or the error reading the file;
// it is returned again by every later call.
func (s *csvSource) read() (cells []string, row int, fault csvFault, err error) {
	f := &s.rec
	for {
		first, long, err := s.lines.next(f.buf[:0])
		if err != nil {
			return nil, s.row, csvFault{}, err
		}
		row = s.row
		s.row++
		if long {
			return nil, row, csvFault{reason: reasonTooLong}, nil
		}
		if !isEmptyLine(first) {
			f.start(first)
			break
		}
		f.buf = first
	}
	cells, err = s.csv.Read()
	var pe *csv.ParseError
	switch {
	case err == nil:
		return cells, row, csvFault{}, nil
	case !errors.As(err, &pe) && !errors.Is(err, errRecordTooLong):
		return nil, row, csvFault{}, err
	}
	sc := scanQuotes(f)
	fault = csvFault{reason: sc.reason, column: sc.field + 1}
	switch {
	case sc.reason == "" && pe == nil:
		// Cannot happen: encoding/csv reads on only in a quoted cell.
		fault = csvFault{reason: reasonTooLong}
	case sc.reason == "":
		fault = csvFault{reason: reasonOther, column: len(cells) + 1}
	case sc.reason != reasonBareQuote && sc.opened < len(f.ends)-1:
		// A quoted cell ran over line ends and was then never properly
		// closed: most likely its closing quotation mark is missing. The
		// record ends with the line the cell opened on, and the lines
		// after it are read again as rows of their own.
		//
		// This costs no more than reading each line a few times: a line
		// read inside a quoted cell that goes on after it has an even
		// number of quotation marks, and such a line, read again from
		// the start of a record, cannot leave a cell open (that takes an
		// odd number). So only the last line put back can begin another
		// record that runs on.
		back := make([]csvLine, 0, len(f.ends)-sc.opened-1)
		for i := sc.opened + 1; i < len(f.ends); i++ {
			back = append(back, csvLine{text: f.line(i)})
		}
		s.lines.unread(back...)
		fault.reason = reasonUnclosedQuote
	}
	return nil, row, fault, nil
}
