package cwre_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reviewFile is the translator's sign-off list at the top of the
// repository: every Welsh string that is not attested in an official
// source.
var reviewFile = filepath.Join("..", "WELSH-REVIEW.md")

func renderReview() []byte {
	var b bytes.Buffer
	b.WriteString(`# Welsh strings awaiting a translator's review

Every string that cwre shows a learner or teacher exists in English and Welsh. The Welsh comes
from the project glossary, where each term is marked by how sure it is:

- ✓ seen in an official Welsh source (Welsh Government, Hwb, TermCymru, Careers Wales, Estyn…): may ship;
- ~ seen only in a non-official or indirect source: **needs sign-off**;
- ? the project's own proposal: **needs sign-off**.

This file lists every ~ and ? string of the domain package (taxonomy names and descriptions,
objectives, outcomes, labels and validation messages), generated from the tables in ` + "`cwre/`" + `.
Correct a string in the Go tables, mark it ✓ there once a translator has approved it, and
regenerate this file with ` + "`go test ./cwre -run TestWelshReview -update`" + `. A test fails when this
file and the tables disagree.

| where | mark | English | Cymraeg | approved by |
|---|---|---|---|---|
`)
	cell := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	n := 0
	for _, tr := range cwre.Translations() {
		if tr.Text.Mark == cwre.Attested {
			continue
		}
		n++
		fmt.Fprintf(&b, "| %s | %s | %s | %s | |\n", cell(tr.Where), tr.Text.Mark, cell(tr.Text.En), cell(tr.Text.Cy))
	}
	fmt.Fprintf(&b, "\n%d strings to review.\n", n)
	return b.Bytes()
}

func TestWelshReview(t *testing.T) {
	want := renderReview()
	if *update {
		require.NoError(t, os.WriteFile(reviewFile, want, 0o644))
	}
	got, err := os.ReadFile(reviewFile)
	require.NoError(t, err, "run: go test ./cwre -run TestWelshReview -update")
	assert.Equal(t, string(want), string(got), "WELSH-REVIEW.md is stale; run: go test ./cwre -run TestWelshReview -update")
}
