package cwre

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPaths(t *testing.T) {
	tests := []struct {
		path, pointer, field, parent string
	}{
		{"learners[3].date_of_birth", "/learners/3/date_of_birth", "date_of_birth", ""},
		{"activities[0].activity[1]", "/activities/0/activity/1", "activity", "activities[0].activity"},
		{"learners[0].extra[room]", "/learners/0/extra/room", "extra", "learners[0].extra"},
		{"learners[0].extra[Tutor.Group]", "/learners/0/extra/Tutor.Group", "extra", "learners[0].extra"},
		{"learners[0]." + extraPath("a]b"), "/learners/0/extra/a]b", "extra", "learners[0].extra"},
		{"learners[0]." + extraPath(""), "/learners/0/extra/", "extra", "learners[0].extra"},
		{"learners[0]" + fieldStep("x.y"), "/learners/0/x.y", "x.y", ""},
		{"learners[0]" + fieldStep("Learner_ID"), "/learners/0/Learner_ID", "Learner_ID", ""},
		{"activities[1].extra[a/b~c]", "/activities/1/extra/a~1b~0c", "extra", "activities[1].extra"},
		{"format_version", "/format_version", "format_version", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			assert.Equal(t, tt.pointer, PathToPointer(tt.path))
			assert.Equal(t, tt.field, fieldName(tt.path))
			assert.Equal(t, tt.parent, parentPath(tt.path))
		})
	}
	assert.Equal(t, `extra["a]b"]`, extraPath("a]b"))
	assert.Equal(t, `extra["\"q"]`, extraPath(`"q`))
	assert.Equal(t, `extra[tutor group]`, extraPath("tutor group"))
}

func FuzzParsePath(f *testing.F) {
	for _, s := range []string{"learners[3].extra[a]b]", `x["a\"]`, "[[[", "a.b.c[1][2]", `learners[0]["x.y"]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		// A key written with extraPath always reads back as itself.
		segs := parsePath("learners[0]." + extraPath(key))
		if len(segs) != 4 || segs[3].text != key || fieldName("learners[0]."+extraPath(key)) != "extra" {
			t.Fatalf("extraPath(%q) does not read back: %+v", key, segs)
		}
		_ = PathToPointer(key)
	})
}

func TestUnknownCodeArgs(t *testing.T) {
	tests := []struct {
		vocabulary, in, value, suggest string
	}{
		{"activity kind", "careers-faire", "careers-faire", "careers-fair"},
		{"activity kind", "Job_Shadowng", "Job_Shadowng", "job-shadowing"},
		{"activity kind", "speed-networkng", "speed-networkng", "careers-carousel"},
		{"activity kind", "gardening", "", ""},
		{"year group", "Y14", "Y14", ""},
		{"year group", "Tom", "", ""}, // a name from a shifted column is never repeated
		{"year group", "2009-02-01", "", ""},
		{"setting", "looked after - foster", "", ""},
		{"setting", "specal", "specal", "special"},
		{"type", "5", "5", ""},
		{"objective", "12", "12", ""},
		{"status", "done-ish", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.vocabulary+"/"+tt.in, func(t *testing.T) {
			args := unknownCodeArgs(tt.vocabulary, tt.in)
			assert.Equal(t, tt.value, args["value"])
			assert.Equal(t, tt.suggest, args["suggest"])
			assert.Equal(t, tt.vocabulary, args["vocabulary"])
		})
	}
	assert.Equal(t, 1, editDistance("careers-faire", "careers-fair", 3))
	assert.Equal(t, 3, editDistance("gardening", "alumni", 3))
	assert.Equal(t, 0, editDistance("", "", 3))
}
