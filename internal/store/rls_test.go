package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/partnership"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

// appRole is the role the application runs as on PostgreSQL.
const appRole = "brug_app"

// sqlstateInsufficientPrivilege is what PostgreSQL answers both for a row
// that a row-level security policy refuses and for a missing privilege.
const sqlstateInsufficientPrivilege = "42501"

// requirePostgres skips the test unless a PostgreSQL server for tests is
// configured: row-level security and the application role exist only there.
func requirePostgres(t *testing.T) {
	t.Helper()
	if os.Getenv(brugtest.EnvDatabaseURL) == "" {
		t.Skip("row-level security is PostgreSQL's: BRUG_TEST_DATABASE_URL not set")
	}
}

// databaseURL returns the URL of the app's fresh test database (as its
// owner, without the application role).
func databaseURL(a *brugtest.App) string { return a.Store.Pool.Config().ConnString() }

// withParam returns rawURL with one more query parameter.
func withParam(t *testing.T, rawURL, key, value string) string {
	t.Helper()
	u, err := url.Parse(rawURL)
	require.NoError(t, err)
	q := u.Query()
	q.Set(key, value)
	u.RawQuery = q.Encode()
	return u.String()
}

// openDB opens the database at rawURL; with a role, every connection
// switches to it (SET ROLE) as soon as it is made, as the store does.
func openDB(t *testing.T, rawURL, role string) *sql.DB {
	t.Helper()
	cfg, err := pgx.ParseConfig(rawURL)
	require.NoError(t, err)
	var opts []stdlib.OptionOpenDB
	if role != "" {
		opts = append(opts, stdlib.OptionAfterConnect(func(ctx context.Context, c *pgx.Conn) error {
			_, err := c.Exec(ctx, "SET ROLE "+pgx.Identifier{role}.Sanitize())
			return err
		}))
	}
	db := stdlib.OpenDB(*cfg, opts...)
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// conn pins one connection of db for the test.
func conn(t *testing.T, db *sql.DB) *sql.Conn {
	t.Helper()
	c, err := db.Conn(t.Context())
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// sqlstate returns the PostgreSQL error code of err, or "".
func sqlstate(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code
	}
	return ""
}

// tenantTables lists the tables of schema public that have a tenant_id
// column, read from the catalog so that a new tenant-owned table is covered
// without touching this file.
func tenantTables(t *testing.T, owner *sql.DB) []string {
	t.Helper()
	rows, err := owner.QueryContext(t.Context(), `
		SELECT c.relname FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
		  AND EXISTS (SELECT 1 FROM pg_attribute a
		              WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
		ORDER BY c.relname`)
	require.NoError(t, err)
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		require.NoError(t, rows.Scan(&name))
		out = append(out, name)
	}
	require.NoError(t, rows.Err())
	return out
}

// protectedTables are the tables row-level security guards: every table
// with a tenant_id, plus service_locations, whose rows belong to a service.
func protectedTables(t *testing.T, owner *sql.DB) []string {
	t.Helper()
	tables := tenantTables(t, owner)
	// A guard against a catalog query that silently finds nothing.
	require.Subset(t, tables, []string{"audit_events", "invitations", "locations", "memberships",
		"organizations", "partnerships", "services"})
	return append(tables, "service_locations")
}

// rowKey is the SQL expression naming a row of the table, and ofTenant the
// condition (with the tenant as $1) that selects a tenant's rows.
func rowKey(table string) (key, ofTenant string) {
	if table == "service_locations" {
		return "service_id || '/' || location_id", "service_id IN (SELECT id FROM services WHERE tenant_id = $1)"
	}
	return "id", "tenant_id = $1"
}

// queryStrings reads the single text column of a query's rows.
func queryStrings(t *testing.T, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args ...any) []string {
	t.Helper()
	rows, err := q.QueryContext(t.Context(), query, args...)
	require.NoError(t, err)
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var s string
		require.NoError(t, rows.Scan(&s))
		out = append(out, s)
	}
	require.NoError(t, rows.Err())
	return out
}

// tenantFixture is what fillTenant wrote for one tenant.
type tenantFixture struct {
	id string
	// orgs are the tenant's organisations.
	orgs []string
	// spareLocation belongs to the tenant and to no service.
	spareLocation string
	// spareMember is a member with no membership anywhere.
	spareMember string
}

