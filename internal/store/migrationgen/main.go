// Command migrationgen writes versioned SQL migrations for both dialects
// from ent/schema into internal/store/migrations. `make generate` runs it; it
// writes a new migration only when the schema changed since the last one.
//
// Atlas computes each diff against a scratch database: an in-memory SQLite
// database, and a temporary PostgreSQL database created on the server named
// by BRUG_DEV_DATABASE_URL (default: the local server).
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	atlas "ariga.io/atlas/sql/migrate"
	atlasschema "ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/kansrijk/brug/ent/migrate"
)

const name = "schema"

func main() {
	ctx := context.Background()
	if err := diffSQLite(ctx); err != nil {
		log.Fatalf("sqlite migrations: %v", err)
	}
	if err := diffPostgres(ctx); err != nil {
		log.Fatalf("postgres migrations: %v", err)
	}
}

func diff(ctx context.Context, db *sql.DB, d, dir string) error {
	mdir, err := sqltool.NewGolangMigrateDir(dir)
	if err != nil {
		return fmt.Errorf("opening %s: %w", dir, err)
	}
	// Hand-written files (row-level security, triggers) join the checksum
	// before Atlas validates the directory and replays it.
	if err := writeSum(mdir); err != nil {
		return err
	}
	m, err := schema.NewMigrate(entsql.OpenDB(d, db),
		schema.WithDir(mdir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(d),
		schema.WithFormatter(sqltool.GolangMigrateFormatter),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		schema.WithDiffHook(keepHandWritten),
	)
	if err != nil {
		return fmt.Errorf("preparing diff: %w", err)
	}
	if err := m.NamedDiff(ctx, name, migrate.Tables...); err != nil {
		return fmt.Errorf("computing diff: %w", err)
	}
	return writeSum(mdir)
}

// keepHandWritten stops Atlas from dropping what hand-written migrations
// add and ent cannot describe: the tenant-aware foreign keys (named
// "*_same_tenant_*") and indexes on join tables (named "*_by_hand").
func keepHandWritten(next schema.Differ) schema.Differ {
	return schema.DiffFunc(func(current, desired *atlasschema.Schema) ([]atlasschema.Change, error) {
		changes, err := next.Diff(current, desired)
		if err != nil {
			return nil, err
		}
		out := changes[:0]
		for _, c := range changes {
			if m, ok := c.(*atlasschema.ModifyTable); ok {
				m.Changes = slices.DeleteFunc(m.Changes, func(c atlasschema.Change) bool {
					switch d := c.(type) {
					case *atlasschema.DropForeignKey:
						return strings.Contains(d.F.Symbol, "_same_tenant_")
					case *atlasschema.DropIndex:
						return strings.HasSuffix(d.I.Name, "_by_hand")
					}
					return false
				})
				if len(m.Changes) == 0 {
					continue
				}
			}
			out = append(out, c)
		}
		return out, nil
	})
}

// writeSum rewrites atlas.sum for the directory's current files.
func writeSum(dir *sqltool.GolangMigrateDir) error {
	sum, err := dir.Checksum()
	if err != nil {
		return fmt.Errorf("hashing migrations: %w", err)
	}
	if err := atlas.WriteSumFile(dir, sum); err != nil {
		return fmt.Errorf("writing atlas.sum: %w", err)
	}
	return nil
}

func diffSQLite(ctx context.Context) error {
	db, err := sql.Open("sqlite", "file:dev?mode=memory&_pragma=foreign_keys(1)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	return diff(ctx, db, dialect.SQLite, "internal/store/migrations/sqlite")
}

func diffPostgres(ctx context.Context) error {
	base := os.Getenv("BRUG_DEV_DATABASE_URL")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		return err
	}
	defer admin.Close()
	scratch := fmt.Sprintf("brug_migrationgen_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+scratch); err != nil {
		return fmt.Errorf("creating scratch database (is PostgreSQL running?): %w", err)
	}
	defer admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+scratch+" WITH (FORCE)") //nolint:errcheck
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	u.Path = "/" + scratch
	db, err := sql.Open("pgx", u.String())
	if err != nil {
		return err
	}
	defer db.Close()
	return diff(ctx, db, dialect.Postgres, "internal/store/migrations/postgres")
}
