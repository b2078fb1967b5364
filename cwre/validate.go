package cwre

import (
	"errors"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/go-playground/validator/v10"
)

var (
	validateOnce sync.Once
	validate     *validator.Validate
)

// validatorInstance returns the one shared validator; it caches struct
// information, so it is built once.
func validatorInstance() *validator.Validate {
	validateOnce.Do(func() {
		v := validator.New(validator.WithRequiredStructEnabled())
		v.RegisterTagNameFunc(func(f reflect.StructField) string {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				return ""
			}
			return name
		})
		must := func(err error) {
			if err != nil {
				panic(err)
			}
		}
		must(v.RegisterValidation("nospace", func(fl validator.FieldLevel) bool {
			return !strings.ContainsFunc(fl.Field().String(), unicode.IsSpace)
		}))
		must(v.RegisterValidation("learnerid", func(fl validator.FieldLevel) bool {
			id := fl.Field().String()
			return !LooksLikeUPN(id) || CheckUPN(id) == nil
		}))
		must(v.RegisterValidation("extrakey", func(fl validator.FieldLevel) bool {
			return extraKeyOK(fl.Field().String())
		}))
		must(v.RegisterValidation("listitem", func(fl validator.FieldLevel) bool {
			return listItemOK(fl.Field().String())
		}))
		must(v.RegisterValidation("weblink", func(fl validator.FieldLevel) bool {
			return IsWebLink(fl.Field().String())
		}))
		v.RegisterStructValidation(activityRules, Activity{})
		validate = v
	})
	return validate
}

// extraKeyOK reports whether an extra field's name can be a CSV column of
// its own: not empty, read back as itself, and not a standard column.
func extraKeyOK(k string) bool {
	return k != "" && readText(neutralise(k)) == k && !standardColumns[headerName(k)]
}

// listItemOK reports whether a list item can be written in a CSV cell and
// read back as itself: no ";" (the separator) and no surrounding space.
func listItemOK(item string) bool {
	return item != "" && !strings.Contains(item, ";") && strings.TrimSpace(item) == item
}

// IsWebLink reports whether s is an absolute http or https address with a
// host, the only kind of link an activity may carry.
func IsWebLink(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && !strings.ContainsAny(s, " \t\r\n")
}

// activityRules are the rules that relate an activity's fields.
func activityRules(sl validator.StructLevel) {
	a := sl.Current().Interface().(Activity)
	if a.StartDate.IsValid() && a.EndDate.IsValid() && a.EndDate.Before(a.StartDate) {
		sl.ReportError(a.EndDate, "end_date", "EndDate", string(CodeEndBeforeStart), "")
	}
	if limit, over := a.overSpan(a.Hours); over {
		sl.ReportError(a.Hours, "hours", "Hours", string(CodeHoursExceedSpan), strconv.Itoa(limit))
	}
	if len(a.Types) > 0 {
		for _, k := range a.Kinds {
			if t := k.Type(); t.IsValid() && !slices.Contains(a.Types, t) {
				sl.ReportError(a.Types, "types", "Types", string(CodeTypeNotTicked), t.String()+" "+k.String())
				break
			}
		}
	}
}

// maxHours is the most hours an activity or a learner's participation may
// record (the "lte=2000" of the records' validate tags).
const maxHours = 2000

// overSpan reports whether hours, within the 0 to maxHours range, exceed 24
// for each day of the activity's dates, and that limit. Dates that are
// missing or out of order give no limit; other rules report them.
func (a *Activity) overSpan(hours float64) (limit int, over bool) {
	if !a.StartDate.IsValid() || !a.LastDay().IsValid() || a.LastDay().Before(a.StartDate) {
		return 0, false
	}
	limit = 24 * a.Days()
	return limit, hours > float64(limit) && hours <= maxHours
}

// Validate checks the learner on its own (see [Dataset.Validate] for the
// checks across records). Paths in the result are relative to the learner.
func (l Learner) Validate() Errors { return validateStruct(l) }

