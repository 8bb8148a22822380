package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/kansrijk/brug/ent"
	_ "github.com/kansrijk/brug/ent/runtime" // registers schema hooks, interceptors and defaults
)

// Config says which database to open.
type Config struct {
	// DatabaseURL selects PostgreSQL when set (postgres://...).
	DatabaseURL string
	// DataDir holds the embedded SQLite database when DatabaseURL is empty.
	DataDir string
	// DatabaseRole, if set, is the PostgreSQL role every pooled connection
	// switches to (SET ROLE) after connecting, e.g. "brug_app": the role that
	// owns no table and has no BYPASSRLS. Migrations always run as the
	// connecting user, who must own the schema.
	DatabaseRole string
	// StatementHook, if set, is called with every SQL statement ent runs. It
	// is for tests and diagnostics.
	StatementHook StatementHook
}

// Store is an open database with its ent client.
type Store struct {
	// DB is the database/sql handle shared by ent and River's inserts.
	DB *sql.DB
	// Pool is the pgx pool on PostgreSQL (used by River's workers); nil on SQLite.
	Pool *pgxpool.Pool
	// Dialect is ent's dialect name: dialect.SQLite or dialect.Postgres.
	Dialect string
	// Path is the SQLite file, empty on PostgreSQL.
	Path string

	client *ent.Client
	hook   StatementHook
	hooks  []ent.Hook
}

// SQLiteFile is the name of the embedded database in the data directory.
const SQLiteFile = "brug.db"

// Open opens the database described by cfg. It does not migrate.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	s := &Store{hook: cfg.StatementHook}
	if cfg.DatabaseURL != "" {
		pcfg, err := pgxpool.ParseConfig(cfg.DatabaseURL)
		if err != nil {
			return nil, fmt.Errorf("parsing DATABASE_URL: %w", err)
		}
		if role := cfg.DatabaseRole; role != "" {
			pcfg.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
				_, err := c.Exec(ctx, "SET ROLE "+pgx.Identifier{role}.Sanitize())
				return err
			}
		}
		pool, err := pgxpool.NewWithConfig(ctx, pcfg)
		if err != nil {
			return nil, fmt.Errorf("opening PostgreSQL: %w", err)
		}
		s.Pool = pool
		s.DB = stdlib.OpenDBFromPool(pool)
		s.Dialect = dialect.Postgres
	} else {
		dir := cfg.DataDir
		if dir == "" {
			dir = "data"
		}
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("creating data directory: %w", err)
		}
		s.Path = filepath.Join(dir, SQLiteFile)
		db, err := sql.Open("sqlite", SQLiteDSN(s.Path))
		if err != nil {
			return nil, fmt.Errorf("opening SQLite: %w", err)
		}
		// SQLite allows one writer at a time; River's SQLite driver and ent
		// share one connection so that no statement ever meets SQLITE_BUSY.
		db.SetMaxOpenConns(1)
		s.DB = db
		s.Dialect = dialect.SQLite
	}
	if err := s.DB.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("connecting to the database: %w", err)
	}
	s.client = s.newClient(entsql.OpenDB(s.Dialect, s.DB))
	return s, nil
}

// SQLiteDSN returns the modernc.org/sqlite data source name Brug uses for a file.
func SQLiteDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// A 64 MiB page cache and memory-mapped reads: the default 2 MiB cache
	// made a Flanders-scale search spend a quarter of its time in pread.
	q.Add("_pragma", "cache_size(-65536)")
	q.Add("_pragma", "mmap_size(268435456)")
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

func (s *Store) newClient(drv dialect.Driver) *ent.Client {
	if s.hook != nil {
		drv = hookDriver{Driver: drv, hook: s.hook}
	}
	c := ent.NewClient(ent.Driver(drv))
	c.Use(s.hooks...)
	return c
}

// Use adds hooks to every ent client of the store: its own and those of
// every unit of work begun afterwards. Call it while wiring, before serving.
func (s *Store) Use(hooks ...ent.Hook) {
	s.hooks = append(s.hooks, hooks...)
	s.client.Use(hooks...)
}

// Client returns the ent client of the context's unit of work, or the
// store's own client outside one.
func (s *Store) Client(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return s.client
}

// Close releases the database.
func (s *Store) Close() {
	if s.DB != nil {
		_ = s.DB.Close()
	}
	if s.Pool != nil {
		s.Pool.Close()
	}
}

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.DB.PingContext(ctx); err != nil {
		return fmt.Errorf("pinging the database: %w", err)
	}
	return nil
}

// ErrNotMigrated is returned by Ready when the schema is behind the binary.
var ErrNotMigrated = errors.New("database schema is not current")
