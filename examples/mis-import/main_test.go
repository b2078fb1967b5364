package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/report*.golden")

// TestReport checks the whole conversion against the expected report: two
// planted problems (a mistyped UPN and a Y8 pupil on the Y10 placement),
// each traced to a learner by id and never by name.
func TestReport(t *testing.T) {
	d, err := convert(strings.NewReader(pupilsCSV), strings.NewReader(eventsCSV))
	require.NoError(t, err)
	problems := d.Validate()
	require.Len(t, problems, 2)
	assert.Equal(t, cwre.CodeUPNCheckLetter, problems[0].Code)
	assert.Equal(t, cwre.CodeUnderAge, problems[1].Code)
	for _, l := range []cwre.Lang{cwre.English, cwre.Welsh} {
		var b bytes.Buffer
		report(&b, d, problems, l)
		golden := filepath.Join("testdata", "report."+l.String()+".golden")
		if *update {
			require.NoError(t, os.WriteFile(golden, b.Bytes(), 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		assert.Equal(t, string(want), b.String())
		for _, name := range []string{"Rhys", "Evans", "Osian", "Price", "Ffion"} {
			assert.NotContains(t, b.String(), name, "a pupil's name reached the report")
		}
	}
}

func TestConvertedRecordsRoundTrip(t *testing.T) {
	d, err := convert(strings.NewReader(pupilsCSV), strings.NewReader(eventsCSV))
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, d.WriteCSVDir(dir))
	l := cwre.NewLoader()
	for _, f := range []string{"learners.csv", "activities.csv", "participations.csv"} {
		require.NoError(t, l.ReadFile(filepath.Join(dir, f)))
	}
	assert.Empty(t, l.Problems())
	assert.Len(t, l.Check(), 2)
	got := l.Dataset()
	got.FormatVersion = d.FormatVersion
	assert.Equal(t, d, got)
}

func TestUnknownCategoryIsAnError(t *testing.T) {
	events := "Event Ref,LAEstab,Event,Category,Group,Staff,Start,End,Hours,Done,UPN,Attendance\n" +
		"EV-9,6614021,Sports day,SPORT,Y7,JL,01/07/2024,,5,Y,X,/\n"
	_, err := convert(strings.NewReader(pupilsCSV), strings.NewReader(events))
	assert.ErrorContains(t, err, `no cwre kind for category "SPORT"`)
}
