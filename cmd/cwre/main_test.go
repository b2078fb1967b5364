package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// cwreRun runs the command line with args and returns its output and exit
// status.
func cwreRun(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run: go test ./cmd/cwre -update")
	assert.Equal(t, string(want), got, "output differs from %s", path)
}

var (
	sampleDir   = filepath.Join("..", "..", "examples", "sample-school")
	sampleFiles = []string{
		filepath.Join(sampleDir, "learners.csv"),
		filepath.Join(sampleDir, "activities.csv"),
		filepath.Join(sampleDir, "participations.csv"),
	}
	plantedFiles = []string{
		filepath.Join("testdata", "planted", "learners.csv"),
		filepath.Join("testdata", "planted", "activities.csv"),
		filepath.Join("testdata", "planted", "participations.csv"),
	}
)

func TestValidateSample(t *testing.T) {
	stdout, stderr, code := cwreRun(t, append([]string{"validate"}, sampleFiles...)...)
	assert.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stdout)
	assert.Regexp(t, `^Learners: \d+, Activities: \d+, Participations: \d+; Problems: 0\n$`, stderr)
}

func TestValidatePlanted(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"validate.en.golden", nil},
		{"validate.cy.golden", []string{"--lang", "cy"}},
		{"validate.json.golden", []string{"--format", "json", "--lang", "cy"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := append(append([]string{"validate"}, tt.args...), plantedFiles...)
			stdout, stderr, code := cwreRun(t, args...)
			assert.Equal(t, exitProblems, code)
			assert.Contains(t, stderr, "14")
			checkGolden(t, tt.name, stdout)
		})
	}
	// Each text line is FILE:ROW:COLUMN: FIELD: message, one a problem.
	stdout, _, _ := cwreRun(t, append([]string{"validate"}, plantedFiles...)...)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	assert.Len(t, lines, 14)
	for _, l := range lines {
		assert.Regexp(t, `^testdata/planted/[a-z]+\.csv:\d+:\d+: [a-z_]+: .+$`, l)
	}
}

func TestValidateUsage(t *testing.T) {
	_, stderr, code := cwreRun(t, "validate")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "name at least one file")
	_, stderr, code = cwreRun(t, "validate", filepath.Join("testdata", "no-such-file.csv"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "no-such-file.csv")
	_, _, code = cwreRun(t, "validate", "--format", "xml", sampleFiles[0])
	assert.Equal(t, exitUsage, code)
}

func TestConvertRoundTripsSample(t *testing.T) {
	dir := t.TempDir()
	js := filepath.Join(dir, "school.json")
	_, stderr, code := cwreRun(t, append([]string{"convert", "--to", "json", "--out", js}, sampleFiles...)...)
	require.Equal(t, exitOK, code, stderr)
	want, err := os.ReadFile(filepath.Join(sampleDir, "school.json"))
	require.NoError(t, err)
	got, err := os.ReadFile(js)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "CSV -> JSON differs from the sample's school.json")

	back := filepath.Join(dir, "csv")
	_, stderr, code = cwreRun(t, "convert", "--to", "csv", "--out", back, js)
	require.Equal(t, exitOK, code, stderr)
	for _, f := range sampleFiles {
		want, err := os.ReadFile(f)
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(back, filepath.Base(f)))
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "CSV -> JSON -> CSV changed %s", filepath.Base(f))
	}
}

func TestConvertRefusesProblems(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.json")
	_, stderr, code := cwreRun(t, append([]string{"convert", "--to", "json", "--out", out}, plantedFiles...)...)
	assert.Equal(t, exitProblems, code)
	assert.Contains(t, stderr, "nothing written")
	assert.NoFileExists(t, out)
	_, _, code = cwreRun(t, "convert", "--out", out, sampleFiles[0])
	assert.Equal(t, exitUsage, code)
}

