package cwre

import "slices"

// FormatVersion is the version of the interchange formats this package
// reads and writes; a JSON dataset carries it as "format_version".
const FormatVersion = "1"

// Learner is one row of learners.csv: a learner on a school's roll with
// the characteristics the fair-access view splits by. The zero Learner is
// not valid: it has no id, school, year group or date of birth.
type Learner struct {
	// ID is the learner's Unique Pupil Number or a pseudonymous id. An id
	// with the shape of a UPN must carry the right check letter.
	ID          string    `json:"learner_id" validate:"required,max=64,nospace,learnerid" jsonschema:"required,minLength=1,maxLength=64,pattern=^\\S+$"`
	SchoolID    string    `json:"school_id" validate:"required,max=32,nospace" jsonschema:"required,minLength=1,maxLength=32,pattern=^\\S+$"`
	YearGroup   YearGroup `json:"year_group" validate:"required,validateFn=IsValid" jsonschema:"required"`
	DateOfBirth Date      `json:"date_of_birth" validate:"required,validateFn=IsValid" jsonschema:"required"`
	EFSM        bool      `json:"efsm" jsonschema:"default=false"`        // eligible for free school meals
	LAC         bool      `json:"lac" jsonschema:"default=false"`         // looked-after child
	YoungCarer  bool      `json:"young_carer" jsonschema:"default=false"` // young carer
	ALN         bool      `json:"aln" jsonschema:"default=false"`         // additional learning needs
	Setting     Setting   `json:"setting,omitzero" validate:"omitempty,validateFn=IsValid"`
	// Extra holds columns the specification does not name, by header.
	Extra map[string]string `json:"extra,omitempty" validate:"omitempty,dive,keys,extrakey,endkeys,max=1000"`
}

// Activity is one row of activities.csv: an activity planned or recorded in
// the Table Five planning and recording tool. The zero Activity is not
// valid.
type Activity struct {
	ID       string   `json:"activity_id" validate:"required,max=64,nospace" jsonschema:"required,minLength=1,maxLength=64,pattern=^\\S+$"`
	SchoolID string   `json:"school_id" validate:"required,max=32,nospace" jsonschema:"required,minLength=1,maxLength=32,pattern=^\\S+$"`
	Title    string   `json:"title" validate:"required,max=200" jsonschema:"required,minLength=1,maxLength=200"`
	Groups   []string `json:"groups,omitempty" validate:"omitempty,dive,required,max=32,listitem" jsonschema:"minLength=1,maxLength=32,pattern=^[^;\\s]([^;]*[^;\\s])?$"` // year or teaching groups, e.g. Y5 or 10X1
	Staff    []string `json:"staff,omitempty" validate:"omitempty,dive,required,max=32,listitem" jsonschema:"minLength=1,maxLength=32,pattern=^[^;\\s]([^;]*[^;\\s])?$"`  // staff initials, e.g. JL
	// Kinds are the kinds of experience (the "activity" column).
	Kinds []Kind `json:"activity" validate:"required,min=1,dive,required,validateFn=IsValid" jsonschema:"required,minItems=1"`
	// Types are the types ticked; when empty they are those of Kinds (see
	// [Activity.EffectiveTypes]).
	Types      []Type      `json:"types,omitempty" validate:"omitempty,dive,required,validateFn=IsValid"`
	Objectives []Objective `json:"objectives,omitempty" validate:"omitempty,dive,required,validateFn=IsValid"`
	StartDate  Date        `json:"start_date" validate:"required,validateFn=IsValid" jsonschema:"required"`
	// EndDate is the last day; the zero Date for a one-day activity.
	EndDate Date `json:"end_date,omitzero" validate:"omitempty,validateFn=IsValid"`
	// Hours is the total including preparation, delivery and debrief.
	Hours     float64           `json:"hours" validate:"gte=0,lte=2000" jsonschema:"minimum=0,maximum=2000,default=0"`
	Delivery  Delivery          `json:"delivery,omitzero" validate:"omitempty,validateFn=IsValid"`
	Status    Status            `json:"status" validate:"required,validateFn=IsValid" jsonschema:"required"`
	Prepared  bool              `json:"prepared" jsonschema:"default=false"`  // learners were prepared beforehand
	Debriefed bool              `json:"debriefed" jsonschema:"default=false"` // learners were debriefed afterwards
	Employers []string          `json:"employers,omitempty" validate:"omitempty,dive,required,max=200,listitem" jsonschema:"minLength=1,maxLength=200,pattern=^[^;\\s]([^;]*[^;\\s])?$"`
	AoLEs     []AoLE            `json:"aole,omitempty" validate:"omitempty,dive,required,validateFn=IsValid"`
	Link      string            `json:"link,omitempty" validate:"omitempty,max=2000,weblink" jsonschema:"maxLength=2000,format=uri,pattern=^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+\\S*$"`
	Extra     map[string]string `json:"extra,omitempty" validate:"omitempty,dive,keys,extrakey,endkeys,max=1000"`
}

