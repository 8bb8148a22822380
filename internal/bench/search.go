package bench

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"entgo.io/ent/dialect"
	_ "github.com/jackc/pgx/v5/stdlib" // "pgx" database/sql driver, to create and drop the benchmark database

	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/member"
	"github.com/kansrijk/brug/internal/server"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/synth"
	"github.com/kansrijk/brug/internal/viewer"
)

// SearchConfig configures Search.
type SearchConfig struct {
	// Databases are run in order: "" is embedded SQLite in a temporary
	// directory; anything else is the URL of a PostgreSQL server, on which a
	// fresh database brug_bench_<random> is created, migrated as the URL's
	// user and served as the role brug_app.
	Databases []string
	// Keep leaves the databases in place afterwards (and says where).
	Keep bool
	// Synth sizes the synthetic data set; zero values take synth's defaults.
	Synth synth.Config
	// Duration is how long each scenario runs, unless Requests is set.
	Duration time.Duration
	// Requests, if above 0, is the number of requests each scenario sends.
	Requests int
	// Concurrency lists the numbers of concurrent clients to measure with.
	Concurrency []int
	// CPUProfile, if set, is where a CPU profile of the API scenarios is
	// written, one file per database: CPUProfile + ".sqlite" or ".postgres".
	CPUProfile string
	// Progress receives a line per step; nil means silence.
	Progress io.Writer
	// Logger receives the app's logs; nil means warnings and errors to stderr.
	Logger *slog.Logger
}

// DefaultDuration is how long a scenario runs by default.
const DefaultDuration = 10 * time.Second

// distinctQueries is how many different searches a timed scenario cycles
// through; with Requests set, each request is a different search.
const distinctQueries = 1000

// checked is how many searches are run through both paths before measuring,
// to warm caches and to compare their pages.
const checked = 50

