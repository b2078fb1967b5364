package cwre_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// specKinds is section 2 of the records specification, transcribed: code,
// type and minimum age, in the specification's order.
var specKinds = []struct {
	code   string
	typ    int
	minAge int
}{
	{"work-related-information", 1, 0}, {"active-learning", 1, 0}, {"online-resources", 1, 0},
	{"case-studies", 1, 0}, {"topic", 1, 0}, {"project", 1, 0}, {"conversation", 1, 0},
	{"portfolio-building", 1, 0}, {"peer-mentoring", 1, 0}, {"school-club", 1, 0},
	{"employer-involvement", 2, 0}, {"employer-talk", 2, 0}, {"visitor", 2, 0}, {"mentoring", 2, 0},
	{"job-coaching", 2, 0}, {"mock-interviews", 2, 0}, {"alumni", 2, 0}, {"careers-fair", 2, 0},
	{"workshops", 2, 0}, {"careers-carousel", 2, 0},
	{"role-play", 3, 0}, {"simulation", 3, 0}, {"business-games", 3, 0}, {"mini-enterprise", 3, 0},
	{"business-challenge", 3, 0},
	{"workplace-visit", 4, 0}, {"work-observation", 4, 0}, {"job-shadowing", 4, 0},
	{"part-time-work", 4, 13}, {"volunteering", 4, 0}, {"work-experience", 4, 14},
	{"work-experience-short", 4, 14}, {"work-experience-block", 4, 14}, {"work-experience-weekly", 4, 14},
	{"work-experience-in-school", 4, 14}, {"work-experience-international", 4, 14},
	{"virtual-work-experience", 4, 0},
}

var codeShape = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestKindsMatchSpecification(t *testing.T) {
	var got []cwre.Kind
	for k := range cwre.Kinds() {
		got = append(got, k)
	}
	require.Len(t, got, len(specKinds))
	for i, want := range specKinds {
		k := got[i]
		t.Run(want.code, func(t *testing.T) {
			assert.Equal(t, want.code, k.String())
			assert.Equal(t, cwre.Type(want.typ), k.Type())
			assert.Equal(t, want.minAge, k.MinAge())
			assert.Equal(t, strings.HasPrefix(want.code, "work-experience"), k.IsPlacement())
			info := k.Info()
			assert.NotEmpty(t, info.Name.En)
			assert.NotEmpty(t, info.Name.Cy)
			assert.NotEmpty(t, info.Description.En)
			assert.NotEmpty(t, info.Description.Cy)
			assert.NotEqual(t, info.Name.En, info.Name.Cy, "Welsh name is a copy of the English")
			assert.Regexp(t, codeShape, k.String())
			assert.Contains(t, []cwre.Source{cwre.TableThree, cwre.TableFour}, info.Source)
		})
	}
}

