package cwre

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"testing"
)

// FuzzCSVSourceMatchesEncodingCSV checks the record reader against
// encoding/csv: on any text encoding/csv reads without error (and without
// carriage returns, whose handling is deliberately different), both give
// the same records, cell for cell.
func FuzzCSVSourceMatchesEncodingCSV(f *testing.F) {
	for _, s := range []string{
		"a,b,c\n1,2,3\n",
		"a,\"b\nc\",d\n\n\"x\"\"y\",,z",
		"learner_id,activity_id,attended,reflection\nL1,A1,true,\"good, really\"\n",
		",\n,,\n\"\"\n",
		"\ufeffa,b\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.IndexByte(data, '\r') >= 0 || bytes.HasPrefix(data, []byte("\ufeff")) {
			t.Skip()
		}
		cr := csv.NewReader(bytes.NewReader(data))
		cr.FieldsPerRecord = -1
		want, err := cr.ReadAll()
		if err != nil {
			t.Skip()
		}
		src := newCSVSource(bytes.NewReader(data))
		var got [][]string
		for {
			cells, row, fault, err := src.read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil || fault.reason != "" {
				t.Fatalf("row %d: %v %+v on text encoding/csv reads", row, err, fault)
			}
			got = append(got, slices.Clone(cells))
		}
		if len(got) != len(want) {
			t.Fatalf("got %d records %q, encoding/csv %d %q", len(got), got, len(want), want)
		}
		for i := range want {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("record %d: got %q, encoding/csv %q", i, got[i], want[i])
			}
		}
	})
}
