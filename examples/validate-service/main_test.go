package main

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func post(t *testing.T, h http.Handler, contentType, lang string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, "/validate", bytes.NewReader(body))
	r.Header.Set("Content-Type", contentType)
	if lang != "" {
		r.Header.Set("Accept-Language", lang)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func sampleFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "sample-school", name))
	require.NoError(t, err)
	return b
}

func TestValidSampleDataset(t *testing.T) {
	w := post(t, newMux(maxBody), "application/json", "", sampleFile(t, "school.json"))
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	var got map[string]any
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &got))
	assert.Equal(t, true, got["valid"])
	assert.Greater(t, got["learners"], 250.0)
}

func TestProblemDetailsLocateEachProblem(t *testing.T) {
	csv := "learner_id,school_id,year_group,date_of_birth\n" +
		"A123456789012,6612345,Y10,2008-10-10\n" +
		"B123456789012,6612345,Y14,2008-10-10\n"
	for _, tt := range []struct {
		lang, title, detail string
	}{
		{"en-GB,en;q=0.9", "The records have problems", "not a known year group: Y14"},
		{"cy-GB, en;q=0.5", "Mae problemau yn y cofnodion", "Cod anhysbys (grŵp blwyddyn): Y14"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			w := post(t, newMux(maxBody), "text/csv; charset=utf-8", tt.lang, []byte(csv))
			require.Equal(t, http.StatusUnprocessableEntity, w.Code)
			assert.Equal(t, "application/problem+json", w.Header().Get("Content-Type"))
			var p problem
			require.NoError(t, json.Unmarshal(w.Body.Bytes(), &p))
			assert.Equal(t, tt.title, p.Title)
			assert.Equal(t, 422, p.Status)
			require.Len(t, p.Errors, 2)
			assert.Equal(t, problemEntry{Detail: p.Errors[0].Detail, File: "body.csv", Row: 3, Column: 1, Field: "learner_id", Code: "upn_check_letter"}, p.Errors[0])
			assert.Equal(t, 3, p.Errors[1].Row)
			assert.Equal(t, 3, p.Errors[1].Column)
			assert.Equal(t, tt.detail, p.Errors[1].Detail)
		})
	}
}

func TestJSONProblemsHavePointers(t *testing.T) {
	body := `{"format_version":"1","learners":[{"learner_id":"L1","school_id":"1","year_group":"Y10","date_of_birth":"2008-02-30"}],"activities":[],"participations":[]}`
	w := post(t, newMux(maxBody), "application/json", "", []byte(body))
	require.Equal(t, http.StatusUnprocessableEntity, w.Code)
	var p problem
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &p))
	require.Len(t, p.Errors, 1)
	assert.Equal(t, "#/learners/0/date_of_birth", p.Errors[0].Pointer)
	assert.Equal(t, "invalid_date", string(p.Errors[0].Code))
	assert.NotContains(t, w.Body.String(), "2008-02-30", "a date of birth must not be echoed")
}

func TestMultipartFilesAreCheckedTogether(t *testing.T) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, name := range []string{"learners.csv", "activities.csv", "participations.csv"} {
		part, err := mw.CreateFormFile("files", name)
		require.NoError(t, err)
		_, err = part.Write(sampleFile(t, name))
		require.NoError(t, err)
	}
	part, err := mw.CreateFormFile("files", "more.csv")
	require.NoError(t, err)
	_, err = part.Write([]byte("learner_id,activity_id,attended\nnobody,6704045-A0001,yes\n"))
	require.NoError(t, err)
	require.NoError(t, mw.Close())
	w := post(t, newMux(maxBody), mw.FormDataContentType(), "", body.Bytes())
	require.Equal(t, http.StatusUnprocessableEntity, w.Code, w.Body.String())
	var p problem
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &p))
	require.Len(t, p.Errors, 1)
	assert.Equal(t, problemEntry{Detail: "no learner has this id", File: "more.csv", Row: 2, Column: 1, Field: "learner_id", Code: "unknown_learner"}, p.Errors[0])
}

func TestRequestErrors(t *testing.T) {
	w := post(t, newMux(maxBody), "application/xml", "", []byte("<x/>"))
	assert.Equal(t, http.StatusUnsupportedMediaType, w.Code)
	w = post(t, newMux(16), "text/csv", "", []byte(strings.Repeat("x", 100)))
	assert.Equal(t, http.StatusRequestEntityTooLarge, w.Code)
	r := httptest.NewRequest(http.MethodGet, "/validate", nil)
	rec := httptest.NewRecorder()
	newMux(maxBody).ServeHTTP(rec, r)
	assert.Equal(t, http.StatusMethodNotAllowed, rec.Code)
	assert.Equal(t, http.MethodPost, rec.Header().Get("Allow"))
	assert.Equal(t, "application/problem+json", rec.Header().Get("Content-Type"))
}

func TestLangOf(t *testing.T) {
	for header, want := range map[string]string{"": "en", "cy": "cy", "en;q=0.4, cy;q=0.8": "cy", "fr, cy-GB;q=0.1": "cy", "fr": "en", "en-GB,cy;q=0.5": "en", "cy;q=0": "en", "cy;q=0, en;q=0": "en"} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Header.Set("Accept-Language", header)
		assert.Equal(t, want, langOf(r).String(), header)
	}
}
