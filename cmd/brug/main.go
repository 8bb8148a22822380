// Command brug is Brug's one binary. Subcommands:
//
//	brug serve     serve the GraphQL API and work background jobs (default)
//	brug worker    work background jobs only
//	brug migrate   apply database migrations
//	brug seed      insert the demo network (--demo)
//	brug reindex   rewrite the search entries from the directory (--check: only count stale ones)
//	brug dev-token print a development sign-in token
//	brug schema    print the complete GraphQL schema
//
// With no DATABASE_URL Brug runs on an embedded SQLite file in the data
// directory, in development mode, and seeds a demo network on first start.
// This package only wires; the work is done in internal/.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/kansrijk/brug/graph"
	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/member"
	"github.com/kansrijk/brug/internal/searchindex"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/synth"
	"github.com/kansrijk/brug/internal/viewer"
)

const usage = `Brug maps a municipality's network of child and youth care and finds nearby help.

Usage: brug <command> [flags]

Commands:
  serve     serve the GraphQL API and work background jobs (default)
  worker    work background jobs only
  migrate   apply database migrations
  seed      insert the demo network (--demo) or a synthetic one (--synthetic)
  reindex   rewrite the search entries from the directory (--check: only count stale ones)
  dev-token print a development sign-in token (--tenant leuven --role ADMIN)
  schema    print the complete GraphQL schema
  bench     measure the search on synthetic data (bench search --both)

Run 'brug <command> -h' for a command's flags.
`

func main() {
	args := os.Args[1:]
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, cmd, args, os.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "brug:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cmd string, args []string, stdout io.Writer) error {
	switch cmd {
	case "serve":
		return serve(ctx, args, true)
	case "worker":
		return serve(ctx, args, false)
	case "migrate":
		return migrate(ctx, args)
	case "seed":
		return seedCmd(ctx, args)
	case "reindex":
		return reindex(ctx, args, stdout)
	case "schema":
		return printSchema(stdout)
	case "dev-token":
		return devToken(ctx, args, stdout)
	case "bench":
		return benchCmd(ctx, args, stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	return fmt.Errorf("unknown command %q\n\n%s", cmd, usage)
}

// options are the flags shared by the commands, each with an environment
// variable as fallback.
type options struct {
	addr          string
	dataDir       string
	databaseURL   string
	dev           bool
	introspection bool
	noMigrate     bool
	logLevel      string
	logFormat     string
	databaseRole  string
	oidcIssuers   string
	clockSkew     time.Duration
}

func env(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

func envBool(name string, fallback bool) bool {
	b, err := strconv.ParseBool(env(name, strconv.FormatBool(fallback)))
	if err != nil {
		return fallback
	}
	return b
}

// parse reads the shared flags, and the command's own through extra.
func parse(name string, args []string, extra ...func(*flag.FlagSet)) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("brug "+name, flag.ContinueOnError)
	for _, e := range extra {
		e(fs)
	}
	fs.StringVar(&o.addr, "addr", env("BRUG_ADDR", "localhost:8080"), "HTTP listen address (BRUG_ADDR)")
	fs.StringVar(&o.dataDir, "data-dir", env("BRUG_DATA_DIR", "./data"), "directory of the embedded SQLite database (BRUG_DATA_DIR)")
	fs.StringVar(&o.databaseURL, "database-url", env("DATABASE_URL", ""), "PostgreSQL URL; empty means embedded SQLite (DATABASE_URL)")
	fs.BoolVar(&o.introspection, "introspection", envBool("BRUG_INTROSPECTION", false), "allow GraphQL introspection outside dev mode (BRUG_INTROSPECTION)")
	fs.BoolVar(&o.noMigrate, "no-migrate", envBool("BRUG_NO_MIGRATE", false), "do not apply migrations at start (BRUG_NO_MIGRATE)")
	fs.StringVar(&o.logLevel, "log-level", env("BRUG_LOG_LEVEL", "info"), "debug, info, warn or error (BRUG_LOG_LEVEL)")
	fs.StringVar(&o.logFormat, "log-format", env("BRUG_LOG_FORMAT", "text"), "text or json (BRUG_LOG_FORMAT)")
	fs.StringVar(&o.databaseRole, "database-role", env("BRUG_DATABASE_ROLE", ""), "PostgreSQL role to SET ROLE to after connecting, e.g. brug_app (BRUG_DATABASE_ROLE)")
	fs.StringVar(&o.oidcIssuers, "oidc-issuers", env("BRUG_OIDC_ISSUERS", ""), `trusted OIDC issuers as JSON: [{"issuer":"https://...","audience":"client-id","emailClaim":"email","nameClaim":"name"}] (BRUG_OIDC_ISSUERS)`)
	skew := env("BRUG_OIDC_CLOCK_SKEW", "60s")
	fs.Func("oidc-clock-skew", "leeway on token exp and nbf (BRUG_OIDC_CLOCK_SKEW, default 60s)", func(v string) error { skew = v; return nil })
	dev := fs.String("dev", env("BRUG_DEV", ""), "development mode: own OIDC issuer and dev-token, IDE, introspection, field suggestions; default on for embedded SQLite, off with DATABASE_URL (BRUG_DEV)")
	force := fs.Bool("dev-force", envBool("BRUG_DEV_FORCE", false), "allow development mode with DATABASE_URL (BRUG_DEV_FORCE)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	var err error
	if o.clockSkew, err = time.ParseDuration(skew); err != nil {
		return nil, fmt.Errorf("-oidc-clock-skew: %w", err)
	}
	o.dev = o.databaseURL == ""
	if *dev != "" {
		b, err := strconv.ParseBool(*dev)
		if err != nil {
			return nil, fmt.Errorf("-dev: %w", err)
		}
		o.dev = b
	}
	if o.dev && o.databaseURL != "" && !*force {
		return nil, errors.New("development mode trusts Brug's own token issuer and is refused with DATABASE_URL; set BRUG_DEV_FORCE=true (--dev-force) if you really mean it")
	}
	return o, nil
}

// devIssuerURL is the issuer of development tokens, served by Brug itself.
func (o *options) devIssuerURL() string { return "http://" + o.addr + "/dev/oidc" }

// devIssuer loads the development issuer, whose key lives in the data directory.
func (o *options) devIssuer() (*auth.DevIssuer, error) {
	return auth.LoadDevIssuer(o.devIssuerURL(), filepath.Join(o.dataDir, "dev-oidc-key.pem"))
}

func (o *options) logger() *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.logLevel)); err != nil {
		level = slog.LevelInfo
	}
	hopts := &slog.HandlerOptions{Level: level}
	if o.logFormat == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, hopts))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, hopts))
}

