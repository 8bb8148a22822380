package main

import (
	"bytes"
	"context"
	"database/sql"
	"io"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/store"
)

// TestDevModeNeedsForceWithPostgres: development mode trusts Brug's own
// token issuer, so it is refused with a DATABASE_URL unless forced.
func TestDevModeNeedsForceWithPostgres(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	t.Setenv("BRUG_DEV", "")
	t.Setenv("BRUG_DEV_FORCE", "")
	cases := []struct {
		name    string
		args    []string
		dev     bool
		refused bool
	}{
		{"embedded default is dev", nil, true, false},
		{"postgres is not dev", []string{"--database-url", "postgres://db/brug"}, false, false},
		{"dev with postgres is refused", []string{"--database-url", "postgres://db/brug", "--dev=true"}, false, true},
		{"dev with postgres when forced", []string{"--database-url", "postgres://db/brug", "--dev=true", "--dev-force"}, true, false},
		{"dev off on sqlite", []string{"--dev=false"}, false, false},
	}
	for _, c := range cases {
		o, err := parse("serve", c.args)
		if c.refused {
			require.ErrorContains(t, err, "BRUG_DEV_FORCE", c.name)
			continue
		}
		require.NoError(t, err, c.name)
		require.Equal(t, c.dev, o.dev, c.name)
	}
}

// TestReindex seeds the demo network into an embedded database, damages its
// search entries by hand (three moved, two removed), and runs the command:
// `brug reindex --check` counts them and fails, `brug reindex` rewrites
// them, and the next check passes.
func TestReindex(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	ctx := context.Background()
	dir := t.TempDir()
	flags := []string{"--data-dir", dir, "--log-level", "error"}
	require.NoError(t, run(ctx, "seed", append([]string{"--demo"}, flags...), io.Discard))

	db, err := sql.Open("sqlite", store.SQLiteDSN(filepath.Join(dir, store.SQLiteFile)))
	require.NoError(t, err)
	_, err = db.Exec("UPDATE search_entries SET latitude = latitude + 1 WHERE id IN (SELECT id FROM search_entries ORDER BY id LIMIT 3)")
	require.NoError(t, err)
	_, err = db.Exec("DELETE FROM search_entries WHERE id IN (SELECT id FROM search_entries ORDER BY id DESC LIMIT 2)")
	require.NoError(t, err)
	require.NoError(t, db.Close())

	var out bytes.Buffer
	err = run(ctx, "reindex", append([]string{"--check"}, flags...), &out)
	require.ErrorIs(t, err, errStale)
	require.Contains(t, out.String(), "out of step with the directory: 8\n", "3 moved (each stale and missing) and 2 missing")

	out.Reset()
	require.NoError(t, run(ctx, "reindex", flags, &out))
	require.Contains(t, out.String(), "rewrote the search entries")
	out.Reset()
	require.NoError(t, run(ctx, "reindex", append([]string{"--check"}, flags...), &out))
	require.Contains(t, out.String(), "out of step with the directory: 0\n")
}
