package cwre_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// addTestdata adds every file under testdata/io with the extension ext
// to the seed corpus.
func addTestdata(f *testing.F, ext string) {
	paths, err := filepath.Glob(filepath.Join("testdata", "io", "*", "*"+ext))
	require.NoError(f, err)
	require.NotEmpty(f, paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(data)
	}
}

// checkProblems checks what every problem must have: a file, a known code
// with a message, and for CSV a row.
func checkProblems(t *testing.T, errs cwre.Errors, csv bool) {
	t.Helper()
	for _, e := range errs {
		assert.NotEmpty(t, e.File)
		assert.NotEqual(t, string(e.Code), e.Message(cwre.English), "code %q has no message", e.Code)
		assert.NotEqual(t, string(e.Code), e.Message(cwre.Welsh), "code %q has no Welsh message", e.Code)
		if csv {
			assert.Positive(t, e.Row, e.Error())
		}
	}
}

// FuzzCSVReader reads any bytes as a CSV file. It must not panic; every
// problem has a row and a message; rows come in order; and a row read
// without problems writes and reads back as the same record.
func FuzzCSVReader(f *testing.F) {
	addTestdata(f, ".csv")
	f.Add([]byte("learner_id,activity_id,attended,note\n'=x,a1,✓,\"a\nb\"\n"))
	f.Add([]byte("\ufeffactivity_id,school_id,title,activity,start_date,status,types\na,s,'\t-x,visit;;talk,1.2.23,done,1;4\n"))
	f.Add([]byte("learner_id,school_id,year_group,date_of_birth\nP1,S,Y10,2009-01-01\nP2,S,\"Y10,2009-01-01\r\n\nP3,\"S\",\"Y\n10\",x\nP4,S,Y10,2009-01-01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := cwre.NewCSVReader(bytes.NewReader(data), "f.csv")
		if err != nil {
			var errs cwre.Errors
			require.ErrorAs(t, err, &errs)
			require.NotEmpty(t, errs)
			checkProblems(t, errs, true)
			return
		}
		last := 1
		for {
			row, err := r.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			require.NoError(t, err)
			require.Greater(t, row.Line, last, "rows come in order")
			last = row.Line
			checkProblems(t, row.Problems, true)
			for _, e := range row.Problems {
				assert.Equal(t, row.Line, e.Row)
			}
			if len(row.Problems) == 0 {
				assert.Equal(t, row, roundTripRow(t, r, row))
			}
		}
	})
}

// roundTripRow writes the record of row with a CSVWriter for the reader's
// kind and extra columns, and reads it back.
func roundTripRow(t *testing.T, r *cwre.CSVReader, row cwre.Row) cwre.Row {
	t.Helper()
	var b bytes.Buffer
	w := cwre.NewCSVWriter(&b, r.Kind(), r.Extra())
	switch {
	case row.Learner != nil:
		require.NoError(t, w.WriteLearner(row.Learner))
	case row.Activity != nil:
		require.NoError(t, w.WriteActivity(row.Activity))
	default:
		require.NoError(t, w.WriteParticipation(row.Participation))
	}
	require.NoError(t, w.Flush())
	_, rows := readRows(t, b.String(), "f.csv")
	require.Len(t, rows, 1, "%q", b.String())
	back := rows[0]
	back.Line = row.Line
	return back
}

// FuzzReadJSON reads any bytes as a JSON dataset. It must not panic;
// every problem has a file and a message; and a dataset read without
// problems that also validates writes and reads back as the same dataset.
// (An empty item of a list reads without a reading problem, as no value,
// and only validation rejects it.)
func FuzzReadJSON(f *testing.F) {
	addTestdata(f, ".json")
	f.Add([]byte(`{"format_version":"1","learners":[{"learner_id":" x ","extra":{"a":"b"}}],"activities":[{"types":["1",2],"hours":-0}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, errs, err := cwre.ReadJSON(bytes.NewReader(data), "f.json")
		require.NoError(t, err)
		require.NotNil(t, d)
		checkProblems(t, errs, false)
		if len(errs) > 0 || len(d.Validate()) > 0 {
			return
		}
		var b bytes.Buffer
		require.NoError(t, d.WriteJSON(&b))
		back, errs, err := cwre.ReadJSON(bytes.NewReader(b.Bytes()), "f.json")
		require.NoError(t, err)
		require.Empty(t, errs, "%s", b.String())
		assert.Equal(t, d, back)
	})
}

// FuzzParseDate checks that a date ParseDate accepts is valid and reads
// back from its ISO form.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-10-10", "24.03.23", "29/02/2024", "1.2.2023", "31-12-1999", "2023-02-30", "", " 2023-10-10 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := cwre.ParseDate(s)
		if err != nil {
			assert.True(t, strings.HasPrefix(err.Error(), "cwre: "))
			return
		}
		require.True(t, d.IsValid(), "%q gives %v", s, d)
		back, err := cwre.ParseDate(d.String())
		require.NoError(t, err)
		assert.Equal(t, d, back)
	})
}

// FuzzParseKind checks that a kind ParseKind accepts is valid and reads
// back from its code, and that everything else is an unknown code.
func FuzzParseKind(f *testing.F) {
	for k := range cwre.Kinds() {
		f.Add(k.String())
	}
	for _, s := range []string{"Work Experience", "work_experience_block", "visit", " JOB-shadowing ", "nope", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := cwre.ParseKind(s)
		if err != nil {
			assert.ErrorIs(t, err, cwre.ErrUnknownCode)
			return
		}
		require.True(t, k.IsValid(), "%q gives %d", s, k)
		back, err := cwre.ParseKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, back)
	})
}