// Search loads a synthetic Flanders into each database, measures the search
// through the HTTP GraphQL API and through hand-written SQL, and prints one
// table to out, then the load times, memory and PostgreSQL plan.
func Search(ctx context.Context, cfg SearchConfig, out io.Writer) error {
	if len(cfg.Databases) == 0 || len(cfg.Concurrency) == 0 {
		return errors.New("bench: name at least one database and one concurrency")
	}
	if cfg.Duration <= 0 {
		cfg.Duration = DefaultDuration
	}
	if cfg.Progress == nil {
		cfg.Progress = io.Discard
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	var reports []*report
	for _, db := range cfg.Databases {
		r, err := searchOn(ctx, cfg, db)
		if err != nil {
			if len(reports) > 0 {
				_ = printReports(out, cfg, reports) // what was measured before the failure
			}
			return fmt.Errorf("bench on %s: %w", r.database, err)
		}
		reports = append(reports, r)
	}
	return printReports(out, cfg, reports)
}

// report is what one database's run found.
type report struct {
	database   string
	kept       string // where the data stays, with Keep
	summary    *synth.Summary
	loaded     time.Duration // migrate excluded
	analyzed   time.Duration // PostgreSQL ANALYZE after the load
	world      *world
	queries    int
	rows       []row
	loadMem    memory
	serveMem   memory
	agree      int // checked pages on which both paths agree
	disagree   []string
	plan       string
	seqScans   []string
	planQuery  string
	errorLines []string
}

// row is one line of the table.
type row struct {
	path        string
	concurrency int
	result
}

// searchOn runs the benchmark on one database. The report is never nil.
func searchOn(ctx context.Context, cfg SearchConfig, serverURL string) (rep *report, err error) {
	rep = &report{database: "sqlite"}
	if serverURL != "" {
		rep.database = "postgres"
	}
	owner, appStore, cleanup, err := prepare(ctx, serverURL, cfg.Keep)
	if err != nil {
		return rep, err
	}
	defer func() {
		kept, cerr := cleanup()
		rep.kept = kept
		err = errors.Join(err, cerr)
	}()
	progress := func(format string, args ...any) {
		fmt.Fprintf(cfg.Progress, "%s: "+format+"\n", append([]any{rep.database}, args...)...)
	}

	reset := resetPeak()
	if err := load(ctx, cfg, owner, rep); err != nil {
		return rep, err
	}
	rep.loadMem = readMemory(reset)
	progress("loaded %d locations, %d services in %s", rep.summary.Locations, rep.summary.Services, rep.loaded.Round(100*time.Millisecond))

	reset = resetPeak()
	iss, err := auth.NewDevIssuer("https://bench.brug.invalid/oidc")
	if err != nil {
		return rep, err
	}
	a, err := app.New(ctx, app.Config{Store: appStore, Auth: app.Auth{Dev: iss}, Logger: cfg.Logger})
	if err != nil {
		return rep, fmt.Errorf("starting the app: %w", err)
	}
	defer a.Close()
	w, err := pickWorld(ctx, a.Store, seedOf(cfg))
	if err != nil {
		return rep, err
	}
	rep.world = w
	claims, err := member.EnsureDevMember(ctx, a.Store, iss, member.DevMember{Tenant: w.slug, Role: viewer.School})
	if err != nil {
		return rep, fmt.Errorf("creating the school member: %w", err)
	}
	token, err := iss.Sign(auth.Claims{Subject: claims.Subject, Email: claims.Email, Name: claims.Name, TTL: 24 * time.Hour})
	if err != nil {
		return rep, err
	}
	base, stop, err := listen(a.Handler)
	if err != nil {
		return rep, err
	}
	defer stop()

	n := distinctQueries
	if cfg.Requests > 0 {
		n = cfg.Requests
	}
	qs := w.queries(n, seedOf(cfg))
	rep.queries = len(qs)
	api, err := newAPI(base, token, w.slug, qs, slices.Max(cfg.Concurrency))
	if err != nil {
		return rep, err
	}
	rs := &raw{st: a.Store, w: w}
	progress("searching as a SCHOOL member of %s (%d region-mates) at %s", w.slug, len(w.mates), base)

	// Warm up both paths and check that they find the same pages.
	for i := range min(checked, len(qs)) {
		ids, err := api.post(ctx, i)
		if err != nil {
			return rep, fmt.Errorf("search %d through the API: %w", i, err)
		}
		hits, _, err := rs.search(ctx, qs[i])
		if err != nil {
			return rep, fmt.Errorf("search %d as raw SQL: %w", i, err)
		}
		if sameIDs(hits, ids) {
			rep.agree++
		} else {
			rep.disagree = append(rep.disagree, fmt.Sprintf("search %d (%s): API %d hits, raw %d hits", i, qs[i].kind(), len(ids), len(hits)))
		}
	}

	paths := []struct {
		name string
		do   func(context.Context, int) error
	}{
		{"api", func(ctx context.Context, i int) error { _, err := api.post(ctx, i); return err }},
		{"raw", func(ctx context.Context, i int) error { _, _, err := rs.search(ctx, qs[i]); return err }},
	}
	for _, p := range paths {
		stopProfile, err := profile(cfg, p.name, rep.database)
		if err != nil {
			return rep, err
		}
		for _, c := range cfg.Concurrency {
			res := run(ctx, c, cfg.Duration, cfg.Requests, len(qs), p.do)
			if err := ctx.Err(); err != nil {
				return rep, err
			}
			rep.rows = append(rep.rows, row{path: p.name, concurrency: c, result: res})
			progress("%s at concurrency %d: %d requests, %.1f req/s, p50 %.1f ms, %d errors",
				p.name, c, res.requests, res.perSecond(), res.percentile(0.5), res.errors)
			for msg, count := range res.errorSamples {
				rep.errorLines = append(rep.errorLines, fmt.Sprintf("%s %s c=%d: %d× %s", rep.database, p.name, c, count, msg))
			}
		}
		if err := stopProfile(); err != nil {
			return rep, err
		}
	}
	rep.serveMem = readMemory(reset)

	if a.Store.Dialect == dialect.Postgres {
		rep.planQuery = qs[0].kind()
		rep.plan, rep.seqScans, err = rs.explain(ctx, qs[0])
		if err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// profile starts a CPU profile of the API path if one is asked for and
// returns what stops it.
func profile(cfg SearchConfig, path, database string) (func() error, error) {
	if cfg.CPUProfile == "" || path != "api" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(cfg.CPUProfile + "." + database)
	if err != nil {
		return nil, fmt.Errorf("creating CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("starting CPU profile: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}, nil
}

func seedOf(cfg SearchConfig) uint64 {
	if cfg.Synth.Seed == 0 {
		return synth.DefaultSeed
	}
	return cfg.Synth.Seed
}

// load migrates the database as its owner, generates the data set, and on
// PostgreSQL analyzes it, so that plans do not depend on when autovacuum
// happens to run.
func load(ctx context.Context, cfg SearchConfig, owner store.Config, rep *report) error {
	st, err := store.Open(ctx, owner)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	start := time.Now()
	rep.summary, err = synth.Generate(ctx, st, cfg.Synth)
	if err != nil {
		return err
	}
	rep.loaded = time.Since(start)
	if st.Dialect == dialect.Postgres {
		start = time.Now()
		if _, err := st.DB.ExecContext(ctx, "ANALYZE"); err != nil {
			return fmt.Errorf("analyzing: %w", err)
		}
		rep.analyzed = time.Since(start)
	}
	return nil
}

// prepare makes an empty database: an SQLite file in a new temporary
// directory, or a new PostgreSQL database on the server. It returns how the
// owner (migrations, load) and the app open it, and a cleanup that removes
// it unless keep, reporting where it is kept.
func prepare(ctx context.Context, serverURL string, keep bool) (owner, appStore store.Config, cleanup func() (string, error), err error) {
	if serverURL == "" {
		dir, err := os.MkdirTemp("", "brug-bench-")
		if err != nil {
			return owner, appStore, nil, fmt.Errorf("creating a data directory: %w", err)
		}
		cleanup = func() (string, error) {
			if keep {
				return dir, nil
			}
			return "", os.RemoveAll(dir)
		}
		return store.Config{DataDir: dir}, store.Config{DataDir: dir}, cleanup, nil
	}
	u, err := url.Parse(serverURL)
	if err != nil {
		return owner, appStore, nil, fmt.Errorf("parsing the PostgreSQL URL: %w", err)
	}
	suffix := make([]byte, 6)
	_, _ = rand.Read(suffix)
	name := "brug_bench_" + hex.EncodeToString(suffix)
	if err := admin(ctx, serverURL, "CREATE DATABASE "+name); err != nil {
		return owner, appStore, nil, fmt.Errorf("creating database %s: %w", name, err)
	}
	u.Path = "/" + name
	cleanup = func() (string, error) {
		if keep {
			return u.Redacted(), nil
		}
		if err := admin(context.WithoutCancel(ctx), serverURL, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			return "", fmt.Errorf("dropping database %s: %w", name, err)
		}
		return "", nil
	}
	return store.Config{DatabaseURL: u.String()}, store.Config{DatabaseURL: u.String(), DatabaseRole: "brug_app"}, cleanup, nil
}

// admin runs one statement on the PostgreSQL server.
func admin(ctx context.Context, serverURL, stmt string) error {
	db, err := sql.Open("pgx", serverURL)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, stmt)
	return err
}

// listen serves h on a loopback port and returns its base URL.
func listen(h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("listening on loopback: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = srv.Close() }, nil
}

// api sends the searches to the GraphQL endpoint as the school member.
type api struct {
	url, token, tenant string
	bodies             [][]byte
	client             *http.Client
}

func newAPI(base, token, tenant string, qs []query, concurrency int) (*api, error) {
	a := &api{url: base + "/graphql", token: token, tenant: tenant, bodies: make([][]byte, len(qs))}
	for i, q := range qs {
		var err error
		if a.bodies[i], err = q.body(); err != nil {
			return nil, err
		}
	}
	a.client = &http.Client{
		Timeout:   time.Minute,
		Transport: &http.Transport{MaxIdleConns: 2 * concurrency, MaxIdleConnsPerHost: 2 * concurrency, IdleConnTimeout: time.Minute},
	}
	return a, nil
}

// searchResponse is the part of a response the benchmark reads.
type searchResponse struct {
	Data *struct {
		SearchServices *struct {
			Edges []struct {
				Node struct {
					Service struct{ ID string }
				}
			}
		}
	}
	Errors []struct {
		Message    string
		Extensions struct{ Code string }
	}
}

// post sends search i and returns the ids of the services on its page, or
// an error if the response is not a clean GraphQL result.
func (a *api) post(ctx context.Context, i int) ([]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.url, bytes.NewReader(a.bodies[i]))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+a.token)
	req.Header.Set(server.TenantHeader, a.tenant)
	res, err := a.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, fmt.Errorf("reading response: %w", err)
	}
	var r searchResponse
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("HTTP %d, not JSON: %.80q", res.StatusCode, body)
	}
	if len(r.Errors) > 0 {
		return nil, fmt.Errorf("HTTP %d, %s: %s", res.StatusCode, r.Errors[0].Extensions.Code, r.Errors[0].Message)
	}
	if res.StatusCode != http.StatusOK || r.Data == nil || r.Data.SearchServices == nil {
		return nil, fmt.Errorf("HTTP %d without data", res.StatusCode)
	}
	ids := make([]string, len(r.Data.SearchServices.Edges))
	for i, e := range r.Data.SearchServices.Edges {
		ids[i] = e.Node.Service.ID
	}
	return ids, nil
}

