// Command brug is Brug's one binary. Subcommands:
//
//	brug serve     serve the GraphQL API and work background jobs (default)
//	brug worker    work background jobs only
//	brug migrate   apply database migrations
//	brug seed      insert the demo network (--demo)
//	brug schema    print the complete GraphQL schema
//
// With no DATABASE_URL Brug runs on an embedded SQLite file in the data
// directory, in development mode, and seeds a demo network on first start.
// This package only wires; the work is done in internal/.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/kansrijk/brug/graph"
	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/store"
)

const usage = `Brug maps a municipality's network of child and youth care and finds nearby help.

Usage: brug <command> [flags]

Commands:
  serve     serve the GraphQL API and work background jobs (default)
  worker    work background jobs only
  migrate   apply database migrations
  seed      insert the demo network (--demo)
  schema    print the complete GraphQL schema

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
	case "schema":
		return printSchema(stdout)
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

func parse(name string, args []string) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("brug "+name, flag.ContinueOnError)
	fs.StringVar(&o.addr, "addr", env("BRUG_ADDR", "localhost:8080"), "HTTP listen address (BRUG_ADDR)")
	fs.StringVar(&o.dataDir, "data-dir", env("BRUG_DATA_DIR", "./data"), "directory of the embedded SQLite database (BRUG_DATA_DIR)")
	fs.StringVar(&o.databaseURL, "database-url", env("DATABASE_URL", ""), "PostgreSQL URL; empty means embedded SQLite (DATABASE_URL)")
	fs.BoolVar(&o.introspection, "introspection", envBool("BRUG_INTROSPECTION", false), "allow GraphQL introspection outside dev mode (BRUG_INTROSPECTION)")
	fs.BoolVar(&o.noMigrate, "no-migrate", envBool("BRUG_NO_MIGRATE", false), "do not apply migrations at start (BRUG_NO_MIGRATE)")
	fs.StringVar(&o.logLevel, "log-level", env("BRUG_LOG_LEVEL", "info"), "debug, info, warn or error (BRUG_LOG_LEVEL)")
	fs.StringVar(&o.logFormat, "log-format", env("BRUG_LOG_FORMAT", "text"), "text or json (BRUG_LOG_FORMAT)")
	dev := fs.String("dev", env("BRUG_DEV", ""), "development mode: IDE, introspection, field suggestions; default on for embedded SQLite, off with DATABASE_URL (BRUG_DEV)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	o.dev = o.databaseURL == ""
	if *dev != "" {
		b, err := strconv.ParseBool(*dev)
		if err != nil {
			return nil, fmt.Errorf("-dev: %w", err)
		}
		o.dev = b
	}
	return o, nil
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
	return app.New(ctx, app.Config{
		Store:  store.Config{DatabaseURL: o.databaseURL, DataDir: o.dataDir},
		Logger: logger,
		Server: serverConfig(o),
	})
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
	a, err := o.app(ctx, logger)
	if err != nil {
		return err
	}
	defer a.Close()
	if !o.noMigrate {
		if err := a.Store.Migrate(ctx); err != nil {
			return err
		}
	}
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
	logger := o.logger()
	a, err := o.app(ctx, logger)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.Store.Migrate(ctx); err != nil {
		return err
	}
	logger.Info("migrations applied")
	return nil
}

func seedCmd(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("brug seed", flag.ContinueOnError)
	demo := fs.Bool("demo", false, "insert the demo network (Leuven, Genk, Gent)")
	var rest []string
	for _, a := range args {
		if a == "--demo" || a == "-demo" {
			*demo = true
			continue
		}
		rest = append(rest, a)
	}
	if err := fs.Parse(nil); err != nil {
		return err
	}
	if !*demo {
		return errors.New("seed: say what to seed: --demo")
	}
	o, err := parse("seed", rest)
	if err != nil {
		return err
	}
	logger := o.logger()
	a, err := o.app(ctx, logger)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.Store.Migrate(ctx); err != nil {
		return err
	}
	seeded, err := a.SeedDemo(ctx)
	if err != nil {
		return err
	}
	if !seeded {
		logger.Info("demo network already present; nothing inserted")
		return nil
	}
	logger.Info("seeded the demo network", "tenants", "leuven, genk, gent")
	return nil
}

// printSchema writes the complete GraphQL schema, as frontend teams consume it.
func printSchema(w io.Writer) error {
	graph.WriteSchema(w)
	return nil
}
