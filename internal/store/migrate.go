package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"
	"github.com/golang-migrate/migrate/v4"
	"github.com/golang-migrate/migrate/v4/database"
	migratepgx "github.com/golang-migrate/migrate/v4/database/pgx/v5"
	migratesqlite "github.com/golang-migrate/migrate/v4/database/sqlite"
	"github.com/golang-migrate/migrate/v4/source/iofs"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
)

//go:embed migrations
var migrations embed.FS

// migrationsDir returns the embedded migration directory of the store's dialect.
func (s *Store) migrationsDir() string {
	if s.Dialect == dialect.Postgres {
		return "migrations/postgres"
	}
	return "migrations/sqlite"
}

// Migrate applies Brug's schema migrations and River's, in that order. It is
// safe to run concurrently from several processes on PostgreSQL (advisory lock).
func (s *Store) Migrate(ctx context.Context) error {
	if err := s.migrateSchema(); err != nil {
		return err
	}
	if err := s.migrateRiver(ctx); err != nil {
		return err
	}
	return nil
}

func (s *Store) migrateSchema() error {
	src, err := iofs.New(migrations, s.migrationsDir())
	if err != nil {
		return fmt.Errorf("reading embedded migrations: %w", err)
	}
	// golang-migrate holds a connection of the database it is given until
	// Close, and then closes that database, so it gets one of its own.
	db, drv, err := s.migrationDriver()
	if err != nil {
		return err
	}
	m, err := migrate.NewWithInstance("iofs", src, s.Dialect, drv)
	if err != nil {
		_ = db.Close()
		return fmt.Errorf("preparing migrations: %w", err)
	}
	defer m.Close()
	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return fmt.Errorf("applying migrations: %w", err)
	}
	return nil
}

func (s *Store) migrationDriver() (*sql.DB, database.Driver, error) {
	if s.Dialect == dialect.Postgres {
		db := stdlib.OpenDB(*s.Pool.Config().ConnConfig.Copy())
		drv, err := migratepgx.WithInstance(db, &migratepgx.Config{})
		if err != nil {
			_ = db.Close()
			return nil, nil, fmt.Errorf("preparing PostgreSQL migrations: %w", err)
		}
		return db, drv, nil
	}
	db, err := sql.Open("sqlite", SQLiteDSN(s.Path))
	if err != nil {
		return nil, nil, fmt.Errorf("opening SQLite for migrations: %w", err)
	}
	db.SetMaxOpenConns(1)
	drv, err := migratesqlite.WithInstance(db, &migratesqlite.Config{})
	if err != nil {
		_ = db.Close()
		return nil, nil, fmt.Errorf("preparing SQLite migrations: %w", err)
	}
	return db, drv, nil
}

func (s *Store) migrateRiver(ctx context.Context) error {
	var err error
	if s.Dialect == dialect.Postgres {
		// As the connecting user (the schema owner), not the application role.
		var owner *pgxpool.Pool
		owner, err = pgxpool.New(ctx, s.Pool.Config().ConnConfig.ConnString())
		if err != nil {
			return fmt.Errorf("connecting to migrate River: %w", err)
		}
		defer owner.Close()
		var m *rivermigrate.Migrator[pgx.Tx]
		m, err = rivermigrate.New(riverpgxv5.New(owner), nil)
		if err == nil {
			_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
		}
	} else {
		var m *rivermigrate.Migrator[*sql.Tx]
		m, err = rivermigrate.New(riversqlite.New(s.DB), nil)
		if err == nil {
			_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
		}
	}
	if err != nil {
		return fmt.Errorf("applying River migrations: %w", err)
	}
	return nil
}

// LatestVersion returns the version of the newest embedded migration.
func (s *Store) LatestVersion() (uint, error) {
	entries, err := fs.ReadDir(migrations, s.migrationsDir())
	if err != nil {
		return 0, fmt.Errorf("reading embedded migrations: %w", err)
	}
	var latest uint64
	for _, e := range entries {
		name := path.Base(e.Name())
		if !strings.HasSuffix(name, ".up.sql") {
			continue
		}
		v, err := strconv.ParseUint(strings.SplitN(name, "_", 2)[0], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("migration %s: %w", name, err)
		}
		latest = max(latest, v)
	}
	return uint(latest), nil
}

// Ready reports whether the database answers and its schema is at least at
// the binary's latest migration. A newer schema is accepted: during a
// rolling upgrade the migration job runs first, and the old pods keep
// serving because migrations only add.
func (s *Store) Ready(ctx context.Context) error {
	if err := s.Ping(ctx); err != nil {
		return err
	}
	want, err := s.LatestVersion()
	if err != nil {
		return err
	}
	var (
		version uint
		dirty   bool
	)
	err = s.DB.QueryRowContext(ctx, "SELECT version, dirty FROM schema_migrations").Scan(&version, &dirty)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNotMigrated, err)
	}
	if dirty || version < want {
		return fmt.Errorf("%w: at version %d (dirty %t), want %d", ErrNotMigrated, version, dirty, want)
	}
	return nil
}
