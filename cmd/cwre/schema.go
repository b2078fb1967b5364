package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/cwre-cymru/cwre/cwre"
)

func runSchema(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("schema", "[--out DIR] [--record dataset|learner|activity|participation]",
		`Writes the JSON Schemas (draft 2020-12) of the record types: with --out, all four files
(`+cwre.DatasetSchemaFile+`, `+cwre.LearnerSchemaFile+`, `+cwre.ActivitySchemaFile+`,
`+cwre.ParticipationSchemaFile+`) into DIR; without it, one schema on standard output.
The schemas describe the canonical form the writers produce.`, stderr)
	out := fs.String("out", "", "`DIR` to write every schema file into (created if needed)")
	record := &oneOf{"dataset", []string{"dataset", "learner", "activity", "participation"}}
	fs.Var(record, "record", "`record` whose schema to print when --out is not given")
	if stop, code := parseFlags(fs, args, stdout); stop {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "cwre schema: takes no arguments")
		return exitUsage
	}
	if *out != "" {
		if err := cwre.WriteSchemas(*out); err != nil {
			fmt.Fprintln(stderr, "cwre schema:", err)
			return exitUsage
		}
		return exitOK
	}
	files, err := cwre.Schemas()
	if err != nil {
		fmt.Fprintln(stderr, "cwre schema:", err)
		return exitUsage
	}
	name := record.value + ".schema.json"
	b, ok := files[name]
	if !ok {
		names := make([]string, 0, len(files))
		for n := range files {
			names = append(names, n)
		}
		slices.Sort(names)
		fmt.Fprintf(stderr, "cwre schema: no schema %s (have %v)\n", name, names)
		return exitUsage
	}
	if _, err := stdout.Write(b); err != nil {
		return exitUsage
	}
	return exitOK
}
