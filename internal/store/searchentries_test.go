package store_test

import (
	"context"
	"net/url"
	"testing"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/source/file" // migrations from the source tree
	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/searchindex"
	"github.com/kansrijk/brug/internal/store"
)

// beforeSearchEntries is, per dialect, the last migration before the
// search entries existed.
var beforeSearchEntries = map[string]uint{
	brugtest.SQLite:   20261129024706,
	brugtest.Postgres: 20261129031100,
}

// TestMigrationFillsSearchEntries upgrades a database that holds a directory
// but no search entries (migrated down to before they existed, then up
// again): the migration writes the entries of the directory as it is.
func TestMigrationFillsSearchEntries(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{Seed: true})
		count := func() (entries, stale int) {
			brugtest.System(t, a, func(ctx context.Context, c *ent.Client) {
				var err error
				entries, err = c.SearchEntry.Query().Count(ctx)
				require.NoError(t, err)
				stale, err = searchindex.Stale(ctx, store.Tx(ctx))
				require.NoError(t, err)
			})
			return entries, stale
		}
		seeded, stale := count()
		require.Positive(t, seeded)
		require.Zero(t, stale)

		source, database := "file://migrations/sqlite", "sqlite://"+a.Store.Path
		if dialect == brugtest.Postgres {
			u, err := url.Parse(a.Store.Pool.Config().ConnString())
			require.NoError(t, err)
			u.Scheme = "pgx5"
			source, database = "file://migrations/postgres", u.String()
		}
		m, err := migrate.New(source, database)
		require.NoError(t, err)
		require.NoError(t, m.Migrate(beforeSearchEntries[dialect]), "down to before the search entries")
		require.NoError(t, m.Up(), "up again")
		srcErr, dbErr := m.Close()
		require.NoError(t, srcErr)
		require.NoError(t, dbErr)

		entries, stale := count()
		require.Equal(t, seeded, entries, "the migration writes the entries of the directory")
		require.Zero(t, stale)
	})
}

// TestRebuildSearchEntries damages the entries of a seeded database as its
// owner and rebuilds them as the application (brug_app under row-level
// security on PostgreSQL).
func TestRebuildSearchEntries(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{Seed: true})
		stale := func() int {
			var n int
			brugtest.System(t, a, func(ctx context.Context, _ *ent.Client) {
				var err error
				n, err = searchindex.Stale(ctx, store.Tx(ctx))
				require.NoError(t, err)
			})
			return n
		}
		require.Zero(t, stale())
		owner := a.Store.DB
		if dialect == brugtest.Postgres {
			owner = openDB(t, databaseURL(a), "")
		}
		_, err := owner.Exec("DELETE FROM search_entries WHERE id IN (SELECT id FROM search_entries ORDER BY id LIMIT 5)")
		require.NoError(t, err)
		require.Equal(t, 5, stale())

		require.Error(t, a.Store.InTx(context.Background(), func(ctx context.Context) error {
			return searchindex.Rebuild(ctx, store.Tx(ctx))
		}), "outside the system context")
		require.NoError(t, a.Store.System(context.Background(), func(ctx context.Context) error {
			return searchindex.Rebuild(ctx, store.Tx(ctx))
		}))
		require.Zero(t, stale())
	})
}
