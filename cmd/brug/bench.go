package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/kansrijk/brug/internal/bench"
	"github.com/kansrijk/brug/internal/synth"
)

// localPostgres is the server --database-url=postgres means when
// DATABASE_URL is not set.
const localPostgres = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

const benchUsage = `Usage: brug bench search [flags]

Loads a synthetic Flanders into a fresh database and measures the nearby
search through the GraphQL API and as hand-written SQL. It asserts nothing.
`

// benchCmd runs a benchmark: brug bench search [flags].
func benchCmd(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "search" {
		fmt.Fprint(stdout, benchUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return nil
		}
		return errors.New("bench: say what to measure: search")
	}
	fs := flag.NewFlagSet("brug bench search", flag.ContinueOnError)
	databaseURL := fs.String("database-url", env("DATABASE_URL", ""), `empty: embedded SQLite in a temporary directory; "postgres" or a URL: a fresh database on that PostgreSQL server (DATABASE_URL)`)
	both := fs.Bool("both", false, "run on SQLite and on PostgreSQL (--database-url, or the local server) and print one table")
	keep := fs.Bool("keep", false, "keep the benchmark databases afterwards")
	tenants := fs.Int("tenants", synth.DefaultTenants, "synthetic municipalities")
	locations := fs.Int("locations", synth.DefaultLocations, "synthetic locations")
	services := fs.Int("services", synth.DefaultServices, "synthetic services")
	seed := fs.Uint64("seed", synth.DefaultSeed, "seed of the data set and of the search mix")
	duration := fs.Duration("duration", bench.DefaultDuration, "how long each scenario runs")
	requests := fs.Int("requests", 0, "requests per scenario instead of --duration")
	concurrency := fs.String("concurrency", "1,16", "comma-separated numbers of concurrent clients")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the API scenarios to this file, suffixed .sqlite or .postgres")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	var conc []int
	for f := range strings.SplitSeq(*concurrency, ",") {
		c, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || c < 1 {
			return fmt.Errorf("-concurrency: %q is not a positive number", f)
		}
		conc = append(conc, c)
	}
	pg := *databaseURL
	if pg == "postgres" || (*both && pg == "") {
		pg = env("DATABASE_URL", localPostgres)
		if pg == "" || pg == "postgres" {
			pg = localPostgres
		}
	}
	dbs := []string{pg}
	if *both {
		dbs = []string{"", pg}
	}
	return bench.Search(ctx, bench.SearchConfig{
		Databases:   dbs,
		Keep:        *keep,
		Synth:       synth.Config{Tenants: *tenants, Locations: *locations, Services: *services, Seed: *seed},
		Duration:    *duration,
		Requests:    *requests,
		Concurrency: conc,
		CPUProfile:  *cpuProfile,
		Progress:    os.Stderr,
	}, stdout)
}