// printReports writes the table and the notes after it.
func printReports(out io.Writer, cfg SearchConfig, reports []*report) error {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "database\tpath\tconcurrency\trequests\treq/s\tp50 ms\tp95 ms\tp99 ms\terrors\t")
	for _, r := range reports {
		for _, x := range r.rows {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t\n", r.database, x.path, x.concurrency,
				x.requests, x.perSecond(), x.percentile(0.50), x.percentile(0.95), x.percentile(0.99), x.errors)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p("")
	p("api: POST /graphql searchServices (first 20) as a SCHOOL member, over loopback HTTP keep-alive; raw: the same search as one hand-written SQL query on search_entries (filters, distance, order, page and count in SQL).")
	if cfg.Requests > 0 {
		p("each scenario: %d requests", cfg.Requests)
	} else {
		p("each scenario: %s, cycling through the searches", cfg.Duration)
	}
	for _, r := range reports {
		if r.summary == nil {
			continue
		}
		s := r.summary
		p("load %s: %d locations, %d services (%d tenants, %d organisations, %d service locations) in %.1fs%s",
			r.database, s.Locations, s.Services, len(s.TenantIDs), s.Organizations, s.ServiceLocations, r.loaded.Seconds(), analyzed(r))
	}
	for _, r := range reports {
		p("memory %s: peak RSS (VmHWM) %s while loading, %s while serving and measuring; Go heap in use %s at the end%s",
			r.database, mib(r.loadMem.peakRSS), mib(r.serveMem.peakRSS), mib(r.serveMem.heapInuse), memoryNote(r))
	}
	for _, r := range reports {
		if r.world == nil {
			continue
		}
		p("searches %s: %d distinct (seed %d), caller's municipality %s with %d region-mates; API and raw agree on %d of %d checked pages",
			r.database, r.queries, seedOf(cfg), r.world.slug, len(r.world.mates), r.agree, r.agree+len(r.disagree))
		for _, d := range r.disagree {
			p("  differs: %s", d)
		}
		if r.kept != "" {
			p("kept %s database: %s", r.database, r.kept)
		}
	}
	for _, e := range errorsOf(reports) {
		p("error: %s", e)
	}
	for _, r := range reports {
		if r.plan == "" {
			continue
		}
		p("EXPLAIN %s, raw SQL of search 0 (%s) as brug_app with brug.tenant_id and brug.region_tenants set:", r.database, r.planQuery)
		b.WriteString(r.plan)
		if len(r.seqScans) == 0 {
			p("  no Seq Scan on search_entries.")
		} else {
			var on []string
			for _, t := range r.seqScans {
				if t == "search_entries" {
					on = append(on, t)
				}
			}
			if len(on) > 0 {
				p("  Seq Scan on %s (all sequential scans: %s).", strings.Join(on, ", "), strings.Join(r.seqScans, ", "))
			} else {
				p("  no Seq Scan on search_entries (sequential scans on: %s).", strings.Join(r.seqScans, ", "))
			}
		}
	}
	_, err := io.WriteString(out, b.String())
	return err
}

func analyzed(r *report) string {
	if r.analyzed == 0 {
		return ""
	}
	return fmt.Sprintf(", then ANALYZE %.1fs", r.analyzed.Seconds())
}

func memoryNote(r *report) string {
	note := " (the server runs in-process: includes the load generator"
	if r.database == "sqlite" {
		note += " and the SQLite engine"
	} else {
		note += "; PostgreSQL's own processes excluded"
	}
	if !r.serveMem.reset {
		note += "; peak could not be reset, so it is the peak since the process started"
	}
	return note + ")"
}

func errorsOf(reports []*report) []string {
	var out []string
	for _, r := range reports {
		out = append(out, r.errorLines...)
	}
	slices.Sort(out)
	return out
}