// LastDay returns the activity's last day: EndDate, or StartDate for a
// one-day activity.
func (a *Activity) LastDay() Date {
	if a.EndDate.IsZero() {
		return a.StartDate
	}
	return a.EndDate
}

// Days returns the number of calendar days the activity spans, at least 1.
func (a *Activity) Days() int {
	n := a.StartDate.DaysUntil(a.LastDay()) + 1
	return max(n, 1)
}

// EffectiveTypes returns the types ticked or, when none are, the types of
// the activity's kinds, in order without repeats.
func (a *Activity) EffectiveTypes() []Type {
	if len(a.Types) > 0 {
		ts := slices.Clone(a.Types)
		slices.Sort(ts)
		return slices.Compact(ts)
	}
	var ts []Type
	for _, k := range a.Kinds {
		if t := k.Type(); t.IsValid() && !slices.Contains(ts, t) {
			ts = append(ts, t)
		}
	}
	slices.Sort(ts)
	return ts
}

// MinAge returns the youngest age at which a learner may take part: the
// largest age rule of its kinds, or 0.
func (a *Activity) MinAge() (age int, kind Kind) {
	for _, k := range a.Kinds {
		if m := k.MinAge(); m > age {
			age, kind = m, k
		}
	}
	return age, kind
}

// IsPlacement reports whether any kind of the activity is a work
// experience placement.
func (a *Activity) IsPlacement() bool { return slices.ContainsFunc(a.Kinds, Kind.IsPlacement) }

// EmployerEncounter reports whether the activity is of type 2 or 4 and so
// counts as an encounter with employers.
func (a *Activity) EmployerEncounter() bool {
	return slices.ContainsFunc(a.EffectiveTypes(), Type.EmployerEncounter)
}

// Participation is one row of participations.csv: a learner's place on an
// activity. The zero Participation is not valid.
type Participation struct {
	LearnerID  string `json:"learner_id" validate:"required,max=64,nospace" jsonschema:"required,minLength=1,maxLength=64,pattern=^\\S+$"`
	ActivityID string `json:"activity_id" validate:"required,max=64,nospace" jsonschema:"required,minLength=1,maxLength=64,pattern=^\\S+$"`
	Attended   bool   `json:"attended" jsonschema:"default=false"`
	// Hours, when set, are this learner's hours and override the
	// activity's.
	Hours *float64 `json:"hours,omitempty" validate:"omitempty,gte=0,lte=2000" jsonschema:"minimum=0,maximum=2000"`
	// Reflection is the learner's own reflection, in their words.
	Reflection string `json:"reflection,omitempty" validate:"max=10000" jsonschema:"maxLength=10000"`
	// Outcomes are the intended learning outcomes the learner achieved.
	Outcomes []Outcome         `json:"outcomes,omitempty" validate:"omitempty,dive,required,validateFn=IsValid"`
	Extra    map[string]string `json:"extra,omitempty" validate:"omitempty,dive,keys,extrakey,endkeys,max=1000"`
}

// HoursOr returns the participation's own hours, or activityHours when it
// has none.
func (p *Participation) HoursOr(activityHours float64) float64 {
	if p.Hours != nil {
		return *p.Hours
	}
	return activityHours
}

// Dataset is the JSON form of the three files: one document holding
// learners, activities and participations. The zero Dataset is empty and
// valid; readers set FormatVersion.
type Dataset struct {
	FormatVersion  string          `json:"format_version" validate:"omitempty,eq=1" jsonschema:"required"`
	Learners       []Learner       `json:"learners" validate:"dive"`
	Activities     []Activity      `json:"activities" validate:"dive"`
	Participations []Participation `json:"participations" validate:"dive"`
}
