package cwre_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/cwre-cymru/cwre/internal/sample"
)

// benchSchool is a large secondary school, written once for the
// benchmarks.
func benchSchool(b *testing.B) (d *cwre.Dataset, participations, all []byte) {
	b.Helper()
	d = sample.School(sample.Options{Seed: 42, Learners: 2000})
	var buf bytes.Buffer
	w := cwre.NewCSVWriter(&buf, cwre.ParticipationsFile, nil)
	for i := range d.Participations {
		if err := w.WriteParticipation(&d.Participations[i]); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	var js bytes.Buffer
	if err := d.WriteJSON(&js); err != nil {
		b.Fatal(err)
	}
	return d, buf.Bytes(), js.Bytes()
}

// BenchmarkReadParticipationsCSV streams a participations file through
// CSVReader: typed, checked records one row at a time.
func BenchmarkReadParticipationsCSV(b *testing.B) {
	_, data, _ := benchSchool(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := cwre.NewCSVReader(bytes.NewReader(data), "participations.csv")
		if err != nil {
			b.Fatal(err)
		}
		for {
			row, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil || len(row.Problems) > 0 {
				b.Fatal(err, row.Problems)
			}
		}
	}
}

// BenchmarkReadParticipationsRawCSV is the floor for the benchmark above:
// encoding/csv alone splitting the same bytes into cells, with no parsing
// or checking.
func BenchmarkReadParticipationsRawCSV(b *testing.B) {
	_, data, _ := benchSchool(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := csv.NewReader(bytes.NewReader(data))
		r.ReuseRecord = true
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkValidate checks every record of a 2,000-learner school and the
// rules across them.
func BenchmarkValidate(b *testing.B) {
	d, _, _ := benchSchool(b)
	b.ReportAllocs()
	for b.Loop() {
		if errs := d.Validate(); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkReadJSON reads the same school as one JSON dataset.
func BenchmarkReadJSON(b *testing.B) {
	_, _, js := benchSchool(b)
	b.SetBytes(int64(len(js)))
	b.ReportAllocs()
	for b.Loop() {
		_, errs, err := cwre.ReadJSON(bytes.NewReader(js), "school.json")
		if err != nil || len(errs) > 0 {
			b.Fatal(err, errs)
		}
	}
}
