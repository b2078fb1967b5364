// Command mis-import shows how a school management system (MIS) turns its
// own pupil and event records into cwre records, validates them, and writes
// the three CSV files of the cwre records specification.
//
// The MIS data here is a synthetic export in the shape many MIS products
// use (their column names, UK dates, "Y"/"N" flags, SEN codes). Only what
// the specification needs is carried over: names never leave the MIS.
//
//	go run ./examples/mis-import                # validate and report
//	go run ./examples/mis-import -out /tmp/cwre # also write learners.csv, activities.csv, participations.csv
package main

import (
	_ "embed"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/cwre-cymru/cwre/cwre"
)

//go:embed testdata/pupils.csv
var pupilsCSV string

//go:embed testdata/events.csv
var eventsCSV string

func main() {
	out := flag.String("out", "", "directory to write the cwre CSV files to (optional)")
	lang := flag.String("lang", "en", "language of messages: en or cy")
	flag.Parse()
	l, err := cwre.ParseLang(*lang)
	if err != nil {
		log.Fatal(err)
	}
	d, err := convert(strings.NewReader(pupilsCSV), strings.NewReader(eventsCSV))
	if err != nil {
		log.Fatal(err)
	}
	problems := d.Validate()
	report(os.Stdout, d, problems, l)
	if *out != "" {
		if err := d.WriteCSVDir(*out); err != nil {
			log.Fatal(err)
		}
		fmt.Println("wrote", *out)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
}

// report prints what was converted and each problem, naming the MIS row
// through the learner or activity id (never a name).
func report(w io.Writer, d *cwre.Dataset, problems cwre.Errors, l cwre.Lang) {
	fmt.Fprintf(w, "%s: %d, %s: %d, %s: %d\n",
		cwre.TermLearners.In(l), len(d.Learners), cwre.TermActivities.In(l), len(d.Activities),
		cwre.TermParticipations.In(l), len(d.Participations))
	for _, e := range problems {
		fmt.Fprintf(w, "%s (%s)\n", e.Text(l), idAt(d, e.Path))
	}
}

// idAt returns the id of the record a dataset path points into, so a
// problem can be traced back to the MIS record.
func idAt(d *cwre.Dataset, path string) string {
	var i int
	switch {
	case scan(path, "learners[%d]", &i) && i < len(d.Learners):
		return "learner_id=" + d.Learners[i].ID
	case scan(path, "activities[%d]", &i) && i < len(d.Activities):
		return "activity_id=" + d.Activities[i].ID
	case scan(path, "participations[%d]", &i) && i < len(d.Participations):
		p := d.Participations[i]
		return "learner_id=" + p.LearnerID + ", activity_id=" + p.ActivityID
	}
	return path
}

func scan(path, format string, i *int) bool {
	_, err := fmt.Sscanf(path, format, i)
	return err == nil
}

// convert maps the MIS export onto cwre records.
func convert(pupils, events io.Reader) (*cwre.Dataset, error) {
	d := &cwre.Dataset{FormatVersion: cwre.FormatVersion}
	rows, err := readAll(pupils)
	if err != nil {
		return nil, fmt.Errorf("pupils: %w", err)
	}
	for _, r := range rows {
		year, err := cwre.ParseYearGroup(r["NC Year"])
		if err != nil {
			return nil, fmt.Errorf("pupils: %s: %w", r["UPN"], err)
		}
		dob, err := cwre.ParseDate(r["DOB"])
		if err != nil {
			return nil, fmt.Errorf("pupils: %s: date of birth: not a date", r["UPN"])
		}
		d.Learners = append(d.Learners, cwre.Learner{
			ID:          r["UPN"],
			SchoolID:    r["LAEstab"],
			YearGroup:   year,
			DateOfBirth: dob,
			EFSM:        r["FSM"] == "Y",
			LAC:         r["In Care"] == "Y",
			YoungCarer:  r["Young Carer"] == "Y",
			// An individual development plan (IDP) or school-level ALP means ALN.
			ALN:     r["ALN Status"] != "" && r["ALN Status"] != "N",
			Setting: cwre.Mainstream,
		})
	}
	rows, err = readAll(events)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	seen := map[string]bool{}
	for _, r := range rows {
		id := r["Event Ref"]
		if !seen[id] {
			seen[id] = true
			a, err := activity(r)
			if err != nil {
				return nil, fmt.Errorf("events: %s: %w", id, err)
			}
			d.Activities = append(d.Activities, a)
		}
		d.Participations = append(d.Participations, cwre.Participation{
			LearnerID:  r["UPN"],
			ActivityID: id,
			Attended:   r["Attendance"] == "/",
		})
	}
	return d, nil
}

// kindOf maps the MIS's own event categories to cwre kinds.
var kindOf = map[string]cwre.Kind{
	"CAREERS TALK": cwre.KindEmployerTalk,
	"WORK EXP":     cwre.KindWorkExperienceBlock,
	"ENTERPRISE":   cwre.KindBusinessChallenge,
	"VISIT":        cwre.KindWorkplaceVisit,
}

func activity(r map[string]string) (cwre.Activity, error) {
	kind, ok := kindOf[r["Category"]]
	if !ok {
		return cwre.Activity{}, fmt.Errorf("no cwre kind for category %q", r["Category"])
	}
	start, err := cwre.ParseDate(r["Start"])
	if err != nil {
		return cwre.Activity{}, err
	}
	var end cwre.Date
	if r["End"] != "" {
		if end, err = cwre.ParseDate(r["End"]); err != nil {
			return cwre.Activity{}, err
		}
	}
	var hours float64
	if _, err := fmt.Sscan(r["Hours"], &hours); err != nil {
		return cwre.Activity{}, fmt.Errorf("hours: %w", err)
	}
	status := cwre.Delivered
	if r["Done"] != "Y" {
		status = cwre.Planned
	}
	return cwre.Activity{
		ID:        r["Event Ref"],
		SchoolID:  r["LAEstab"],
		Title:     r["Event"],
		Groups:    []string{r["Group"]},
		Staff:     []string{r["Staff"]},
		Kinds:     []cwre.Kind{kind},
		StartDate: start,
		EndDate:   end,
		Hours:     hours,
		Status:    status,
		Prepared:  true,
		Debriefed: status == cwre.Delivered,
	}, nil
}

// readAll reads a CSV export into maps keyed by header.
func readAll(r io.Reader) ([]map[string]string, error) {
	recs, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("empty export")
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		m := make(map[string]string, len(rec))
		for i, h := range recs[0] {
			if i < len(rec) {
				m[h] = strings.TrimSpace(rec[i])
			}
		}
		rows = append(rows, m)
	}
	return rows, nil
}
