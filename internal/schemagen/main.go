// Command schemagen writes the JSON Schemas of the cwre records (see
// cwre.Schemas) into a directory. The committed copies under schema/ are
// regenerated with
//
//	go generate ./cwre
//
// which runs, from the cwre directory,
//
//	go run ../internal/schemagen -o ../schema
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/cwre-cymru/cwre/cwre"
)

func main() {
	dir := flag.String("o", "schema", "directory to write the schema files into")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: schemagen [-o dir]")
		os.Exit(2)
	}
	if err := cwre.WriteSchemas(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
}
