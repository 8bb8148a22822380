// Package app wires Brug's parts together: the store, its hooks, the River
// job queue with its workers, and the HTTP handler. The brug binary and the
// end-to-end tests build the service through this one package, so tests run
// exactly what production runs.
package app

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/riverqueue/river"

	"github.com/kansrijk/brug/graph"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/jobs"
	"github.com/kansrijk/brug/internal/member"
	"github.com/kansrijk/brug/internal/network"
	"github.com/kansrijk/brug/internal/seed"
	"github.com/kansrijk/brug/internal/server"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
)

// Config configures an App.
type Config struct {
	// Store selects and tunes the database.
	Store store.Config
	// Server tunes the HTTP front.
	Server server.Config
	// Auth says whom to trust for sign-in.
	Auth Auth
	// JobPollInterval is how often River looks for jobs without a
	// notification; 0 means River's default.
	JobPollInterval time.Duration
	// Logger is used throughout; nil means slog.Default().
	Logger *slog.Logger
}

// Auth configures sign-in.
type Auth struct {
	// Issuers are the trusted OIDC identity providers.
	Issuers []auth.Issuer
	// ClockSkew is the leeway on token expiry and not-before; 0 means auth.DefaultClockSkew.
	ClockSkew time.Duration
	// Dev, in development mode, is Brug's own issuer: trusted, and served
	// at /dev/oidc for discovery and keys.
	Dev *auth.DevIssuer
}

// App is a wired Brug service.
type App struct {
	// Store is the open database.
	Store *store.Store
	// Queue inserts and works background jobs.
	Queue *jobs.Queue
	// Members signs members in.
	Members *member.Service
	// Handler serves HTTP.
	Handler http.Handler
}

// New opens the database and wires the service. It neither migrates nor
// starts the job queue.
func New(ctx context.Context, cfg Config) (*App, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	st, err := store.Open(ctx, cfg.Store)
	if err != nil {
		return nil, err
	}
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, &network.SummaryWorker{Store: st}); err != nil {
		st.Close()
		return nil, fmt.Errorf("registering workers: %w", err)
	}
	q, err := jobs.New(st, jobs.Config{Workers: workers, Logger: cfg.Logger, FetchPollInterval: cfg.JobPollInterval})
	if err != nil {
		st.Close()
		return nil, err
	}
	st.Use(network.EnqueueOnChange(q))
	cfg.Server.Logger = cfg.Logger
	issuers := cfg.Auth.Issuers
	if cfg.Auth.Dev != nil {
		issuers = append(issuers, cfg.Auth.Dev.Issuer())
	}
	signIn := server.SignIn{
		Verifier: auth.NewVerifier(auth.Config{Issuers: issuers, ClockSkew: cfg.Auth.ClockSkew}),
		Members:  member.NewService(st),
		Dev:      cfg.Auth.Dev,
	}
	return &App{
		Store:   st,
		Queue:   q,
		Members: signIn.Members,
		Handler: server.New(st, graph.NewSchema(st), signIn, cfg.Server),
	}, nil
}

// Close releases the database.
func (a *App) Close() { a.Store.Close() }

// SeedDemo inserts the demo network in one transaction unless it is there
// already; it reports whether it inserted anything.
func (a *App) SeedDemo(ctx context.Context) (bool, error) {
	var inserted bool
	// Seeding creates tenants, so it acts outside any one tenant.
	err := a.Store.InTx(tenancy.System(ctx), func(ctx context.Context) error {
		var err error
		inserted, err = seed.Demo(ctx, a.Store.Client(ctx))
		return err
	})
	if err != nil {
		return false, fmt.Errorf("seeding demo network: %w", err)
	}
	return inserted, nil
}