// fillTenant creates a tenant and, through the system path, a row in every
// tenant-owned table: organisations, locations, a service at one of them, a
// partnership, a membership, an invitation, and (because a caller is set)
// an audit event for each change.
func fillTenant(t *testing.T, a *brugtest.App, slug string, orgs int) tenantFixture {
	t.Helper()
	f := tenantFixture{id: brugtest.Tenant(t, a, slug)}
	brugtest.System(t, a, func(ctx context.Context, c *ent.Client) {
		admin := c.Member.Create().SetIssuer("https://issuer.brug.test").SetSubject(slug + "-admin").
			SetEmail(slug + "-admin@brug.test").SaveX(ctx)
		f.spareMember = c.Member.Create().SetIssuer("https://issuer.brug.test").SetSubject(slug + "-spare").SaveX(ctx).ID
		ctx = viewer.With(ctx, &viewer.Caller{MemberID: admin.ID, Label: admin.Email, Role: viewer.Admin})
		for i := range orgs {
			f.orgs = append(f.orgs, c.Organization.Create().SetTenantID(f.id).SetName(fmt.Sprintf("%s org %d", slug, i)).
				SetKind(organization.KindCLB).SaveX(ctx).ID)
		}
		location := func(name string) *ent.Location {
			return c.Location.Create().SetTenantID(f.id).SetOrganizationID(f.orgs[0]).SetName(name).SetStreet("Markt").
				SetHouseNumber("1").SetPostcode("3000").SetMunicipality("Leuven").SetLatitude(50.88).SetLongitude(4.70).SaveX(ctx)
		}
		loc := location("Zetel")
		f.spareLocation = location("Bijhuis").ID
		c.Service.Create().SetTenantID(f.id).SetOrganizationID(f.orgs[0]).SetName("Intake").
			SetCategory(service.CategoryDIAGNOSTICS).AddLocations(loc).ExecX(ctx)
		c.Partnership.Create().SetTenantID(f.id).SetFromID(f.orgs[0]).SetToID(f.orgs[1]).SetKind(partnership.KindSUPPORTS).ExecX(ctx)
		c.Membership.Create().SetTenantID(f.id).SetMemberID(admin.ID).SetRole(viewer.Admin).ExecX(ctx)
		c.Invitation.Create().SetTenantID(f.id).SetEmail("new-" + slug + "@brug.test").SetRole(viewer.Viewer).
			SetInvitedBy(admin.ID).ExecX(ctx)
	})
	return f
}

// TestRowLevelSecurityCatalog checks, in the catalog of a freshly migrated
// database, that every tenant-owned table is guarded by row-level security
// (enabled, forced and with a policy) and that the application role can
// neither bypass it nor own a table.
func TestRowLevelSecurityCatalog(t *testing.T) {
	t.Parallel()
	requirePostgres(t)
	a := brugtest.NewApp(t, brugtest.Postgres, brugtest.Options{})
	owner := openDB(t, databaseURL(a), "")
	ctx := t.Context()

	for _, table := range protectedTables(t, owner) {
		var enabled, forced bool
		var policies int
		err := owner.QueryRowContext(ctx, `
			SELECT c.relrowsecurity, c.relforcerowsecurity,
			       (SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname)
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = 'public' AND c.relname = $1`, table).Scan(&enabled, &forced, &policies)
		require.NoError(t, err, table)
		require.True(t, enabled, "%s: row-level security is not enabled", table)
		require.True(t, forced, "%s: row-level security is not forced on the owner", table)
		require.Positive(t, policies, "%s: no policy", table)
	}

	var super, bypass bool
	err := owner.QueryRowContext(ctx, "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1", appRole).
		Scan(&super, &bypass)
	require.NoError(t, err, "the %s role does not exist", appRole)
	require.False(t, super, "%s is a superuser", appRole)
	require.False(t, bypass, "%s bypasses row-level security", appRole)
	require.Empty(t, queryStrings(t, owner, "SELECT schemaname || '.' || tablename FROM pg_tables WHERE tableowner = $1", appRole),
		"%s owns tables: it would be exempt from unforced policies and could alter them", appRole)

	// FORCE binds a table owner that is not a superuser (as in a managed
	// deployment); the test server's owner is a superuser, which row-level
	// security never binds, so make a throwaway owner in a transaction that
	// is rolled back (roles and ownership are transactional).
	tx, err := owner.BeginTx(ctx, nil)
	require.NoError(t, err)
	defer func() { _ = tx.Rollback() }()
	tmpOwner := pgx.Identifier{"brug_owner_" + strings.ReplaceAll(uuid.NewString(), "-", "")[:12]}.Sanitize()
	_, err = tx.ExecContext(ctx, "CREATE ROLE "+tmpOwner+" NOLOGIN NOSUPERUSER NOBYPASSRLS")
	require.NoError(t, err)
	for _, table := range protectedTables(t, owner) {
		_, err = tx.ExecContext(ctx, "ALTER TABLE "+pgx.Identifier{table}.Sanitize()+" OWNER TO "+tmpOwner)
		require.NoError(t, err, table)
	}
	_, err = tx.ExecContext(ctx, "SET LOCAL ROLE "+tmpOwner)
	require.NoError(t, err)
	_, err = tx.ExecContext(ctx, "INSERT INTO organizations (id, created_at, updated_at, name, kind, tenant_id) "+
		"VALUES ('org_owner_probe', now(), now(), 'Probe', 'CLB', 'ten_nobody')")
	require.Error(t, err, "the owner wrote a row for no tenant: FORCE ROW LEVEL SECURITY is not binding it")
	require.Equal(t, sqlstateInsufficientPrivilege, sqlstate(err), "%v", err)
}

