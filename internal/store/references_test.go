package store_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/brugtest"
)

// TestReferencesStayInTheirTenant: foreign keys ignore row-level security,
// so the PostgreSQL migrations add tenant-aware ones. As the application
// role with tenant A set, a row of A that points at B's organisation or
// location is refused by the database itself, not only by ent.
func TestReferencesStayInTheirTenant(t *testing.T) {
	t.Parallel()
	requirePostgres(t)
	a := brugtest.NewApp(t, brugtest.Postgres, brugtest.Options{})
	fa := fillTenant(t, a, "alpha", 2)
	fb := fillTenant(t, a, "beta", 2)
	db := openDB(t, databaseURL(a), "brug_app")
	ctx := context.Background()

	cases := []struct {
		name  string
		query string
		args  []any
	}{
		{"location of A in B's organisation",
			`INSERT INTO locations (id, created_at, updated_at, tenant_id, organization_id, name, street, house_number, postcode, municipality, country, latitude, longitude)
			 VALUES ('loc_x', now(), now(), $1, $2, 'X', 'Markt', '1', '3000', 'Leuven', 'BE', 50.8, 4.7)`, []any{fa.id, fb.orgs[0]}},
		{"service of A in B's organisation",
			`INSERT INTO services (id, created_at, updated_at, tenant_id, organization_id, name, category, needs, care_phases, min_age, max_age, languages, capacity_unit, capacity_status, waiting_norm_days, status)
			 VALUES ('svc_x', now(), now(), $1, $2, 'X', 'THERAPY', '[]', '[]', 0, 25, '["nl"]', 'places', 'ACCEPTING', 60, 'ACTIVE')`, []any{fa.id, fb.orgs[0]}},
		{"partnership of A from B's organisation",
			`INSERT INTO partnerships (id, created_at, updated_at, tenant_id, from_id, to_id, kind)
			 VALUES ('par_x', now(), now(), $1, $2, $3, 'SUPPORTS')`, []any{fa.id, fb.orgs[0], fa.orgs[0]}},
		{"A's service offered at B's location",
			`INSERT INTO service_locations (service_id, location_id)
			 SELECT s.id, $2 FROM services s WHERE s.tenant_id = $1 LIMIT 1`, []any{fa.id, fb.spareLocation}},
	}
	for _, c := range cases {
		tx, err := db.BeginTx(ctx, nil)
		require.NoError(t, err)
		_, err = tx.ExecContext(ctx, "SELECT set_config('brug.tenant_id', $1, true)", fa.id)
		require.NoError(t, err)
		_, err = tx.ExecContext(ctx, c.query, c.args...)
		require.Error(t, err, c.name)
		require.Contains(t, []string{"23503", "42501"}, sqlstate(err), "%s: %v", c.name, err)
		require.NoError(t, tx.Rollback())
	}
}
