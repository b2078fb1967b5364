// Command validate-service is a small Go service that validates cwre
// records over HTTP, for a platform that receives records from schools and
// must say exactly what is wrong with them.
//
//	go run ./examples/validate-service -addr 127.0.0.1:8080
//
//	curl -s --data-binary @examples/sample-school/learners.csv \
//	     -H 'Content-Type: text/csv' -H 'Accept-Language: cy' \
//	     http://127.0.0.1:8080/validate
//
// POST /validate takes a JSON dataset (application/json), one CSV file
// (text/csv; its kind is known from its header) or several CSV files in a
// multipart/form-data body (each part's file name is used in locations). It
// answers 200 with a summary when the records are valid, and 422 with an
// RFC 9457 problem details document otherwise: one entry in "errors" for
// each problem, with its JSON pointer or file, row and column, the field, a
// stable code and a message in the language the client asked for
// (Accept-Language: cy or en). Bodies are never logged or kept.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"mime"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/cwre-cymru/cwre/cwre"
)

// maxBody bounds a request body: a large secondary school's participations
// for a year fit in a few megabytes.
const maxBody = 64 << 20

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	srv := &http.Server{
		Addr:              *addr,
		Handler:           newMux(maxBody),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
	}
	log.Printf("validate-service listening on http://%s/validate", *addr)
	log.Fatal(srv.ListenAndServe())
}

// newMux routes /validate; limit bounds the size of a request body.
func newMux(limit int64) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /validate", func(w http.ResponseWriter, r *http.Request) { handleValidate(w, r, limit) })
	mux.HandleFunc("/validate", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", http.MethodPost)
		writeProblem(w, langOf(r), problem{Status: http.StatusMethodNotAllowed, Title: "use POST", Type: "about:blank"})
	})
	return mux
}

// problem is an RFC 9457 problem details document, with the records'
// problems as the "errors" extension member.
type problem struct {
	Type   string         `json:"type"`
	Title  string         `json:"title"`
	Status int            `json:"status"`
	Detail string         `json:"detail,omitempty"`
	Errors []problemEntry `json:"errors,omitempty"`
}

// problemEntry is one problem in the records.
type problemEntry struct {
	Detail  string            `json:"detail"`
	Pointer string            `json:"pointer,omitempty"`
	File    string            `json:"file,omitempty"`
	Row     int               `json:"row,omitempty"`
	Column  int               `json:"column,omitempty"`
	Field   string            `json:"field,omitempty"`
	Code    cwre.Code         `json:"code"`
	Args    map[string]string `json:"args,omitempty"`
}

func handleValidate(w http.ResponseWriter, r *http.Request, limit int64) {
	lang := langOf(r)
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	l := cwre.NewLoader()
	err := read(l, r)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeProblem(w, lang, problem{Type: "about:blank", Title: "request body too large", Status: http.StatusRequestEntityTooLarge,
			Detail: "at most " + strconv.FormatInt(limit, 10) + " bytes"})
		return
	case errors.Is(err, errUnsupported):
		writeProblem(w, lang, problem{Type: "about:blank", Title: "unsupported media type", Status: http.StatusUnsupportedMediaType,
			Detail: "send application/json, text/csv or multipart/form-data"})
		return
	case err != nil:
		writeProblem(w, lang, problem{Type: "about:blank", Title: "bad request", Status: http.StatusBadRequest, Detail: err.Error()})
		return
	}
	errs := l.Check()
	d := l.Dataset()
	if len(errs) == 0 {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Language", lang.String())
		writeJSON(w, map[string]any{
			"valid": true, "learners": len(d.Learners), "activities": len(d.Activities), "participations": len(d.Participations),
			"message": cwre.TermAllWell.In(lang),
		})
		return
	}
	p := problem{
		Type:   "https://cwre.cymru/problems/invalid-records",
		Title:  cwre.TermInvalidRecords.In(lang),
		Status: http.StatusUnprocessableEntity,
		Detail: fmt.Sprintf("%s: %d", cwre.TermProblems.In(lang), len(errs)),
	}
	for _, e := range errs {
		p.Errors = append(p.Errors, problemEntry{Detail: e.Message(lang), Pointer: pointer(e), File: e.File, Row: e.Row,
			Column: e.Column, Field: e.Field, Code: e.Code, Args: e.Args})
	}
	writeProblem(w, lang, p)
}

// pointer gives the RFC 9457 style pointer ("#/learners/2/year_group")
// for problems in JSON; CSV problems are located by file, row and column.
func pointer(e *cwre.Error) string {
	if e.Row > 0 || e.Path == "" {
		return ""
	}
	return "#" + e.Pointer()
}

var errUnsupported = errors.New("unsupported media type")

// read loads the request body into l according to its media type.
func read(l *cwre.Loader, r *http.Request) error {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return errUnsupported
	}
	switch mt {
	case "application/json":
		return l.ReadJSON(r.Body, "body.json")
	case "text/csv":
		return l.ReadCSV(r.Body, "body.csv")
	case "multipart/form-data":
		mr := multipart.NewReader(r.Body, params["boundary"])
		for {
			part, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			name := part.FileName()
			if name == "" {
				name = part.FormName()
			}
			if strings.HasSuffix(strings.ToLower(name), ".json") {
				err = l.ReadJSON(part, name)
			} else {
				err = l.ReadCSV(part, name)
			}
			part.Close()
			if err != nil {
				return err
			}
		}
	}
	return errUnsupported
}

// langOf picks Welsh or English from Accept-Language, in the client's
// order of preference; English when neither is asked for.
func langOf(r *http.Request) cwre.Lang {
	best, bestQ := cwre.English, -1.0
	for part := range strings.SplitSeq(r.Header.Get("Accept-Language"), ",") {
		tag, q := strings.TrimSpace(part), 1.0
		if t, params, ok := strings.Cut(tag, ";"); ok {
			tag = strings.TrimSpace(t)
			if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					q = f
				}
			}
		}
		if l, err := cwre.ParseLang(tag); err == nil && q > 0 && q > bestQ {
			best, bestQ = l, q
		}
	}
	return best
}

func writeProblem(w http.ResponseWriter, lang cwre.Lang, p problem) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Content-Language", lang.String())
	w.WriteHeader(p.Status)
	writeJSON(w, p)
}

// writeJSON writes the response body. A failure (the client has gone) is
// logged without the body, which may name learners.
func writeJSON(w http.ResponseWriter, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		log.Printf("validate-service: writing the response: %v", err)
	}
}
