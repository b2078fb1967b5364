// Command cwre checks, converts and describes Careers and Work-Related
// Experiences records in the formats of the cwre records specification.
//
// Usage:
//
//	cwre validate [--format text|json] [--lang en|cy] FILE...
//	cwre convert --to json|csv --out PATH FILE...
//	cwre schema [--out DIR]
//	cwre taxonomy [--lang en|cy] [--format text|json]
//	cwre sample [--out DIR] [--format csv|json] [--seed N] [--phase primary|secondary|all-age|special] [--learners N]
//
// Every command has --help. Exit status is 0 when all is well, 1 when the
// records have problems, and 2 when the command could not run (bad flags,
// unreadable files).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
)

// Exit statuses.
const (
	exitOK       = 0
	exitProblems = 1
	exitUsage    = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// command is one sub-command of cwre.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"validate", "check CSV and JSON record files, alone and across each other", runValidate},
		{"convert", "convert the three CSV files to one JSON dataset, or back", runConvert},
		{"schema", "write the JSON Schemas of the record types", runSchema},
		{"taxonomy", "list the types, kinds, objectives and outcomes", runTaxonomy},
		{"sample", "write synthetic sample records for a school", runSample},
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 && args[0] == "help" {
			return run(ctx, []string{args[1], "--help"}, stdout, stderr)
		}
		usage(stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "cwre: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "cwre: Careers and Work-Related Experiences records for schools in Wales")
	fmt.Fprintln(w, "\nUsage:\n  cwre COMMAND [flags] [arguments]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"cwre COMMAND --help\" for a command's flags.")
}

// newFlags returns a flag set whose --help text names the command, its
// arguments and what it does.
func newFlags(name, args, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("cwre "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "Usage: cwre %s %s\n\n%s\n", name, args, about)
		var any bool
		fs.VisitAll(func(*flag.Flag) { any = true })
		if any {
			fmt.Fprintln(out, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args, returning the exit status to use when the
// command must stop: help was asked for (printed on stdout, status 0) or a
// flag is wrong (the error and usage on stderr, status 2).
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) (stop bool, code int) {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" || a == "--h" {
			fs.SetOutput(stdout)
			fs.Usage()
			return true, exitOK
		}
	}
	if err := fs.Parse(args); err != nil {
		return true, exitUsage
	}
	return false, exitOK
}

// oneOf is a flag value limited to a fixed set of words.
type oneOf struct {
	value   string
	choices []string
}

func (o *oneOf) String() string { return o.value }

func (o *oneOf) Set(s string) error {
	for _, c := range o.choices {
		if strings.EqualFold(s, c) {
			o.value = c
			return nil
		}
	}
	return fmt.Errorf("want one of %s", strings.Join(o.choices, ", "))
}
