package seed_test

import (
	"context"
	"database/sql"
	"math"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/location"
	"github.com/kansrijk/brug/ent/migrate"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/partnership"
	_ "github.com/kansrijk/brug/ent/runtime"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/seed"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/validate"
)

func TestDemo(t *testing.T) {
	t.Parallel()
	ctx := tenancy.System(context.Background())
	client := openClient(t)

	start := time.Now()
	inserted, err := seed.Demo(ctx, client)
	elapsed := time.Since(start)
	require.NoError(t, err)
	require.True(t, inserted, "first run inserts the demo")
	t.Logf("seed took %s", elapsed)

	inserted, err = seed.Demo(ctx, client)
	require.NoError(t, err)
	require.False(t, inserted, "second run finds the demo and does nothing")

	tenants, err := client.Tenant.Query().All(ctx)
	require.NoError(t, err)
	require.Len(t, tenants, 3)

	for _, ten := range tenants {
		orgs, err := client.Organization.Query().Where(organization.TenantID(ten.ID)).All(ctx)
		require.NoError(t, err)
		require.GreaterOrEqual(t, len(orgs), 40, ten.Slug)
		require.False(t, ten.Settings.PublicDirectory, ten.Slug)

		kinds := map[organization.Kind]bool{}
		for _, o := range orgs {
			kinds[o.Kind] = true
			if o.EnterpriseNumber != "" {
				require.NoError(t, validate.KBO(o.EnterpriseNumber), "%s: %s", o.Name, o.EnterpriseNumber)
			}
		}
		for _, k := range kindValues(t) {
			require.True(t, kinds[organization.Kind(k)], "%s has no organisation of kind %s", ten.Slug, k)
		}

		locs, err := client.Location.Query().Where(location.TenantID(ten.ID)).All(ctx)
		require.NoError(t, err)
		locsPerOrg := map[string]int{}
		for _, l := range locs {
			locsPerOrg[l.OrganizationID]++
		}
		for _, o := range orgs {
			require.Contains(t, []int{1, 2}, locsPerOrg[o.ID], "%s: %s has %d locations", ten.Slug, o.Name, locsPerOrg[o.ID])
		}
		for _, l := range locs {
			d := haversineKm(ten.CentroidLatitude, ten.CentroidLongitude, l.Latitude, l.Longitude)
			require.LessOrEqual(t, d, 5.0, "%s: location %s is %.1f km from the centre", ten.Slug, l.Name, d)
		}

		svcs, err := client.Service.Query().Where(service.TenantID(ten.ID)).WithLocations().All(ctx)
		require.NoError(t, err)
		svcsPerOrg := map[string]int{}
		for _, s := range svcs {
			svcsPerOrg[s.OrganizationID]++
			require.NotEmpty(t, s.Edges.Locations, "%s: service %s has no location", ten.Slug, s.Name)
			for _, l := range s.Edges.Locations {
				require.Equal(t, s.OrganizationID, l.OrganizationID, s.Name)
			}
			for _, ph := range s.CarePhases {
				require.True(t, ph >= 0 && ph <= 3, "%s: care phase %d", s.Name, ph)
			}
			require.LessOrEqual(t, s.MinAge, s.MaxAge, s.Name)
			if s.CapacityAvailable != nil && s.CapacityMaximum != nil {
				require.LessOrEqual(t, *s.CapacityAvailable, *s.CapacityMaximum, s.Name)
			}
		}

		for _, o := range orgs {
			if o.Kind != organization.KindSCHOOL {
				n := svcsPerOrg[o.ID]
				require.True(t, n >= 1 && n <= 3, "%s: %s has %d services", ten.Slug, o.Name, n)
			}
		}

		links, err := client.Partnership.Query().Where(partnership.TenantID(ten.ID)).All(ctx)
		require.NoError(t, err)
		parent := map[string]string{}
		var find func(string) string
		find = func(x string) string {
			if parent[x] == "" || parent[x] == x {
				return x
			}
			root := find(parent[x])
			parent[x] = root
			return root
		}
		seen := map[[3]string]bool{}
		for _, l := range links {
			require.NotEqual(t, l.FromID, l.ToID)
			key := [3]string{l.FromID, l.ToID, string(l.Kind)}
			require.False(t, seen[key], "duplicate partnership %v", key)
			seen[key] = true
			parent[find(l.FromID)] = find(l.ToID)
		}
		roots := map[string]bool{}
		for _, o := range orgs {
			roots[find(o.ID)] = true
		}
		require.Len(t, roots, 1, "%s: organisations form %d components", ten.Slug, len(roots))

		t.Logf("%s: %d organisations, %d locations, %d services, %d partnerships",
			ten.Slug, len(orgs), len(locs), len(svcs), len(links))
	}
}

func TestDemoInTransaction(t *testing.T) {
	t.Parallel()
	ctx := tenancy.System(context.Background())
	client := openClient(t)

	tx, err := client.Tx(ctx)
	require.NoError(t, err)
	inserted, err := seed.Demo(ctx, tx.Client())
	require.NoError(t, err)
	require.True(t, inserted)
	n, err := tx.Organization.Query().Count(ctx)
	require.NoError(t, err)
	require.Positive(t, n, "the transaction sees its own rows")
	require.NoError(t, tx.Rollback())

	n, err = client.Tenant.Query().Count(ctx)
	require.NoError(t, err)
	require.Zero(t, n, "a rolled-back seed leaves nothing behind")
}

// openClient opens a fresh, migrated SQLite database for one test.
func openClient(t *testing.T) *ent.Client {
	t.Helper()
	ctx := tenancy.System(context.Background())
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "t.db")+"?_pragma=foreign_keys(1)")
	require.NoError(t, err)
	db.SetMaxOpenConns(1)
	client := ent.NewClient(ent.Driver(entsql.OpenDB(dialect.SQLite, db)))
	t.Cleanup(func() { _ = client.Close() })
	migrateMu.Lock()
	defer migrateMu.Unlock()
	require.NoError(t, client.Schema.Create(ctx))
	return client
}

// migrateMu serialises ent's auto-migration, which writes to the generated
// package-level table descriptions and so races when tests run in parallel.
var migrateMu sync.Mutex

// kindValues returns every value of the organisation kind enum, read from
// the generated schema so that a new kind is checked automatically.
func kindValues(t *testing.T) []string {
	t.Helper()
	for _, c := range migrate.OrganizationsColumns {
		if c.Name == organization.FieldKind {
			require.NotEmpty(t, c.Enums)
			return c.Enums
		}
	}
	t.Fatal("organizations table has no kind column")
	return nil
}

// haversineKm is the great-circle distance between two points in kilometres.
func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const earthRadiusKm = 6371.0
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(a))
}
