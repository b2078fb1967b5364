package cwre

import (
	"fmt"
	"maps"
	"slices"
)

// Label is a code of a closed vocabulary with its bilingual name, as the
// taxonomy listing shows it.
type Label struct {
	Code string `json:"code"`
	Name Text   `json:"name"`
}

// YearGroupInfo describes a year group: its code, name and the age on the
// 31 August before the year of a learner in it.
type YearGroupInfo struct {
	Code string `json:"code"`
	Name Text   `json:"name"`
	Age  int    `json:"age_on_31_august"`
}

// OutcomeInfo describes an intended learning outcome.
type OutcomeInfo struct {
	Code       string      `json:"code"`
	Kind       OutcomeKind `json:"kind"`
	Objectives []Objective `json:"objectives"`
	Name       Text        `json:"name"`
}

// OutcomeKindInfo describes a kind of outcome of section 4.4.
type OutcomeKindInfo struct {
	Code        string `json:"code"`
	Name        Text   `json:"name"`
	Description Text   `json:"description"`
}

// TypeInfo describes one of the four types of Table Three.
type TypeInfo struct {
	Number Type `json:"number"`
	Name   Text `json:"name"`
}

// SkillInfo describes an employability skill of Table Seven with the four
// purposes it maps to.
type SkillInfo struct {
	Code     string    `json:"code"`
	Name     Text      `json:"name"`
	Purposes []Purpose `json:"purposes"`
}

// Catalogue is the whole taxonomy as plain data: what `cwre taxonomy`
// prints and what a host application can show in pick lists. Build it with
// [Taxonomy]; the zero Catalogue is empty.
type Catalogue struct {
	Version      string            `json:"version"`
	Types        []TypeInfo        `json:"types"`
	Kinds        []KindInfo        `json:"kinds"`
	Aliases      map[string]Kind   `json:"kind_aliases"`
	Objectives   []ObjectiveInfo   `json:"objectives"`
	Outcomes     []OutcomeInfo     `json:"outcomes"`
	OutcomeKinds []OutcomeKindInfo `json:"outcome_kinds"`
	YearGroups   []YearGroupInfo   `json:"year_groups"`
	AoLEs        []Label           `json:"areas_of_learning"`
	Purposes     []Label           `json:"four_purposes"`
	Skills       []SkillInfo       `json:"employability_skills"`
	Delivery     []Label           `json:"delivery_modes"`
	Statuses     []Label           `json:"statuses"`
	Settings     []Label           `json:"settings"`
}

// Taxonomy returns the whole taxonomy. Each call returns a fresh copy that
// the caller may change.
func Taxonomy() *Catalogue {
	c := &Catalogue{Version: TaxonomyVersion, Aliases: KindAliases()}
	for _, t := range Types() {
		c.Types = append(c.Types, TypeInfo{t, t.Text()})
	}
	for k := range Kinds() {
		c.Kinds = append(c.Kinds, k.Info())
	}
	for _, o := range Objectives() {
		c.Objectives = append(c.Objectives, o.Info())
	}
	for o := range Outcomes() {
		c.Outcomes = append(c.Outcomes, o.Info())
	}
	for _, k := range OutcomeKinds() {
		c.OutcomeKinds = append(c.OutcomeKinds, OutcomeKindInfo{k.String(), k.Text(), k.Description()})
	}
	for _, y := range YearGroups() {
		c.YearGroups = append(c.YearGroups, YearGroupInfo{y.Code(), y.Text(), y.Age()})
	}
	for _, a := range AoLEs() {
		c.AoLEs = append(c.AoLEs, Label{a.String(), a.Text()})
	}
	for _, p := range Purposes() {
		c.Purposes = append(c.Purposes, Label{p.String(), p.Text()})
	}
	for _, s := range Skills() {
		c.Skills = append(c.Skills, SkillInfo{s.String(), s.Text(), s.Purposes()})
	}
	for d := Delivery(1); d <= numDeliveries; d++ {
		c.Delivery = append(c.Delivery, Label{d.String(), d.Text()})
	}
	for s := Status(1); s <= numStatuses; s++ {
		c.Statuses = append(c.Statuses, Label{s.String(), s.Text()})
	}
	for _, s := range Settings() {
		c.Settings = append(c.Settings, Label{s.String(), s.Text()})
	}
	return c
}

// Info returns the outcome's description; the zero OutcomeInfo if o is
// not valid.
func (o Outcome) Info() OutcomeInfo {
	if !o.IsValid() {
		return OutcomeInfo{}
	}
	return OutcomeInfo{Code: o.String(), Kind: o.Kind(), Objectives: o.Objectives(), Name: o.Text()}
}

// Translation is one Welsh string the package shows people, with where it
// is used and how sure it is.
type Translation struct {
	Where string // e.g. "kind job-shadowing: name"
	Text  Text
}

// Translations returns every bilingual string of the package (taxonomy
// labels, descriptions and messages) in a stable order. A translator's
// review list is the ones whose Mark is not [Attested].
func Translations() []Translation {
	var ts []Translation
	add := func(where string, t Text) { ts = append(ts, Translation{where, t}) }
	for _, t := range Types() {
		add(fmt.Sprintf("type %d: name", t), t.Text())
	}
	for k := range Kinds() {
		i := k.Info()
		add("kind "+k.String()+": name", i.Name)
		add("kind "+k.String()+": description", i.Description)
	}
	for _, o := range Objectives() {
		i := o.Info()
		add(fmt.Sprintf("objective %d: name", o), i.Name)
		for _, s := range i.Suggestions {
			add(fmt.Sprintf("objective %d: suggested activities, ages %s", o, s.Ages), s.Text)
		}
	}
	for o := range Outcomes() {
		add("outcome "+o.String(), o.Text())
	}
	for _, k := range OutcomeKinds() {
		add("outcome kind "+k.String()+": name", k.Text())
		add("outcome kind "+k.String()+": description", k.Description())
	}
	for _, y := range YearGroups() {
		add("year group "+y.Code(), y.Text())
	}
	for _, a := range AoLEs() {
		add("area "+a.String(), a.Text())
	}
	for _, p := range Purposes() {
		add("purpose "+p.String(), p.Text())
	}
	for _, s := range Skills() {
		add("skill "+s.String(), s.Text())
	}
	for d := Delivery(1); d <= numDeliveries; d++ {
		add("delivery "+d.String(), d.Text())
	}
	for s := Status(1); s <= numStatuses; s++ {
		add("status "+s.String(), s.Text())
	}
	for _, s := range Settings() {
		add("setting "+s.String(), s.Text())
	}
	for _, t := range Terms() {
		add("term "+string(t), t.Text())
	}
	codes := make([]Code, 0, len(messages))
	for c := range messages {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		add("message "+string(c), messages[c])
	}
	add("message unknown_code with a suggestion", unknownCodeSuggestion)
	names := make([]string, 0, len(vocabularies))
	for v := range vocabularies {
		names = append(names, v)
	}
	slices.Sort(names)
	for _, v := range names {
		add("vocabulary name "+v, vocabularies[v])
	}
	for _, r := range slices.Sorted(maps.Keys(csvReasons)) {
		add("CSV reason "+r, csvReasons[r])
	}
	return ts
}
