package cwre_test

import "flag"

// update makes golden-file tests rewrite their files instead of comparing:
//
//	go test ./cwre -update
//
// It is the one -update flag of this package's tests; every golden test
// uses it.
var update = flag.Bool("update", false, "rewrite golden files under testdata/ and the committed schema and review files")
