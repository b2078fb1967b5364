package main

import (
	"context"
	"fmt"
	"io"
)

func runConvert(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("convert", "--to json|csv --out PATH [--allow-invalid] FILE...",
		`Converts records between the two forms of the records specification:
  --to json  reads CSV files (or JSON datasets) and writes one JSON dataset to the file PATH;
  --to csv   reads a JSON dataset (or CSV files) and writes learners.csv, activities.csv
             and participations.csv into the directory PATH (created if needed).
Nothing is written when a value cannot be read, since it would be lost; records that read
but break a rule stop the conversion too unless --allow-invalid is given. The problems are
listed on standard error as cwre validate lists them. Exit status: 0 on success, 1 when
problems stopped the conversion, 2 on bad flags or unreadable files.`, stderr)
	to := &oneOf{"", []string{"json", "csv"}}
	fs.Var(to, "to", "target `form`: json or csv")
	out := fs.String("out", "", "output `PATH`: a file for json, a directory for csv")
	allowInvalid := fs.Bool("allow-invalid", false, "convert even when records break validation rules")
	lang := langFlag(fs)
	if stop, code := parseFlags(fs, args, stdout); stop {
		return code
	}
	if to.value == "" || *out == "" || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "cwre convert: --to, --out and at least one file are required")
		fs.Usage()
		return exitUsage
	}
	l, code := load(ctx, fs.Args(), stderr)
	if l == nil {
		return code
	}
	stopping := l.Problems()
	if len(stopping) == 0 && !*allowInvalid {
		stopping = l.Check()
	}
	if len(stopping) > 0 {
		stopping.Sort()
		for _, e := range stopping {
			fmt.Fprintln(stderr, e.Text(*lang))
		}
		fmt.Fprintf(stderr, "cwre convert: %d problems; nothing written\n", len(stopping))
		return exitProblems
	}
	d := l.Dataset()
	var err error
	switch to.value {
	case "json":
		err = d.WriteJSONFile(*out)
	case "csv":
		err = d.WriteCSVDir(*out)
	}
	if err != nil {
		fmt.Fprintln(stderr, "cwre convert:", err)
		return exitUsage
	}
	fmt.Fprintln(stderr, summary(d, 0, *lang))
	return exitOK
}
