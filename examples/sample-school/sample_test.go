// Package sampleschool holds the sample school: the records of a synthetic
// secondary school in the three CSV files of the cwre records
// specification, with the same records as one JSON dataset. The tests here
// keep the files in step with the generator and prove that they validate
// and round-trip.
package sampleschool_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/cwre-cymru/cwre/internal/sample"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the sample school's files")

// Options are the generator settings of the sample school.
var options = sample.Options{Seed: 2023, Phase: sample.Secondary, Learners: 300}

var csvFiles = []string{"learners.csv", "activities.csv", "participations.csv"}

func TestFilesMatchGenerator(t *testing.T) {
	d := sample.School(options)
	dir := t.TempDir()
	require.NoError(t, d.WriteCSVDir(dir))
	var js bytes.Buffer
	require.NoError(t, d.WriteJSON(&js))
	want := map[string][]byte{"school.json": js.Bytes()}
	for _, f := range csvFiles {
		b, err := os.ReadFile(filepath.Join(dir, f))
		require.NoError(t, err)
		want[f] = b
	}
	for name, b := range want {
		if *update {
			require.NoError(t, os.WriteFile(name, b, 0o644))
		}
		got, err := os.ReadFile(name)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(got), "%s is stale; run: go test ./examples/sample-school -update", name)
	}
}

func TestSampleValidates(t *testing.T) {
	l := cwre.NewLoader()
	for _, f := range csvFiles {
		require.NoError(t, l.ReadFile(f))
	}
	assert.Empty(t, l.Check())
	d := l.Dataset()
	assert.InDelta(t, 300, len(d.Learners), 30, "learners")
	assert.NotEmpty(t, d.Activities)
	assert.NotEmpty(t, d.Participations)

	j := cwre.NewLoader()
	require.NoError(t, j.ReadFile("school.json"))
	assert.Empty(t, j.Check())
	assert.Equal(t, d, j.Dataset(), "the CSV files and school.json hold different records")
}

func TestSampleRoundTrips(t *testing.T) {
	l := cwre.NewLoader()
	require.NoError(t, l.ReadFile("school.json"))
	require.Empty(t, l.Check())
	dir := t.TempDir()
	require.NoError(t, l.Dataset().WriteCSVDir(dir))
	for _, f := range csvFiles {
		want, err := os.ReadFile(f)
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(dir, f))
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "JSON -> CSV changed %s", f)
	}
}
