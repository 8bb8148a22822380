// Package brugtest builds real Brug services for tests: a fresh, migrated
// database per test (an SQLite file in a temporary directory, or a
// PostgreSQL database cloned from a migrated template when
// BRUG_TEST_DATABASE_URL is set), the production wiring from package app, and
// an HTTP client that speaks GraphQL to the real handler.
package brugtest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	_ "github.com/jackc/pgx/v5/stdlib" // "pgx" database/sql driver for administration
	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/store"
)

// Dialects names the databases the tests run on.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// EnvDatabaseURL names the PostgreSQL server for tests; when it is unset
// the tests run on SQLite only.
const EnvDatabaseURL = "BRUG_TEST_DATABASE_URL"

// Dialects returns the databases to run on: SQLite always, PostgreSQL when
// BRUG_TEST_DATABASE_URL is set.
func Dialects() []string {
	if os.Getenv(EnvDatabaseURL) != "" {
		return []string{SQLite, Postgres}
	}
	return []string{SQLite}
}

// ForEachDialect runs fn as a parallel subtest on every dialect.
func ForEachDialect(t *testing.T, fn func(t *testing.T, dialect string)) {
	t.Helper()
	for _, d := range Dialects() {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			fn(t, d)
		})
	}
}

// Options tune NewApp.
type Options struct {
	// App is the configuration to start from; its Store is filled in.
	App app.Config
	// Seed inserts the demo network.
	Seed bool
}

// App is a test service with the identity provider its tokens come from.
type App struct {
	*app.App
	// Issuer is a real OIDC issuer on a loopback test server (discovery and
	// JWKS over HTTP), trusted by the app.
	Issuer *auth.DevIssuer
}

// NewIssuer starts an OIDC issuer on a loopback test server for the test's
// lifetime.
func NewIssuer(t testing.TB) *auth.DevIssuer {
	t.Helper()
	var h http.Handler
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.ServeHTTP(w, r) }))
	t.Cleanup(srv.Close)
	iss, err := auth.NewDevIssuer(srv.URL)
	require.NoError(t, err)
	h = iss.Handler()
	return iss
}

// NewApp returns a wired, migrated Brug service on a fresh database of the
// given dialect, closed and dropped when the test ends. On PostgreSQL the
// service runs as the application role brug_app, under row-level security.
func NewApp(t testing.TB, dialect string, opts Options) *App {
	t.Helper()
	ctx := context.Background()
	cfg := opts.App
	iss := NewIssuer(t)
	cfg.Auth.Issuers = append(cfg.Auth.Issuers, auth.Issuer{URL: iss.URL(), Audience: auth.DevAudience})
	switch dialect {
	case SQLite:
		cfg.Store.DataDir = t.TempDir()
	case Postgres:
		cfg.Store.DatabaseURL = freshPostgres(t)
		cfg.Store.DatabaseRole = "brug_app"
	default:
		t.Fatalf("unknown dialect %q", dialect)
	}
	a, err := app.New(ctx, cfg)
	require.NoError(t, err)
	t.Cleanup(a.Close)
	require.NoError(t, a.Store.Migrate(ctx))
	if opts.Seed {
		_, err := a.SeedDemo(ctx)
		require.NoError(t, err)
	}
	return &App{App: a, Issuer: iss}
}

var (
	templateOnce sync.Once
	templateName string
	templateErr  error
)

// freshPostgres creates a database cloned from a migrated template and
// returns its URL; it is dropped when the test ends.
func freshPostgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvDatabaseURL)
	if base == "" {
		t.Fatalf("%s is not set", EnvDatabaseURL)
	}
	templateOnce.Do(func() { templateName, templateErr = ensureTemplate(base) })
	require.NoError(t, templateErr, "preparing the PostgreSQL template database")
	admin, err := sql.Open("pgx", base)
	require.NoError(t, err)
	defer admin.Close()
	name := "brug_test_" + strings.ReplaceAll(uuid.NewString(), "-", "")[:20]
	_, err = admin.Exec(fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", name, templateName))
	require.NoError(t, err)
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer admin.Close()
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	return withDatabase(base, name)
}

func withDatabase(base, name string) string {
	u, err := url.Parse(base)
	if err != nil {
		return base
	}
	u.Path = "/" + name
	return u.String()
}

// ensureTemplate creates, once per migration set, a migrated template
// database that test databases are cloned from. An advisory lock serialises
// test processes that race to create it.
func ensureTemplate(base string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	name := "brug_tmpl_" + migrationsHash()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		return "", err
	}
	defer admin.Close()
	conn, err := admin.Conn(ctx)
	if err != nil {
		return "", fmt.Errorf("connecting to %s: %w", EnvDatabaseURL, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock(4242001)"); err != nil {
		return "", err
	}
	defer conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock(4242001)") //nolint:errcheck
	var exists bool
	if err := conn.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return "", err
	}
	if exists {
		return name, nil
	}
	building := name + "_building"
	if _, err := conn.ExecContext(ctx, "DROP DATABASE IF EXISTS "+building+" WITH (FORCE)"); err != nil {
		return "", err
	}
	if _, err := conn.ExecContext(ctx, "CREATE DATABASE "+building); err != nil {
		return "", err
	}
	st, err := store.Open(ctx, store.Config{DatabaseURL: withDatabase(base, building)})
	if err != nil {
		return "", err
	}
	err = st.Migrate(ctx)
	st.Close()
	if err != nil {
		return "", err
	}
	// Closed connections leave their server processes a moment later; wait
	// for them before renaming.
	for attempt := 0; ; attempt++ {
		_, err = conn.ExecContext(ctx, "ALTER DATABASE "+building+" RENAME TO "+name)
		if err == nil || attempt == 50 {
			return name, err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// migrationsHash identifies the embedded migrations, so a schema change gets
// a new template.
func migrationsHash() string {
	h := sha256.New()
	root := filepath.Join(moduleRoot(), "internal", "store", "migrations")
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		h.Write([]byte(path))
		h.Write(b)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// moduleRoot finds the directory holding go.mod, from the test's working directory up.
func moduleRoot() string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "."
		}
		dir = parent
	}
}
