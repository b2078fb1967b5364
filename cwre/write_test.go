package cwre_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteCSVDirIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	good := validDataset()
	require.NoError(t, good.WriteCSVDir(dir))
	before := map[string]string{}
	for _, f := range []string{"learners.csv", "activities.csv", "participations.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		require.NoError(t, err)
		require.NotEmpty(t, b)
		before[f] = string(b)
		info, err := os.Stat(filepath.Join(dir, f))
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "%s holds children's data", f)
	}

	bad := validDataset()
	bad.Activities[1].Employers = []string{"Smith; Jones & Co"} // cannot be written as a list item
	err := bad.WriteCSVDir(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "activities[1]")
	for f, want := range before {
		got, err := os.ReadFile(filepath.Join(dir, f))
		require.NoError(t, err)
		assert.Equal(t, want, string(got), "a failed write changed %s", f)
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 3, "temporary files left behind")
}

func TestEveryPartOfATextCellIsNeutralised(t *testing.T) {
	d := validDataset()
	d.Activities[0].Employers = []string{"Cwmni Dur", "=HYPERLINK(\"x\")", "+44 Ltd", "'@odd"}
	d.Activities[0].Title = "Trip;=1+1;x; -5 is fine"
	d.Participations[0].Reflection = "-dashes first;'quoted"
	dir := t.TempDir()
	require.NoError(t, d.WriteCSVDir(dir))
	b, err := os.ReadFile(filepath.Join(dir, "activities.csv"))
	require.NoError(t, err)
	assert.Contains(t, string(b), `Cwmni Dur;'=HYPERLINK(""x"");'+44 Ltd;''@odd`)
	assert.Contains(t, string(b), `Trip;'=1+1;x; -5 is fine`)
	l := cwre.NewLoader()
	for _, f := range []string{"learners.csv", "activities.csv", "participations.csv"} {
		require.NoError(t, l.ReadFile(filepath.Join(dir, f)))
	}
	require.Empty(t, l.Check())
	got := l.Dataset()
	assert.Equal(t, d.Activities[0].Employers, got.Activities[0].Employers)
	assert.Equal(t, d.Activities[0].Title, got.Activities[0].Title)
	assert.Equal(t, d.Participations[0].Reflection, got.Participations[0].Reflection)
}

func TestWriteJSONFileIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "school.json")
	require.NoError(t, validDataset().WriteJSONFile(path))
	before, err := os.ReadFile(path)
	require.NoError(t, err)
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())

	bad := validDataset()
	bad.Activities[0].Kinds = []cwre.Kind{99} // no code to write
	require.Error(t, bad.WriteJSONFile(path))
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after), "a failed write changed the file")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "temporary file left behind")
}