func (o *options) app(ctx context.Context, logger *slog.Logger) (*app.App, error) {
	cfg := app.Config{
		Store:  store.Config{DatabaseURL: o.databaseURL, DataDir: o.dataDir, DatabaseRole: o.databaseRole},
		Logger: logger,
		Server: serverConfig(o),
		Auth:   app.Auth{ClockSkew: o.clockSkew},
	}
	if o.oidcIssuers != "" {
		if err := json.Unmarshal([]byte(o.oidcIssuers), &cfg.Auth.Issuers); err != nil {
			return nil, fmt.Errorf("BRUG_OIDC_ISSUERS: %w", err)
		}
	}
	if o.dev {
		dev, err := o.devIssuer()
		if err != nil {
			return nil, err
		}
		cfg.Auth.Dev = dev
	}
	return app.New(ctx, cfg)
}

func serve(ctx context.Context, args []string, withHTTP bool) error {
	name := "serve"
	if !withHTTP {
		name = "worker"
	}
	o, err := parse(name, args)
	if err != nil {
		return err
	}
	logger := o.logger()
	slog.SetDefault(logger)
	if !o.noMigrate {
		if err := o.migrate(ctx); err != nil {
			return err
		}
	}
	a, err := o.app(ctx, logger)
	if err != nil {
		return err
	}
	defer a.Close()
	if o.dev {
		logger.Warn("DEVELOPMENT MODE: GraphQL IDE, introspection and field suggestions are on; never use it in production")
	}
	if a.Store.Dialect != "postgres" && withHTTP {
		seeded, err := a.SeedDemo(ctx)
		if err != nil {
			return err
		}
		if seeded {
			logger.Info("seeded the demo network", "tenants", "leuven, genk, gent")
		}
	}
	if err := a.Queue.Start(ctx); err != nil {
		return err
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := a.Queue.Stop(stopCtx); err != nil {
			logger.Error("stopping jobs", "err", err)
		}
	}()
	if !withHTTP {
		logger.Info("working jobs; stop with Ctrl-C")
		<-ctx.Done()
		return nil
	}
	return listen(ctx, o, a.Handler, logger)
}

func listen(ctx context.Context, o *options, h http.Handler, logger *slog.Logger) error {
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", o.addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	url := "http://" + ln.Addr().String()
	logger.Info("Brug is running", "graphql", url+"/graphql", "ide", ideURL(o, url), "database", databaseName(o))
	fmt.Fprintf(os.Stderr, "\n  Brug is running: open %s\n  GraphQL endpoint: %s/graphql\n\n", ideURL(o, url), url)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving HTTP: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutting down HTTP: %w", err)
	}
	return nil
}

func ideURL(o *options, base string) string {
	if o.dev {
		return base + "/"
	}
	return base + "/graphql (IDE off outside dev mode)"
}

func databaseName(o *options) string {
	if o.databaseURL != "" {
		return "postgresql"
	}
	return "sqlite:" + o.dataDir + "/" + store.SQLiteFile
}

func migrate(ctx context.Context, args []string) error {
	o, err := parse("migrate", args)
	if err != nil {
		return err
	}
	if err := o.migrate(ctx); err != nil {
		return err
	}
	o.logger().Info("migrations applied")
	return nil
}

// migrate applies the migrations as the connecting user, before anything
// switches to the application role (which the first migration creates).
func (o *options) migrate(ctx context.Context) error {
	st, err := store.Open(ctx, store.Config{DatabaseURL: o.databaseURL, DataDir: o.dataDir})
	if err != nil {
		return err
	}
	defer st.Close()
	return st.Migrate(ctx)
}

