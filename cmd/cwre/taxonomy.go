package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/cwre-cymru/cwre/cwre"
)

func runTaxonomy(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("taxonomy", "[--lang en|cy] [--format text|json]",
		`Lists the taxonomy of the records specification: the four types of work-related
experience and every kind within them with its code, type, age rule and names; the six
objectives with their suggested activities by age and intended learning outcomes; the
kinds of outcome; year groups, Areas of Learning and Experience, the four purposes and the
employability skills. JSON output carries English and Welsh for every label.`, stderr)
	format := &oneOf{"text", []string{"text", "json"}}
	fs.Var(format, "format", "output `format`: text or json")
	lang := langFlag(fs)
	if stop, code := parseFlags(fs, args, stdout); stop {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "cwre taxonomy: takes no arguments")
		return exitUsage
	}
	c := cwre.Taxonomy()
	if format.value == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(c); err != nil {
			fmt.Fprintln(stderr, "cwre taxonomy:", err)
			return exitUsage
		}
		return exitOK
	}
	writeTaxonomyText(stdout, c, *lang)
	return exitOK
}

func writeTaxonomyText(w io.Writer, c *cwre.Catalogue, l cwre.Lang) {
	section := func(title string) {
		fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
	}
	fmt.Fprintf(w, "%s\n%s\n", cwre.TermCWRE.In(l), c.Version)
	section(cwre.TermTypes.In(l))
	for _, t := range c.Types {
		fmt.Fprintf(w, "\n%s %d: %s\n", cwre.TermType.In(l), t.Number, t.Name.In(l))
		for _, k := range c.Kinds {
			if k.Type != t.Number {
				continue
			}
			age := ""
			if k.MinAge > 0 {
				age = fmt.Sprintf(" [%s: %d]", cwre.TermFromAge.In(l), k.MinAge)
			}
			fmt.Fprintf(w, "  %-30s %s%s\n  %-30s   %s\n", k.Kind, k.Name.In(l), age, "", k.Description.In(l))
		}
	}
	section(cwre.TermObjectives.In(l))
	for _, o := range c.Objectives {
		fmt.Fprintf(w, "\n%d  %s\n", o.Objective, o.Name.In(l))
		for _, s := range o.Suggestions {
			codes := make([]string, len(s.Kinds))
			for i, k := range s.Kinds {
				codes[i] = k.String()
			}
			fmt.Fprintf(w, "   %s %-6s %s (%s)\n", cwre.TermAges.In(l), s.Ages, s.Text.In(l), strings.Join(codes, ", "))
		}
		for _, out := range o.Outcomes {
			fmt.Fprintf(w, "   - %-26s %s\n", out.String(), out.Name(l))
		}
	}
	section(cwre.TermOutcomes.In(l))
	for _, o := range c.Outcomes {
		fmt.Fprintf(w, "%-26s %-14s %s\n", o.Code, o.Kind, o.Name.In(l))
	}
	section(cwre.TermOutcomeKinds.In(l))
	for _, k := range c.OutcomeKinds {
		fmt.Fprintf(w, "%-14s %s: %s\n", k.Code, k.Name.In(l), k.Description.In(l))
	}
	section(cwre.TermYearGroups.In(l))
	for _, y := range c.YearGroups {
		fmt.Fprintf(w, "%-4s %-12s %s: %d\n", y.Code, y.Name.In(l), cwre.TermAgeOn31August.In(l), y.Age)
	}
	labels := func(t cwre.Term, ls []cwre.Label) {
		section(t.In(l))
		for _, x := range ls {
			fmt.Fprintf(w, "%-34s %s\n", x.Code, x.Name.In(l))
		}
	}
	labels(cwre.TermAoLEs, c.AoLEs)
	labels(cwre.TermPurposes, c.Purposes)
	section(cwre.TermSkills.In(l))
	for _, s := range c.Skills {
		ps := make([]string, len(s.Purposes))
		for i, p := range s.Purposes {
			ps[i] = p.String()
		}
		fmt.Fprintf(w, "%-16s %-34s %s\n", s.Code, s.Name.In(l), strings.Join(ps, ", "))
	}
	labels(cwre.TermDeliveryModes, c.Delivery)
	labels(cwre.TermStatuses, c.Statuses)
	labels(cwre.TermSettings, c.Settings)
}