// Validate checks the activity on its own: required fields, codes, dates in
// order, hours in range and within 24 a day, and ticked types that cover
// the types of its kinds.
func (a Activity) Validate() Errors { return validateStruct(a) }

// Validate checks the participation on its own.
func (p Participation) Validate() Errors { return validateStruct(p) }

func validateStruct(v any) Errors {
	err := validatorInstance().Struct(v)
	if err == nil {
		return nil
	}
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		return Errors{{Code: CodeInvalidValue, Args: map[string]string{"detail": err.Error()}}}
	}
	out := make(Errors, 0, len(fes))
	for _, fe := range fes {
		out = append(out, fromFieldError(fe))
	}
	return out
}

// fromFieldError turns one validator failure into an Error with a path
// relative to the value validated.
func fromFieldError(fe validator.FieldError) *Error {
	ns := fe.Namespace()
	if _, rest, ok := strings.Cut(ns, "."); ok {
		ns = rest
	}
	// The validator writes a map key as it is; extra is the last field of
	// a record, so its key runs to the final "]".
	if i := strings.Index(ns, "extra["); i >= 0 && strings.HasSuffix(ns, "]") {
		ns = ns[:i] + extraPath(ns[i+len("extra["):len(ns)-1])
	}
	e := &Error{Path: ns, Field: fieldName(ns)}
	switch fe.Tag() {
	case "required", "min":
		e.Code = CodeRequired
	case "max":
		if fe.Kind() == reflect.String {
			e.Code, e.Args = CodeMaxLength, map[string]string{"max": fe.Param()}
		} else {
			e.Code, e.Args = CodeRange, map[string]string{"min": "0", "max": fe.Param()}
		}
	case "gte", "lte":
		e.Code, e.Args = CodeRange, map[string]string{"min": "0", "max": strconv.Itoa(maxHours)}
	case "nospace":
		e.Code = CodeNoSpace
	case "learnerid":
		e.Code = CodeUPNCheckLetter
	case "weblink":
		e.Code = CodeURL
	case "extrakey":
		e.Code = CodeExtraKey
	case "listitem":
		e.Code = CodeListItem
	case "eq":
		e.Code, e.Args = CodeFormatVersion, map[string]string{"want": FormatVersion}
	case string(CodeEndBeforeStart):
		e.Code = CodeEndBeforeStart
	case string(CodeHoursExceedSpan):
		e.Code, e.Args = CodeHoursExceedSpan, map[string]string{"max": fe.Param()}
	case string(CodeTypeNotTicked):
		t, k, _ := strings.Cut(fe.Param(), " ")
		e.Code, e.Args = CodeTypeNotTicked, map[string]string{"type": t, "kind": k}
	default: // validateFn=IsValid and anything unforeseen
		e.Code = CodeInvalidValue
		if fe.Type() == reflect.TypeFor[Date]() {
			e.Code = CodeInvalidDate
		}
	}
	return e
}