func seedCmd(ctx context.Context, args []string) error {
	var (
		demo, synthetic bool
		sc              synth.Config
	)
	o, err := parse("seed", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&demo, "demo", false, "insert the demo network (Leuven, Genk, Gent)")
		fs.BoolVar(&synthetic, "synthetic", false, "insert a Flanders-scale synthetic directory (for benchmarks)")
		fs.IntVar(&sc.Tenants, "tenants", 0, "synthetic: number of municipalities (default 300)")
		fs.IntVar(&sc.Locations, "locations", 0, "synthetic: number of locations (default 50000)")
		fs.IntVar(&sc.Services, "services", 0, "synthetic: number of services (default 150000)")
		fs.Uint64Var(&sc.Seed, "seed", 0, "synthetic: random seed; the same seed gives the same data (default 1)")
	})
	if err != nil {
		return err
	}
	if !demo && !synthetic {
		return errors.New("seed: say what to seed: --demo or --synthetic")
	}
	logger := o.logger()
	if err := o.migrate(ctx); err != nil {
		return err
	}
	a, err := o.app(ctx, logger)
	if err != nil {
		return err
	}
	defer a.Close()
	if demo {
		seeded, err := a.SeedDemo(ctx)
		if err != nil {
			return err
		}
		if seeded {
			logger.Info("seeded the demo network", "tenants", "leuven, genk, gent")
		} else {
			logger.Info("demo network already present; nothing inserted")
		}
	}
	if synthetic {
		start := time.Now()
		sum, err := synth.Generate(ctx, a.Store, sc)
		if err != nil {
			return err
		}
		logger.Info("seeded a synthetic directory", "summary", sum.String(), "took", time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// errStale is reindex --check's answer when search entries are out of step.
var errStale = errors.New("search entries are out of step with the directory: run brug reindex")

// reindex compares the search entries with the directory and, unless
// --check, rewrites them all in one transaction, e.g. after a backup was
// restored or rows were changed by hand. Brug keeps them in step itself.
func reindex(ctx context.Context, args []string, stdout io.Writer) error {
	var check bool
	o, err := parse("reindex", args, func(fs *flag.FlagSet) {
		fs.BoolVar(&check, "check", false, "only count stale entries; fail if there are any")
	})
	if err != nil {
		return err
	}
	if err := o.migrate(ctx); err != nil {
		return err
	}
	a, err := o.app(ctx, o.logger())
	if err != nil {
		return err
	}
	defer a.Close()
	return a.Store.System(ctx, func(ctx context.Context) error {
		tx := store.Tx(ctx)
		stale, err := searchindex.Stale(ctx, tx)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "search entries out of step with the directory: %d\n", stale)
		if check {
			if stale > 0 {
				return errStale
			}
			return nil
		}
		if err := searchindex.Rebuild(ctx, tx); err != nil {
			return err
		}
		if stale, err = searchindex.Stale(ctx, tx); err != nil {
			return err
		}
		if stale > 0 {
			return fmt.Errorf("%d search entries still out of step after rewriting them", stale)
		}
		fmt.Fprintln(stdout, "rewrote the search entries of every municipality")
		return nil
	})
}

// devToken prints a development sign-in token for a demo member with the
// given role in a municipality, creating the member if needed.
func devToken(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("brug dev-token", flag.ContinueOnError)
	tenant := fs.String("tenant", "leuven", "municipality slug")
	role := fs.String("role", "ADMIN", "ADMIN, EDITOR, SCHOOL, PROVIDER or VIEWER")
	org := fs.String("org", "", "organisation id for EDITOR, SCHOOL or PROVIDER (default: a fitting one)")
	var rest []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; a {
		case "--tenant", "-tenant", "--role", "-role", "--org", "-org":
			if i+1 < len(args) {
				_ = fs.Set(strings.TrimLeft(a, "-"), args[i+1])
				i++
			}
		default:
			rest = append(rest, a)
		}
	}
	o, err := parse("dev-token", rest)
	if err != nil {
		return err
	}
	if !o.dev {
		return errors.New("dev-token works in development mode only")
	}
	logger := o.logger()
	if err := o.migrate(ctx); err != nil {
		return err
	}
	a, err := o.app(ctx, logger)
	if err != nil {
		return err
	}
	defer a.Close()
	if _, err := a.SeedDemo(ctx); err != nil {
		return err
	}
	iss, err := o.devIssuer()
	if err != nil {
		return err
	}
	claims, err := member.EnsureDevMember(ctx, a.Store, iss, member.DevMember{Tenant: *tenant, Role: viewer.Role(strings.ToUpper(*role)), OrganizationID: *org})
	if err != nil {
		return err
	}
	tok, err := iss.Sign(claims)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, tok)
	return nil
}

// printSchema writes the complete GraphQL schema, as frontend teams consume it.
func printSchema(w io.Writer) error {
	graph.WriteSchema(w)
	return nil
}