func TestParseKind(t *testing.T) {
	tests := []struct {
		in   string
		want cwre.Kind
	}{
		{"job-shadowing", cwre.KindJobShadowing},
		{"  Job-Shadowing ", cwre.KindJobShadowing},
		{"JOB_SHADOWING", cwre.KindJobShadowing},
		{"job shadowing", cwre.KindJobShadowing},
		{"speed-networking", cwre.KindCareersCarousel},
		{"virtual careers fair", cwre.KindCareersFair},
		{"e-mentoring", cwre.KindMentoring},
		{"visits", cwre.KindWorkplaceVisit},
		{"work-experience-block", cwre.KindWorkExperienceBlock},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := cwre.ParseKind(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	for _, bad := range []string{"", "job", "shadowing-job", "work experience!", "1"} {
		t.Run("bad/"+bad, func(t *testing.T) {
			_, err := cwre.ParseKind(bad)
			require.Error(t, err)
			assert.True(t, errors.Is(err, cwre.ErrUnknownCode), "errors.Is(%v, ErrUnknownCode)", err)
			var uc *cwre.UnknownCodeError
			require.ErrorAs(t, err, &uc)
			assert.Equal(t, "activity kind", uc.Vocabulary)
			assert.Equal(t, bad, uc.Code)
		})
	}
}

func TestKindTextRoundTrip(t *testing.T) {
	for k := range cwre.Kinds() {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back cwre.Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	_, err := cwre.Kind(0).MarshalText()
	assert.ErrorIs(t, err, cwre.ErrUnknownCode)
	assert.False(t, cwre.Kind(0).IsValid())
	assert.Equal(t, "", cwre.Kind(200).String())
	assert.Equal(t, cwre.KindInfo{}, cwre.Kind(200).Info())
}

func TestKindAliasesResolve(t *testing.T) {
	for alias, k := range cwre.KindAliases() {
		assert.True(t, k.IsValid(), alias)
		assert.Regexp(t, codeShape, alias)
		got, err := cwre.ParseKind(alias)
		require.NoError(t, err, alias)
		assert.Equal(t, k, got, alias)
		assert.NotEqual(t, alias, k.String(), "alias %q repeats a code", alias)
	}
}

func TestTypes(t *testing.T) {
	for _, ty := range cwre.Types() {
		got, err := cwre.ParseType(ty.String())
		require.NoError(t, err)
		assert.Equal(t, ty, got)
		assert.NotEmpty(t, ty.Name(cwre.English))
		assert.NotEmpty(t, ty.Name(cwre.Welsh))
	}
	assert.True(t, cwre.TypeBusiness.EmployerEncounter())
	assert.True(t, cwre.TypeWorkplace.EmployerEncounter())
	assert.False(t, cwre.TypeCurricular.EmployerEncounter())
	assert.False(t, cwre.TypeSimulation.EmployerEncounter())
	for _, bad := range []string{"0", "5", "one", ""} {
		_, err := cwre.ParseType(bad)
		assert.ErrorIs(t, err, cwre.ErrUnknownCode, bad)
	}
}

func TestObjectives(t *testing.T) {
	require.Len(t, cwre.Objectives(), 6)
	for _, o := range cwre.Objectives() {
		info := o.Info()
		assert.NotEmpty(t, info.Name.En)
		assert.NotEmpty(t, info.Name.Cy)
		assert.NotEmpty(t, info.Suggestions, "objective %d has no suggested activities", o)
		assert.NotEmpty(t, info.Outcomes, "objective %d has no intended outcomes", o)
		for _, s := range info.Suggestions {
			assert.Less(t, s.Ages.From, s.Ages.To)
			for _, k := range s.Kinds {
				assert.True(t, k.IsValid())
			}
		}
		for _, out := range info.Outcomes {
			assert.True(t, out.Serves(o))
		}
	}
	tests := []struct {
		o    cwre.Objective
		age  int
		want []cwre.Kind
	}{
		{cwre.ObjectiveRelateLearning, 5, []cwre.Kind{cwre.KindTopic, cwre.KindWorkplaceVisit, cwre.KindVisitor}},
		{cwre.ObjectiveRelateLearning, 11, []cwre.Kind{cwre.KindProject, cwre.KindWorkplaceVisit, cwre.KindVisitor}},
		{cwre.ObjectiveSkills, 4, []cwre.Kind{cwre.KindRolePlay}},
		{cwre.ObjectiveSkills, 7, []cwre.Kind{cwre.KindSimulation, cwre.KindWorkshops, cwre.KindVolunteering}},
		{cwre.ObjectivePersonalResources, 14, []cwre.Kind{cwre.KindPortfolioBuilding, cwre.KindPeerMentoring, cwre.KindMentoring}},
		{cwre.ObjectiveUnderstandWork, 17, nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.o.SuggestedFor(tt.age), "objective %d age %d", tt.o, tt.age)
	}
}

func TestOutcomes(t *testing.T) {
	seen := map[string]bool{}
	n := 0
	for o := range cwre.Outcomes() {
		n++
		assert.Regexp(t, codeShape, o.String())
		assert.False(t, seen[o.String()], "duplicate code %s", o)
		seen[o.String()] = true
		assert.True(t, o.Kind().IsValid(), o.String())
		assert.NotEmpty(t, o.Name(cwre.Welsh), o.String())
		got, err := cwre.ParseOutcome(strings.ToUpper(o.String()))
		require.NoError(t, err)
		assert.Equal(t, o, got)
	}
	assert.Equal(t, 25, n)
	// The entitlement examples of section 4.3 are outcomes too.
	for _, code := range []string{"customer-care", "cv-and-applications"} {
		o, err := cwre.ParseOutcome(code)
		require.NoError(t, err)
		assert.Empty(t, o.Objectives())
	}
	teamwork, err := cwre.ParseOutcome("teamwork")
	require.NoError(t, err)
	assert.Equal(t, []cwre.Objective{cwre.ObjectiveParticipate, cwre.ObjectiveExperienceRoles}, teamwork.Objectives())
	require.Len(t, cwre.OutcomeKinds(), 6)
}

func TestYearGroups(t *testing.T) {
	ys := cwre.YearGroups()
	require.Len(t, ys, 16)
	assert.Equal(t, "N1", ys[0].Code())
	assert.Equal(t, "R", ys[2].Code())
	assert.Equal(t, "Y13", ys[15].Code())
	for _, y := range ys {
		got, err := cwre.ParseYearGroup(y.Code())
		require.NoError(t, err)
		assert.Equal(t, y, got)
		back, ok := cwre.YearGroupForAge(y.Age())
		assert.True(t, ok)
		assert.Equal(t, y, back)
	}
	assert.Equal(t, 2, cwre.YearN1.Age())
	assert.Equal(t, 4, cwre.YearR.Age())
	assert.Equal(t, 5, cwre.Year1.Age())
	assert.Equal(t, 15, cwre.Year11.Age())
	assert.Equal(t, "Blwyddyn 10", cwre.Year10.Name(cwre.Welsh))
	assert.Equal(t, "Derbyn", cwre.YearR.Name(cwre.Welsh))
	for in, want := range map[string]cwre.YearGroup{
		"y10": cwre.Year10, "Year 10": cwre.Year10, "10": cwre.Year10, "year10": cwre.Year10,
		"Reception": cwre.YearR, "r": cwre.YearR, "n1": cwre.YearN1, "Blwyddyn 7": cwre.Year7,
	} {
		got, err := cwre.ParseYearGroup(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, bad := range []string{"Y14", "Y0", "N3", "", "10X1", "14"} {
		_, err := cwre.ParseYearGroup(bad)
		assert.ErrorIs(t, err, cwre.ErrUnknownCode, bad)
	}
	_, ok := cwre.YearGroupForAge(1)
	assert.False(t, ok)
	_, ok = cwre.YearGroupForAge(18)
	assert.False(t, ok)
}

func TestSmallVocabularies(t *testing.T) {
	check := func(t *testing.T, code string, name cwre.Text, parse func(string) error) {
		t.Helper()
		assert.Regexp(t, codeShape, code)
		assert.NotEmpty(t, name.En)
		assert.NotEmpty(t, name.Cy)
		assert.NoError(t, parse(strings.ToUpper(code)))
	}
	for _, a := range cwre.AoLEs() {
		check(t, a.String(), a.Text(), func(s string) error { _, err := cwre.ParseAoLE(s); return err })
	}
	for _, p := range cwre.Purposes() {
		check(t, p.String(), p.Text(), func(s string) error { _, err := cwre.ParsePurpose(s); return err })
	}
	for _, s := range cwre.Skills() {
		check(t, s.String(), s.Text(), func(x string) error { _, err := cwre.ParseSkill(x); return err })
		assert.NotEmpty(t, s.Purposes())
	}
	for _, s := range cwre.Settings() {
		check(t, s.String(), s.Text(), func(x string) error { _, err := cwre.ParseSetting(x); return err })
	}
	require.Len(t, cwre.AoLEs(), 6)
	require.Len(t, cwre.Purposes(), 4)
	require.Len(t, cwre.Skills(), 12)
	for in, want := range map[string]cwre.AoLE{"LLC": cwre.AoLELanguages, "maths": cwre.AoLEMathematics, "Health and Well-being": cwre.AoLEHealthWellbeing} {
		got, err := cwre.ParseAoLE(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
	}
	for in, want := range map[string]cwre.Delivery{"face to face": cwre.FaceToFace, "Virtual": cwre.Virtual, "hybrid": cwre.Hybrid, "online": cwre.Virtual} {
		got, err := cwre.ParseDelivery(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
	}
	for in, want := range map[string]cwre.Status{"planned": cwre.Planned, "Delivered": cwre.Delivered, "canceled": cwre.Cancelled} {
		got, err := cwre.ParseStatus(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got)
	}
}

func TestLang(t *testing.T) {
	for in, want := range map[string]cwre.Lang{"cy": cwre.Welsh, "CY-gb": cwre.Welsh, "cy_GB": cwre.Welsh, "en": cwre.English, "en-GB": cwre.English, "Cymraeg": cwre.Welsh} {
		got, err := cwre.ParseLang(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := cwre.ParseLang("fr")
	assert.Error(t, err)
	assert.Equal(t, "cy", cwre.Welsh.String())
	assert.Equal(t, "en", cwre.Lang(0).String())
}

func TestTaxonomyCatalogue(t *testing.T) {
	c := cwre.Taxonomy()
	assert.Len(t, c.Kinds, len(specKinds))
	assert.Len(t, c.Types, 4)
	assert.Len(t, c.Objectives, 6)
	assert.Len(t, c.YearGroups, 16)
	assert.Len(t, c.OutcomeKinds, 6)
	assert.Len(t, c.Delivery, 3)
	c.Kinds[0].Name.En = "changed"
	assert.NotEqual(t, "changed", cwre.Taxonomy().Kinds[0].Name.En, "Taxonomy must return a copy")
}