// Validate checks every record of d and the rules across them: ids unique,
// every participation naming a known learner and activity at most once, age
// rules of the kinds met on the activity's start date, no attendance at a
// cancelled activity, and a learner's own hours within the activity's days.
// Paths are rooted at the dataset, e.g. "participations[4].learner_id". The
// result is sorted by path.
func (d *Dataset) Validate() Errors {
	var errs Errors
	if d.FormatVersion != "" && d.FormatVersion != FormatVersion {
		errs = append(errs, &Error{Path: "format_version", Field: "format_version", Code: CodeFormatVersion, Args: map[string]string{"want": FormatVersion}})
	}
	prefixed := func(prefix string, i int, es Errors) {
		p := prefix + "[" + strconv.Itoa(i) + "]"
		for _, e := range es {
			if e.Path == "" {
				e.Path = p
			} else {
				e.Path = p + "." + e.Path
			}
			errs = append(errs, e)
		}
	}
	learners := make(map[string]int, len(d.Learners))
	for i := range d.Learners {
		l := &d.Learners[i]
		prefixed("learners", i, l.Validate())
		if first, dup := firstIndex(learners, l.ID, i, l.ID == ""); dup {
			errs = append(errs, dupError("learners", i, "learner_id", CodeDuplicateID, first))
		}
	}
	activities := make(map[string]int, len(d.Activities))
	for i := range d.Activities {
		a := &d.Activities[i]
		prefixed("activities", i, a.Validate())
		if first, dup := firstIndex(activities, a.ID, i, a.ID == ""); dup {
			errs = append(errs, dupError("activities", i, "activity_id", CodeDuplicateID, first))
		}
	}
	type pair struct{ learner, activity string }
	seen := make(map[pair]int, len(d.Participations))
	for i := range d.Participations {
		p := &d.Participations[i]
		prefixed("participations", i, p.Validate())
		at := func(field string, c Code, args map[string]string) {
			errs = append(errs, &Error{Path: "participations[" + strconv.Itoa(i) + "]." + field, Field: field, Code: c, Args: args})
		}
		li, lok := learners[p.LearnerID]
		ai, aok := activities[p.ActivityID]
		if !lok && p.LearnerID != "" {
			at("learner_id", CodeUnknownLearner, nil)
		}
		if !aok && p.ActivityID != "" {
			at("activity_id", CodeUnknownActivity, nil)
		}
		if first, dup := firstIndex(seen, pair{p.LearnerID, p.ActivityID}, i, p.LearnerID == "" || p.ActivityID == ""); dup {
			errs = append(errs, dupError("participations", i, "activity_id", CodeDuplicateEntry, first))
		}
		if !aok {
			continue
		}
		a := &d.Activities[ai]
		if p.Attended && a.Status == Cancelled {
			at("attended", CodeAttendedCancelled, nil)
		}
		if p.Hours != nil {
			if limit, over := a.overSpan(*p.Hours); over {
				at("hours", CodeHoursExceedSpan, map[string]string{"max": strconv.Itoa(limit)})
			}
		}
		if !lok {
			continue
		}
		l := &d.Learners[li]
		if min, kind := a.MinAge(); min > 0 && l.DateOfBirth.IsValid() && a.StartDate.IsValid() && l.DateOfBirth.AgeOn(a.StartDate) < min {
			at("learner_id", CodeUnderAge, map[string]string{"min": strconv.Itoa(min), "kind": kind.String()})
		}
	}
	errs.Sort()
	return errs
}

// firstIndex remembers that key is at index i and reports the index of an
// earlier record with the same key. A blank key (an empty id) is neither
// remembered nor a duplicate: required reports it.
func firstIndex[K comparable](seen map[K]int, key K, i int, blank bool) (first int, dup bool) {
	if blank {
		return 0, false
	}
	if first, dup = seen[key]; !dup {
		seen[key] = i
	}
	return first, dup
}

// dupError reports record i of a collection as a duplicate of record first.
func dupError(collection string, i int, field string, c Code, first int) *Error {
	return &Error{
		Path:  collection + "[" + strconv.Itoa(i) + "]." + field,
		Field: field,
		Code:  c,
		Args:  map[string]string{"first": collection + "[" + strconv.Itoa(first) + "]"},
	}
}

// standardColumns are the column names of the three files, which extra
// fields may not reuse.
var standardColumns = map[string]bool{}

func init() {
	for _, cols := range [][]string{learnerColumns, activityColumns, participationColumns} {
		for _, c := range cols {
			standardColumns[c] = true
		}
	}
	standardColumns["extra"] = true
}

// The columns of each file in the order writers use; FileKind.Columns
// gives callers a copy.
var (
	learnerColumns       = []string{"learner_id", "school_id", "year_group", "date_of_birth", "efsm", "lac", "young_carer", "aln", "setting"}
	activityColumns      = []string{"activity_id", "school_id", "title", "groups", "staff", "activity", "types", "objectives", "start_date", "end_date", "hours", "delivery", "status", "prepared", "debriefed", "employers", "aole", "link"}
	participationColumns = []string{"learner_id", "activity_id", "attended", "hours", "reflection", "outcomes"}
)
