package cwre_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"2023-03-24", "2023-03-24", false},
		{" 2023-03-24 ", "2023-03-24", false},
		{"24/03/2023", "2023-03-24", false},
		{"24.03.2023", "2023-03-24", false},
		{"24-03-2023", "2023-03-24", false},
		{"24.03.23", "2023-03-24", false}, // Table Five's form
		{"4/3/2023", "2023-03-04", false},
		{"29/02/2024", "2024-02-29", false},
		{"29/02/2023", "", true},
		{"2023-02-30", "", true},
		{"31/04/2023", "", true},
		{"2023-13-01", "", true},
		{"", "", true},
		{"yesterday", "", true},
		{"2023/03/24", "", true},
		{"24/03/023", "", true},
		{"24.3", "", true},
		{"+1/03/2023", "", true},
		{"1899-12-31", "", true},
		{"23-03-24", "", true}, // a two-digit year only after full stops
		{"1/2/23", "", true},
		{"24-03-23", "", true},
		{"0001/2/2023", "", true},
		{"24.3.23", "2023-03-24", false},
		{"2023-3-24", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := cwre.ParseDate(tt.in)
			if tt.wantErr {
				assert.Error(t, err)
				assert.True(t, d.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.String())
			back, err := cwre.ParseDate(d.String())
			require.NoError(t, err)
			assert.Equal(t, d, back, "Parse(String()) changes the date")
		})
	}
}

func TestAgeOn(t *testing.T) {
	tests := []struct {
		born, on string
		want     int
	}{
		{"2009-09-01", "2023-08-31", 13},
		{"2009-09-01", "2023-09-01", 14},
		{"2009-08-31", "2023-08-31", 14},
		{"2008-02-29", "2022-02-28", 13},
		{"2008-02-29", "2022-03-01", 14},
		{"2008-02-29", "2024-02-29", 16},
		{"2020-01-01", "2019-12-31", -1},
	}
	for _, tt := range tests {
		t.Run(tt.born+"@"+tt.on, func(t *testing.T) {
			assert.Equal(t, tt.want, cwre.MustParseDate(tt.born).AgeOn(cwre.MustParseDate(tt.on)))
		})
	}
}

func TestAcademicYearAndYearGroup(t *testing.T) {
	assert.Equal(t, 2023, cwre.MustParseDate("2023-09-01").AcademicYear())
	assert.Equal(t, 2022, cwre.MustParseDate("2023-08-31").AcademicYear())
	assert.Equal(t, "2023-09-01", cwre.AcademicYearStart(2023).String())
	assert.Equal(t, "2024-08-31", cwre.AcademicYearEnd(2023).String())
	tests := []struct {
		born string
		year int
		want string
		ok   bool
	}{
		{"2008-09-01", 2023, "Y10", true}, // 14 on 31 Aug 2023
		{"2009-08-31", 2023, "Y10", true}, // 14 on 31 Aug 2023, youngest in year
		{"2009-09-01", 2023, "Y9", true},
		{"2019-01-15", 2023, "R", true},
		{"2020-12-01", 2023, "N1", true},
		{"2021-12-01", 2023, "", false},
		{"2005-01-01", 2023, "", false},
	}
	for _, tt := range tests {
		y, ok := cwre.MustParseDate(tt.born).YearGroupIn(tt.year)
		assert.Equal(t, tt.ok, ok, tt.born)
		if ok {
			assert.Equal(t, tt.want, y.Code(), tt.born)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := cwre.MustParseDate("2024-02-28")
	assert.Equal(t, "2024-03-01", d.AddDays(2).String())
	assert.Equal(t, 2, d.DaysUntil(d.AddDays(2)))
	assert.Equal(t, -365, d.DaysUntil(cwre.MustParseDate("2023-02-28")))
	assert.True(t, d.Before(d.AddDays(1)))
	assert.True(t, d.After(d.AddDays(-1)))
	assert.Equal(t, 0, d.Compare(cwre.NewDate(2024, time.February, 28)))
	assert.Equal(t, d, cwre.DateOf(d.Time()))
}

func TestDateText(t *testing.T) {
	var zero cwre.Date
	b, err := json.Marshal(struct {
		D cwre.Date `json:"d"`
		Z cwre.Date `json:"z,omitzero"`
	}{D: cwre.MustParseDate("2023-03-24")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"d":"2023-03-24"}`, string(b))
	require.NoError(t, zero.UnmarshalText([]byte("")))
	assert.True(t, zero.IsZero())
	require.NoError(t, zero.UnmarshalText([]byte("24.03.23")))
	assert.Equal(t, "2023-03-24", zero.String())
	assert.Error(t, zero.UnmarshalText([]byte("31.02.23")))
	assert.False(t, cwre.NewDate(2023, 2, 29).IsValid())
}

func TestUPN(t *testing.T) {
	tests := []struct {
		upn     string
		shape   bool
		wantErr error
		ok      bool
	}{
		// 1·2+2·3+3·4+4·5+5·6+6·7+7·8+8·9+9·10+0·11+1·12+2·13 = 368 = 16·23, remainder 0: A
		{"A123456789012", true, nil, true},
		// 1·4+2·5+1·8+1·13 = 35, remainder 12: N
		{"N001200100001", true, nil, true},
		{"K001200100001", true, cwre.ErrUPNCheckLetter, false},
		// temporary UPN: last character A counts 0; 330+12 = 342, remainder 20: X
		{"X12345678901A", true, nil, true},
		{"Y12345678901A", true, cwre.ErrUPNCheckLetter, false},
		{"I123456789012", true, cwre.ErrUPNCheckLetter, false}, // I is never a check letter
		{"A12345678901I", true, nil, false},                    // nor a final letter
		{"a123456789012", false, nil, false},
		{"A12345678901", false, nil, false},
		{"pseudo-0001", false, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.upn, func(t *testing.T) {
			assert.Equal(t, tt.shape, cwre.LooksLikeUPN(tt.upn))
			err := cwre.CheckUPN(tt.upn)
			if tt.ok {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
			}
		})
	}
	c, err := cwre.UPNCheckLetter("123456789012")
	require.NoError(t, err)
	assert.Equal(t, byte('A'), c)
}