// TestRowLevelSecurityAppRole speaks raw SQL as the application role to a
// database holding two tenants, and checks every tenant-owned table: nothing
// is visible without a tenant, exactly the tenant's rows with one, the
// tenant does not outlive its transaction, and no row can be written for,
// moved to or deleted from another tenant.
func TestRowLevelSecurityAppRole(t *testing.T) {
	t.Parallel()
	requirePostgres(t)
	a := brugtest.NewApp(t, brugtest.Postgres, brugtest.Options{})
	fa := fillTenant(t, a, "alpha", 3)
	fb := fillTenant(t, a, "beta", 2)
	fixtures := map[string]tenantFixture{fa.id: fa, fb.id: fb}

	owner := openDB(t, databaseURL(a), "")
	c := conn(t, openDB(t, databaseURL(a), appRole))
	ctx := t.Context()

	var user string
	require.NoError(t, c.QueryRowContext(ctx, "SELECT current_user").Scan(&user))
	require.Equal(t, appRole, user)

	// inTenant runs fn in a transaction scoped to tenant (none if empty)
	// exactly as store.Begin scopes it, and rolls it back.
	inTenant := func(t *testing.T, tenant string, fn func(tx *sql.Tx)) {
		t.Helper()
		tx, err := c.BeginTx(ctx, nil)
		require.NoError(t, err)
		defer func() { _ = tx.Rollback() }()
		if tenant != "" {
			_, err = tx.ExecContext(ctx, "SELECT set_config('brug.tenant_id', $1, true)", tenant)
			require.NoError(t, err)
		}
		fn(tx)
	}

	for _, table := range protectedTables(t, owner) {
		t.Run(table, func(t *testing.T) {
			// Not parallel: the subtests share the one application connection.
			key, ofTenant := rowKey(table)
			ident := pgx.Identifier{table}.Sanitize()
			own := func(tenant string) []string {
				return queryStrings(t, owner, "SELECT "+key+" FROM "+ident+" WHERE "+ofTenant, tenant)
			}
			wantA, wantB := own(fa.id), own(fb.id)
			require.NotEmpty(t, wantA, "the fixture has no %s row for tenant A: add one to fillTenant", table)
			require.NotEmpty(t, wantB, "the fixture has no %s row for tenant B: add one to fillTenant", table)

			var n int
			require.NoError(t, c.QueryRowContext(ctx, "SELECT count(*) FROM "+ident).Scan(&n))
			require.Zero(t, n, "rows visible without a tenant")

			// The tenant's rows, and nothing else; the tenant is set per
			// transaction only and is gone after COMMIT.
			tx, err := c.BeginTx(ctx, nil)
			require.NoError(t, err)
			_, err = tx.ExecContext(ctx, "SELECT set_config('brug.tenant_id', $1, true)", fa.id)
			require.NoError(t, err)
			require.ElementsMatch(t, wantA, queryStrings(t, tx, "SELECT "+key+" FROM "+ident))
			require.NoError(t, tx.QueryRowContext(ctx, "SELECT count(*) FROM "+ident+" WHERE NOT ("+ofTenant+")", fa.id).Scan(&n))
			require.Zero(t, n, "rows of another tenant visible")
			require.NoError(t, tx.Commit())
			var setting string
			require.NoError(t, c.QueryRowContext(ctx, "SELECT coalesce(current_setting('brug.tenant_id', true), '')").Scan(&setting))
			require.Empty(t, setting, "the tenant outlived its transaction")
			require.NoError(t, c.QueryRowContext(ctx, "SELECT count(*) FROM "+ident).Scan(&n))
			require.Zero(t, n, "rows visible after the tenant's transaction committed")

			inTenant(t, fb.id, func(tx *sql.Tx) {
				require.ElementsMatch(t, wantB, queryStrings(t, tx, "SELECT "+key+" FROM "+ident))
			})

			// Inserting: a copy of a row of each tenant, with a new key.
			copyOf := func(tenant string) string {
				var raw []byte
				require.NoError(t, owner.QueryRowContext(ctx,
					"SELECT row_to_json(r) FROM "+ident+" r WHERE "+ofTenant+" LIMIT 1", tenant).Scan(&raw))
				row := map[string]any{}
				require.NoError(t, json.Unmarshal(raw, &row))
				f := fixtures[tenant]
				switch table {
				case "service_locations":
					row["location_id"] = f.spareLocation
				case "memberships": // unique per tenant and member
					row["id"] = "rls_" + uuid.NewString()
					row["member_id"] = f.spareMember
				case "search_entries": // a numbered row, unique per service and location
					row["id"] = time.Now().UnixNano()
					row["location_id"] = f.spareLocation
				case "partnerships": // unique per from, to and kind
					row["id"] = "rls_" + uuid.NewString()
					row["from_id"], row["to_id"] = row["to_id"], row["from_id"]
				default:
					row["id"] = "rls_" + uuid.NewString()
				}
				b, err := json.Marshal(row)
				require.NoError(t, err)
				return string(b)
			}
			insert := "INSERT INTO " + ident + " SELECT * FROM json_populate_record(NULL::" + ident + ", $1::json)"
			rowA, rowB := copyOf(fa.id), copyOf(fb.id)

			inTenant(t, fa.id, func(tx *sql.Tx) {
				_, err := tx.ExecContext(ctx, insert, rowA)
				require.NoError(t, err, "the tenant cannot write its own row: the refusals below would prove nothing")
			})
			inTenant(t, fa.id, func(tx *sql.Tx) {
				_, err := tx.ExecContext(ctx, insert, rowB)
				require.Error(t, err, "tenant A wrote a row of tenant B")
				require.Equal(t, sqlstateInsufficientPrivilege, sqlstate(err), "%v", err)
				require.Contains(t, err.Error(), "row-level security")
			})
			inTenant(t, "", func(tx *sql.Tx) {
				_, err := tx.ExecContext(ctx, insert, rowA)
				require.Error(t, err, "a row was written without a tenant")
				require.Equal(t, sqlstateInsufficientPrivilege, sqlstate(err), "%v", err)
			})

			// Moving a row to another tenant is refused; another tenant's
			// rows cannot be deleted (they are not there).
			move, to := "UPDATE "+ident+" SET tenant_id = $2 WHERE tenant_id = $1", fb.id
			if table == "service_locations" {
				move = "UPDATE service_locations SET service_id = $2 WHERE service_id IN (SELECT id FROM services WHERE tenant_id = $1)"
				require.NoError(t, owner.QueryRowContext(ctx, "SELECT id FROM services WHERE tenant_id = $1 LIMIT 1", fb.id).Scan(&to))
			}
			inTenant(t, fa.id, func(tx *sql.Tx) {
				_, err := tx.ExecContext(ctx, move, fa.id, to)
				require.Error(t, err, "tenant A moved its rows to tenant B")
				require.Equal(t, sqlstateInsufficientPrivilege, sqlstate(err), "%v", err)
			})
			if table != "audit_events" { // append-only: see TestAuditAppendOnly
				inTenant(t, fa.id, func(tx *sql.Tx) {
					res, err := tx.ExecContext(ctx, "DELETE FROM "+ident+" WHERE "+ofTenant, fb.id)
					require.NoError(t, err)
					deleted, err := res.RowsAffected()
					require.NoError(t, err)
					require.Zero(t, deleted, "tenant A deleted rows of tenant B")
				})
			}
			require.ElementsMatch(t, wantA, own(fa.id), "tenant A's rows changed")
			require.ElementsMatch(t, wantB, own(fb.id), "tenant B's rows changed")
			t.Logf("%s: %d rows for A, %d for B", table, len(wantA), len(wantB))
		})
	}
}

