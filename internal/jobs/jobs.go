// Package jobs runs Brug's background work on River.
//
// Jobs are inserted on the unit of work's own *sql.Tx (store.Tx), so a job
// exists exactly when the write that caused it committed. On SQLite one
// River client (riversqlite) both inserts and works. On PostgreSQL inserts go
// through riverdatabasesql on the database/sql handle ent uses, and a second
// client on the pgx pool (riverpgxv5) works the jobs, with LISTEN/NOTIFY and
// leader election across processes. Job arguments carry the tenant id; a
// worker acts for that tenant only.
package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"entgo.io/ent/dialect"
	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivertype"

	"github.com/kansrijk/brug/internal/store"
)

// ErrNoTx is returned when a job is inserted outside a unit of work.
var ErrNoTx = errors.New("jobs: no transaction in context")

// Config tunes the job runner.
type Config struct {
	// Workers are the job kinds this process can insert and work.
	Workers *river.Workers
	// MaxWorkers is the number of jobs worked at once; 0 means 10.
	MaxWorkers int
	// FetchPollInterval is how often to look for new jobs when no
	// notification arrives (always on SQLite); 0 means River's default.
	FetchPollInterval time.Duration
	// Logger receives River's logs; nil means slog.Default().
	Logger *slog.Logger
}

// runner is a River client of either transaction type.
type runner interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	Subscribe(kinds ...river.EventKind) (<-chan *river.Event, func())
}

// Queue inserts and works Brug's jobs.
type Queue struct {
	inserter *river.Client[*sql.Tx]
	runner   runner
}

// New creates the River clients for the store's database.
func New(st *store.Store, cfg Config) (*Queue, error) {
	if cfg.MaxWorkers == 0 {
		cfg.MaxWorkers = 10
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	workConfig := &river.Config{
		Logger:            cfg.Logger,
		Workers:           cfg.Workers,
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: cfg.MaxWorkers}},
		FetchPollInterval: cfg.FetchPollInterval,
	}
	if cfg.FetchPollInterval > 0 {
		// River wants the cooldown no longer than the poll interval.
		workConfig.FetchCooldown = min(cfg.FetchPollInterval, 100*time.Millisecond)
	}
	if st.Dialect != dialect.Postgres {
		c, err := river.NewClient(riversqlite.New(st.DB), workConfig)
		if err != nil {
			return nil, fmt.Errorf("creating River client: %w", err)
		}
		return &Queue{inserter: c, runner: c}, nil
	}
	ins, err := river.NewClient(riverdatabasesql.New(st.DB), &river.Config{Logger: cfg.Logger, Workers: cfg.Workers})
	if err != nil {
		return nil, fmt.Errorf("creating River insert client: %w", err)
	}
	var work *river.Client[pgx.Tx]
	work, err = river.NewClient(riverpgxv5.New(st.Pool), workConfig)
	if err != nil {
		return nil, fmt.Errorf("creating River work client: %w", err)
	}
	return &Queue{inserter: ins, runner: work}, nil
}

// InsertTx inserts a job on the context's unit of work: it is kept only if
// that transaction commits.
func (q *Queue) InsertTx(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error) {
	tx := store.Tx(ctx)
	if tx == nil {
		return nil, fmt.Errorf("inserting %s job: %w", args.Kind(), ErrNoTx)
	}
	res, err := q.inserter.InsertTx(ctx, tx, args, opts)
	if err != nil {
		return nil, fmt.Errorf("inserting %s job: %w", args.Kind(), err)
	}
	return res, nil
}

// Start starts working jobs until Stop.
func (q *Queue) Start(ctx context.Context) error {
	if err := q.runner.Start(ctx); err != nil {
		return fmt.Errorf("starting River: %w", err)
	}
	return nil
}

// Subscribe returns a channel of the working client's events of the given
// kinds (e.g. river.EventKindJobCompleted) and a function to unsubscribe.
func (q *Queue) Subscribe(kinds ...river.EventKind) (<-chan *river.Event, func()) {
	return q.runner.Subscribe(kinds...)
}

// Stop waits for running jobs to finish (or ctx to end) and stops.
func (q *Queue) Stop(ctx context.Context) error {
	if err := q.runner.Stop(ctx); err != nil {
		return fmt.Errorf("stopping River: %w", err)
	}
	return nil
}