func TestTaxonomyJSON(t *testing.T) {
	stdout, _, code := cwreRun(t, "taxonomy", "--format", "json")
	require.Equal(t, exitOK, code)
	var c struct {
		Kinds []struct {
			Code   string            `json:"code"`
			Type   int               `json:"type"`
			Name   map[string]string `json:"name"`
			MinAge int               `json:"min_age"`
		} `json:"kinds"`
		Objectives []struct {
			Number      int `json:"number"`
			Suggestions []struct {
				Kinds []string `json:"kinds"`
			} `json:"suggested_activities"`
			Outcomes []string `json:"intended_outcomes"`
		} `json:"objectives"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &c))
	require.Len(t, c.Kinds, 37)
	codes := map[string]int{}
	for _, k := range c.Kinds {
		codes[k.Code] = k.Type
		assert.NotEmpty(t, k.Name["en"], k.Code)
		assert.NotEmpty(t, k.Name["cy"], k.Code)
		assert.Contains(t, []int{1, 2, 3, 4}, k.Type, k.Code)
	}
	for code, typ := range map[string]int{"work-related-information": 1, "mentoring": 2, "careers-carousel": 2,
		"business-games": 3, "mini-enterprise": 3, "job-shadowing": 4, "work-experience-international": 4,
		"virtual-work-experience": 4, "role-play": 3, "work-observation": 4, "alumni": 2} {
		assert.Equal(t, typ, codes[code], code)
	}
	require.Len(t, c.Objectives, 6)
	for _, o := range c.Objectives {
		assert.NotEmpty(t, o.Suggestions)
		assert.NotEmpty(t, o.Outcomes)
	}
}

func TestTaxonomyText(t *testing.T) {
	for _, lang := range []string{"en", "cy"} {
		stdout, _, code := cwreRun(t, "taxonomy", "--lang", lang)
		require.Equal(t, exitOK, code)
		checkGolden(t, "taxonomy."+lang+".golden", stdout)
	}
}

func TestSchema(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := cwreRun(t, "schema", "--out", dir)
	require.Equal(t, exitOK, code, stderr)
	for _, f := range []string{cwre.DatasetSchemaFile, cwre.LearnerSchemaFile, cwre.ActivitySchemaFile, cwre.ParticipationSchemaFile} {
		want, err := os.ReadFile(filepath.Join("..", "..", "schema", f))
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(dir, f))
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), f)
	}
	stdout, _, code := cwreRun(t, "schema", "--record", "learner")
	require.Equal(t, exitOK, code)
	want, err := os.ReadFile(filepath.Join("..", "..", "schema", cwre.LearnerSchemaFile))
	require.NoError(t, err)
	assert.Equal(t, string(want), stdout)
}

func TestSample(t *testing.T) {
	stdout, stderr, code := cwreRun(t, "sample", "--format", "json", "--seed", "7", "--learners", "60", "--phase", "primary")
	require.Equal(t, exitOK, code, stderr)
	l := cwre.NewLoader()
	require.NoError(t, l.ReadJSON(strings.NewReader(stdout), "sample.json"))
	assert.Empty(t, l.Check())
	assert.NotEmpty(t, l.Dataset().Learners)
	again, _, _ := cwreRun(t, "sample", "--format", "json", "--seed", "7", "--learners", "60", "--phase", "primary")
	assert.Equal(t, stdout, again, "same flags, same records")
	_, _, code = cwreRun(t, "sample", "--phase", "university")
	assert.Equal(t, exitUsage, code)
	_, _, code = cwreRun(t, "sample")
	assert.Equal(t, exitUsage, code, "csv needs --out")
}

func TestHelp(t *testing.T) {
	stdout, _, code := cwreRun(t, "--help")
	assert.Equal(t, exitOK, code)
	for _, c := range commands() {
		assert.Contains(t, stdout, c.name)
		out, errOut, code := cwreRun(t, c.name, "--help")
		assert.Equal(t, exitOK, code, c.name)
		assert.True(t, strings.HasPrefix(out, "Usage: cwre "+c.name), c.name)
		assert.Empty(t, errOut, c.name)
	}
	_, stderr, code := cwreRun(t, "frobnicate")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `unknown command "frobnicate"`)
	_, _, code = cwreRun(t)
	assert.Equal(t, exitUsage, code)
}