// TestRowLevelSecurityOneConnection runs units of work for two tenants in
// turn over a pool of a single connection, so that any tenant setting left
// behind on the connection would show in the next unit of work.
func TestRowLevelSecurityOneConnection(t *testing.T) {
	t.Parallel()
	requirePostgres(t)
	base := brugtest.NewApp(t, brugtest.Postgres, brugtest.Options{})
	fa := fillTenant(t, base, "alpha", 3)
	fb := fillTenant(t, base, "beta", 2)
	want := map[string][]string{fa.id: fa.orgs, fb.id: fb.orgs}
	oneConn := withParam(t, databaseURL(base), "pool_max_conns", "1")

	t.Run("units of work", func(t *testing.T) {
		t.Parallel()
		st, err := store.Open(t.Context(), store.Config{DatabaseURL: oneConn, DatabaseRole: appRole})
		require.NoError(t, err)
		t.Cleanup(st.Close)
		require.EqualValues(t, 1, st.Pool.Config().MaxConns)

		pids := map[int]bool{}
		for i := range 200 {
			tenant := fa.id
			if i%2 == 1 {
				tenant = fb.id
			}
			ctx := viewer.Internal(tenancy.WithTenant(t.Context(), tenant), "rls-test")
			begin := st.Begin
			if i%4 >= 2 {
				begin = st.BeginRead
			}
			txCtx, tx, err := begin(ctx)
			require.NoError(t, err)
			ids, err := st.Client(txCtx).Organization.Query().IDs(txCtx)
			require.NoError(t, err)
			require.ElementsMatch(t, want[tenant], ids, "unit of work %d (ent)", i)
			// Raw SQL skips ent's tenant filter: only row-level security narrows it.
			raw := queryStrings(t, store.Tx(txCtx), "SELECT id FROM organizations")
			require.ElementsMatch(t, want[tenant], raw, "unit of work %d (raw SQL)", i)
			var pid int
			require.NoError(t, store.Tx(txCtx).QueryRowContext(txCtx, "SELECT pg_backend_pid()").Scan(&pid))
			pids[pid] = true
			switch i % 3 {
			case 0:
				require.NoError(t, tx.Commit())
			case 1:
				require.NoError(t, tx.Rollback())
			case 2: // a failed statement aborts the transaction, which is then rolled back
				_, err := store.Tx(txCtx).ExecContext(txCtx, "SELECT 1/0")
				require.Error(t, err)
				require.NoError(t, tx.Rollback())
			}
			// Between units of work the connection carries no tenant.
			require.Empty(t, queryStrings(t, st.DB, "SELECT id FROM organizations"), "outside a unit of work, after %d", i)
			if i%20 == 19 { // a unit of work without a tenant sees nothing
				txCtx, tx, err := st.BeginRead(viewer.Internal(t.Context(), "rls-test"))
				require.NoError(t, err)
				require.Empty(t, queryStrings(t, store.Tx(txCtx), "SELECT id FROM organizations"), "after unit of work %d", i)
				require.NoError(t, tx.Rollback())
			}
		}
		require.Len(t, pids, 1, "the units of work did not share one connection")
		require.EqualValues(t, 1, st.Pool.Stat().TotalConns())
	})

	t.Run("graphql requests", func(t *testing.T) {
		t.Parallel()
		a, err := app.New(t.Context(), app.Config{
			Store: store.Config{DatabaseURL: oneConn, DatabaseRole: appRole},
			Auth:  app.Auth{Issuers: []auth.Issuer{{URL: base.Issuer.URL(), Audience: auth.DevAudience}}},
		})
		require.NoError(t, err)
		t.Cleanup(a.Close)
		require.EqualValues(t, 1, a.Store.Pool.Config().MaxConns)
		client := brugtest.NewClient(t, &brugtest.App{App: a, Issuer: base.Issuer})
		clients := map[string]*brugtest.Client{
			fa.id: client.AsRole("alpha", viewer.Viewer, ""),
			fb.id: client.AsRole("beta", viewer.Viewer, ""),
		}
		for i := range 200 {
			tenant := fa.id
			if i%2 == 1 {
				tenant = fb.id
			}
			var data struct {
				Organizations struct {
					Edges []struct {
						Node struct{ ID string }
					}
				}
			}
			clients[tenant].MustQuery(`{ organizations(first: 50) { edges { node { id } } } }`, nil, &data)
			var ids []string
			for _, e := range data.Organizations.Edges {
				ids = append(ids, e.Node.ID)
			}
			require.ElementsMatch(t, want[tenant], ids, "request %d", i)
		}
		require.EqualValues(t, 1, a.Store.Pool.Stat().TotalConns())
	})
}
