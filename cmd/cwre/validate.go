package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/cwre-cymru/cwre/cwre"
)

func runValidate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("validate", "[--format text|json] [--lang en|cy] FILE...",
		`Checks learners.csv, activities.csv and participations.csv files (a file of another name
is known by its header) or JSON datasets. Files given together are checked across each
other: a participation must name a learner and an activity from one of the files.

Text output is one line a problem, FILE:ROW:COLUMN: FIELD: message, where ROW is the
row a spreadsheet shows (the header is row 1) and COLUMN the column's position; for
JSON files it is FILE: PATH: message, the path ending with the field. A summary goes to standard error.
Exit status: 0 when all is well, 1 when there are problems, 2 when a file cannot be read.`, stderr)
	format := &oneOf{"text", []string{"text", "json"}}
	lang := langFlag(fs)
	fs.Var(format, "format", "output `format`: text or json")
	if stop, code := parseFlags(fs, args, stdout); stop {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "cwre validate: name at least one file")
		fs.Usage()
		return exitUsage
	}
	l, code := load(ctx, fs.Args(), stderr)
	if l == nil {
		return code
	}
	problems := l.Check()
	d := l.Dataset()
	switch format.value {
	case "json":
		if err := writeProblemsJSON(stdout, problems, d, *lang); err != nil {
			fmt.Fprintln(stderr, "cwre validate:", err)
			return exitUsage
		}
	default:
		for _, e := range problems {
			fmt.Fprintln(stdout, e.Text(*lang))
		}
	}
	fmt.Fprintln(stderr, summary(d, len(problems), *lang))
	if len(problems) > 0 {
		return exitProblems
	}
	return exitOK
}

// load reads every file into one Loader; it returns nil and the exit
// status when a file cannot be read at all.
func load(ctx context.Context, files []string, stderr io.Writer) (*cwre.Loader, int) {
	l := cwre.NewLoader()
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			fmt.Fprintln(stderr, "cwre:", err)
			return nil, exitUsage
		}
		if err := l.ReadFile(f); err != nil {
			fmt.Fprintln(stderr, "cwre:", err)
			return nil, exitUsage
		}
	}
	return l, exitOK
}

func summary(d *cwre.Dataset, problems int, lang cwre.Lang) string {
	return fmt.Sprintf("%s: %d, %s: %d, %s: %d; %s: %d",
		cwre.TermLearners.In(lang), len(d.Learners), cwre.TermActivities.In(lang), len(d.Activities),
		cwre.TermParticipations.In(lang), len(d.Participations), cwre.TermProblems.In(lang), problems)
}

// jsonProblem is one problem in the JSON report.
type jsonProblem struct {
	*cwre.Error
	Pointer string `json:"pointer,omitempty"`
	Message string `json:"message"`
}

func writeProblemsJSON(w io.Writer, problems cwre.Errors, d *cwre.Dataset, lang cwre.Lang) error {
	report := struct {
		Valid          bool          `json:"valid"`
		Lang           cwre.Lang     `json:"lang"`
		Learners       int           `json:"learners"`
		Activities     int           `json:"activities"`
		Participations int           `json:"participations"`
		Problems       []jsonProblem `json:"problems"`
	}{Valid: len(problems) == 0, Lang: lang, Learners: len(d.Learners), Activities: len(d.Activities),
		Participations: len(d.Participations), Problems: []jsonProblem{}}
	for _, e := range problems {
		report.Problems = append(report.Problems, jsonProblem{e, e.Pointer(), e.Message(lang)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(report)
}

// langFlag adds --lang to fs.
func langFlag(fs *flag.FlagSet) *cwre.Lang {
	l := new(cwre.Lang)
	fs.Var((*langValue)(l), "lang", "`language` of messages: en (English) or cy (Cymraeg)")
	return l
}

type langValue cwre.Lang

func (l *langValue) String() string { return cwre.Lang(*l).String() }

func (l *langValue) Set(s string) error {
	v, err := cwre.ParseLang(s)
	if err != nil {
		return err
	}
	*l = langValue(v)
	return nil
}
