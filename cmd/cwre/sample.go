package main

import (
	"context"
	"fmt"
	"io"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/cwre-cymru/cwre/internal/sample"
)

func runSample(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("sample", "[--out PATH] [--format csv|json] [--seed N] [--phase PHASE] [--learners N] [--year YYYY]",
		`Writes the records of a synthetic school: learners with valid-looking UPNs and no real
pupils, a Table Five plan of activities across the academic year, and who took part.
The same flags always give the same records. With --format csv (the default) PATH is a
directory that receives learners.csv, activities.csv and participations.csv; with
--format json PATH is a file, or standard output when --out is not given.`, stderr)
	out := fs.String("out", "", "output `PATH`")
	format := &oneOf{"csv", []string{"csv", "json"}}
	fs.Var(format, "format", "output `format`: csv or json")
	seed := fs.Uint64("seed", 1, "random `seed`")
	var phase sample.Phase
	fs.TextVar(&phase, "phase", sample.Secondary, "school `phase`: "+phaseNames())
	learners := fs.Int("learners", 0, "roughly how many `learners` (0: the phase's usual size)")
	year := fs.Int("year", sample.DefaultAcademicYear, "academic `year` (the year it starts in September)")
	if stop, code := parseFlags(fs, args, stdout); stop {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "cwre sample: takes no arguments")
		return exitUsage
	}
	if *learners < 0 || *learners > sample.MaxLearners {
		fmt.Fprintf(stderr, "cwre sample: --learners must be from 0 to %d\n", sample.MaxLearners)
		return exitUsage
	}
	if *year < 2000 || *year > 2100 {
		fmt.Fprintln(stderr, "cwre sample: --year must be from 2000 to 2100")
		return exitUsage
	}
	d := sample.School(sample.Options{Seed: *seed, Phase: phase, Learners: *learners, AcademicYear: *year})
	var err error
	switch {
	case format.value == "json" && *out == "":
		err = d.WriteJSON(stdout)
	case format.value == "json":
		err = d.WriteJSONFile(*out)
	case *out == "":
		fmt.Fprintln(stderr, "cwre sample: --out DIR is needed for csv")
		return exitUsage
	default:
		err = d.WriteCSVDir(*out)
	}
	if err != nil {
		fmt.Fprintln(stderr, "cwre sample:", err)
		return exitUsage
	}
	fmt.Fprintln(stderr, summary(d, 0, cwre.English))
	return exitOK
}

func phaseNames() string {
	var s string
	for i, p := range sample.Phases() {
		if i > 0 {
			s += ", "
		}
		s += p.String()
	}
	return s
}
