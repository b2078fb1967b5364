package cwre_test

import (
	"encoding/json"
	"testing"

	"github.com/cwre-cymru/cwre/cwre"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTypeObjectiveJSON checks that types and objectives are read from
// JSON numbers by their value, as JSON Schema reads them, and written as
// plain integers.
func TestTypeObjectiveJSON(t *testing.T) {
	tests := []struct {
		json       string
		types      []cwre.Type
		objectives []cwre.Objective
	}{
		{`[2, 4]`, []cwre.Type{2, 4}, []cwre.Objective{2, 4}},
		{`[2.0, 4.00]`, []cwre.Type{2, 4}, []cwre.Objective{2, 4}},
		{`[2e0, 20E-1, 0.4e1, 1E+0]`, []cwre.Type{2, 2, 4, 1}, []cwre.Objective{2, 2, 4, 1}},
		{`["3"]`, []cwre.Type{3}, []cwre.Objective{3}},
		{`[6.0]`, nil, []cwre.Objective{6}},
		{`[2.5]`, nil, nil},
		{`[1.0000000000000001]`, nil, nil},
		{`[0.0]`, nil, nil},
		{`[-2.0]`, nil, nil},
		{`[2e-1]`, nil, nil},
		{`[2e99999999999]`, nil, nil},
		{`[0e99999999999]`, nil, nil},
		{`[1e1]`, nil, nil},
		{`["2.0"]`, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.json, func(t *testing.T) {
			var types []cwre.Type
			err := json.Unmarshal([]byte(tt.json), &types)
			if tt.types != nil {
				require.NoError(t, err)
				assert.Equal(t, tt.types, types)
			} else {
				assert.Error(t, err)
			}
			var objectives []cwre.Objective
			err = json.Unmarshal([]byte(tt.json), &objectives)
			if tt.objectives != nil {
				require.NoError(t, err)
				assert.Equal(t, tt.objectives, objectives)
			} else {
				assert.Error(t, err)
			}
		})
	}
	b, err := json.Marshal(struct {
		T []cwre.Type
		O []cwre.Objective
	}{[]cwre.Type{2, 4}, []cwre.Objective{6}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"T": [2, 4], "O": [6]}`, string(b))
}
