package synth_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/location"
	"github.com/kansrijk/brug/ent/migrate"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/region"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/geo"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/searchindex"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/synth"
)

// small is big enough to have every kind, boroughs-free, in all five provinces.
var small = synth.Config{Tenants: 12, Locations: 600, Services: 1_800, Seed: 7}

// Flanders' rough bounding box.
const (
	minLat, maxLat = 50.68, 51.51
	minLng, maxLng = 2.54, 5.92
)

func TestGenerate(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{})
		sum, err := synth.Generate(context.Background(), a.Store, small)
		require.NoError(t, err)
		t.Logf("%s: %s", dialect, sum)
		require.Len(t, sum.TenantIDs, small.Tenants)
		require.Equal(t, small.Locations, sum.Locations)
		require.Equal(t, small.Services, sum.Services)
		require.InDelta(t, float64(small.Locations)/1.2, float64(sum.Organizations), float64(small.Tenants))
		require.GreaterOrEqual(t, sum.Partnerships, sum.Organizations, "a few partnerships per organisation")

		brugtest.System(t, a, func(ctx context.Context, client *ent.Client) {
			tenants, err := client.Tenant.Query().WithRegions().All(ctx)
			require.NoError(t, err)
			require.Len(t, tenants, small.Tenants)
			provinces := map[string]bool{}
			for _, tn := range tenants {
				require.Regexp(t, `^s-[a-z0-9]+(-[a-z0-9]+)*$`, tn.Slug)
				require.NotEmpty(t, tn.Edges.Regions, "%s is in no region", tn.Name)
				provinces[tn.Province] = true
				table, err := gid.Table(tn.ID)
				require.NoError(t, err)
				require.Equal(t, "tenants", table)
			}
			require.Len(t, provinces, 5, "a small data set still spans every province")

			// The data set is loaded with raw statements: its search
			// entries must be written with it.
			entries, err := client.SearchEntry.Query().Count(ctx)
			require.NoError(t, err)
			require.Positive(t, entries)
			stale, err := searchindex.Stale(ctx, store.Tx(ctx))
			require.NoError(t, err)
			require.Zero(t, stale, "search entries out of step with the generated directory")

			counts := map[string]int{}
			for name, q := range map[string]interface {
				Count(context.Context) (int, error)
			}{
				"organizations": client.Organization.Query(),
				"locations":     client.Location.Query(),
				"services":      client.Service.Query(),
				"partnerships":  client.Partnership.Query(),
				"regions":       client.Region.Query(),
			} {
				counts[name], err = q.Count(ctx)
				require.NoError(t, err)
			}
			require.Equal(t, map[string]int{
				"organizations": sum.Organizations, "locations": sum.Locations, "services": sum.Services,
				"partnerships": sum.Partnerships, "regions": sum.Regions,
			}, counts)

			orgs, err := client.Organization.Query().All(ctx)
			require.NoError(t, err)
			kinds := map[organization.Kind]bool{}
			published := 0
			for _, o := range orgs {
				kinds[o.Kind] = true
				if o.Published {
					published++
				}
			}
			require.Len(t, kinds, len(kindValues(t)), "every kind of organisation occurs")
			require.InDelta(t, 0.7, float64(published)/float64(len(orgs)), 0.1, "about 70%% is published")

			centre := map[string][2]float64{}
			for _, tn := range tenants {
				centre[tn.ID] = [2]float64{tn.CentroidLatitude, tn.CentroidLongitude}
			}
			locs, err := client.Location.Query().All(ctx)
			require.NoError(t, err)
			for _, l := range locs {
				require.True(t, l.Latitude >= minLat && l.Latitude <= maxLat && l.Longitude >= minLng && l.Longitude <= maxLng,
					"%s lies outside Flanders at %f,%f", l.Name, l.Latitude, l.Longitude)
				c := centre[l.TenantID]
				require.LessOrEqual(t, geo.DistanceKm(c[0], c[1], l.Latitude, l.Longitude), 15.0, l.Name)
				require.Equal(t, geo.Cell(l.Latitude, l.Longitude), l.Cell, l.Name)
				require.Regexp(t, `^[1-9][0-9]{3}$`, l.Postcode)
			}

			svcs, err := client.Service.Query().WithLocations().All(ctx)
			require.NoError(t, err)
			for _, s := range svcs {
				require.Equal(t, directory.NeedsMask(s.Needs), s.NeedsMask, s.Name)
				require.Equal(t, directory.PhasesMask(s.CarePhases), s.PhasesMask, s.Name)
				require.Equal(t, directory.LanguageCodes(s.Languages), s.LanguageCodes, s.Name)
				require.LessOrEqual(t, s.MinAge, s.MaxAge, s.Name)
				if s.CapacityAvailable != nil && s.CapacityMaximum != nil {
					require.LessOrEqual(t, *s.CapacityAvailable, *s.CapacityMaximum, s.Name)
				}
				require.NotNil(t, s.CapacityUpdatedAt, s.Name)
				require.True(t, len(s.Edges.Locations) == 1 || len(s.Edges.Locations) == 2, "%s has %d locations", s.Name, len(s.Edges.Locations))
				for _, l := range s.Edges.Locations {
					require.Equal(t, s.OrganizationID, l.OrganizationID, s.Name)
				}
			}
			n, err := client.Service.Query().Where(service.CapacityStatusEQ(service.CapacityStatusWAITLIST)).Count(ctx)
			require.NoError(t, err)
			require.Positive(t, n, "some services keep a waiting list")

			regions, err := client.Region.Query().WithTenants().All(ctx)
			require.NoError(t, err)
			clb := map[string]int{}
			for _, r := range regions {
				require.NotEmpty(t, r.Edges.Tenants, r.Name)
				if r.Kind != region.KindCLB_REGION {
					require.LessOrEqual(t, len(r.Edges.Tenants), 7, r.Name)
					continue
				}
				p := r.Edges.Tenants[0].Province
				clb[p]++
				for _, tn := range r.Edges.Tenants {
					require.Equal(t, p, tn.Province, "%s groups %s of another province", r.Name, tn.Name)
				}
			}
			require.Len(t, clb, 5, "one CLB region per province")
			for p, k := range clb {
				require.Equal(t, 1, k, p)
			}
		})
	})
}

func TestGenerateIsDeterministic(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		type row struct {
			ID, Name string
			Lat, Lng float64
		}
		read := func() ([]row, []row) {
			a := brugtest.NewApp(t, dialect, brugtest.Options{})
			_, err := synth.Generate(context.Background(), a.Store, small)
			require.NoError(t, err)
			var orgs, locs []row
			brugtest.System(t, a, func(ctx context.Context, client *ent.Client) {
				os, err := client.Organization.Query().Order(ent.Asc(organization.FieldID)).All(ctx)
				require.NoError(t, err)
				for _, o := range os {
					orgs = append(orgs, row{ID: o.ID, Name: o.Name})
				}
				ls, err := client.Location.Query().Order(ent.Asc(location.FieldID)).All(ctx)
				require.NoError(t, err)
				for _, l := range ls {
					locs = append(locs, row{ID: l.ID, Name: l.Name, Lat: l.Latitude, Lng: l.Longitude})
				}
			})
			return orgs, locs
		}
		orgs1, locs1 := read()
		orgs2, locs2 := read()
		require.NotEmpty(t, orgs1)
		require.Equal(t, orgs1, orgs2)
		require.Equal(t, locs1, locs2)
	})
}

// TestGenerateBeside checks that a data set fits into a database that holds
// the demo network already: the demo's municipalities are skipped.
func TestGenerateBeside(t *testing.T) {
	t.Parallel()
	a := brugtest.NewApp(t, brugtest.SQLite, brugtest.Options{Seed: true})
	// Eight tenants per province reach Genk (71016), the demo's.
	sum, err := synth.Generate(context.Background(), a.Store, synth.Config{Tenants: 40, Locations: 400, Services: 800})
	require.NoError(t, err)
	require.Len(t, sum.TenantIDs, 40)
	brugtest.System(t, a, func(ctx context.Context, client *ent.Client) {
		genk, err := client.Tenant.Query().Where(tenant.NisCode("71016")).Only(ctx)
		require.NoError(t, err)
		require.Equal(t, "genk", genk.Slug)
		n, err := client.Tenant.Query().Where(tenant.SlugHasPrefix("s-")).Count(ctx)
		require.NoError(t, err)
		require.Equal(t, 40, n)
	})
}

func TestGenerateLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skips loading 8,000 locations and 24,000 services per database")
	}
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{})
		cfg := synth.Config{Tenants: 50, Locations: 8_000, Services: 24_000}
		start := time.Now()
		sum, err := synth.Generate(context.Background(), a.Store, cfg)
		require.NoError(t, err)
		t.Logf("%s: %s (wall %s)", dialect, sum, time.Since(start).Round(time.Millisecond))
		require.Equal(t, cfg.Services, sum.Services)
	})
}

func TestConfigErrors(t *testing.T) {
	t.Parallel()
	a := brugtest.NewApp(t, brugtest.SQLite, brugtest.Options{})
	_, err := synth.Generate(context.Background(), a.Store, synth.Config{Tenants: 10, Locations: 5})
	require.ErrorIs(t, err, synth.ErrConfig)
	_, err = synth.Generate(context.Background(), a.Store, synth.Config{Services: -1})
	require.ErrorIs(t, err, synth.ErrConfig)
}

// kindValues returns every value of the organisation kind enum, read from
// the generated schema so that a new kind is checked automatically.
func kindValues(t *testing.T) []string {
	t.Helper()
	for _, c := range migrate.OrganizationsColumns {
		if c.Name == organization.FieldKind {
			return c.Enums
		}
	}
	t.Fatal("organizations table has no kind column")
	return nil
}

// BenchmarkGenerate loads the default, Flanders-scale data set (300
// tenants, 50,000 locations, 150,000 services) on each database. Run it
// with -benchtime=1x: every iteration needs a fresh database.
func BenchmarkGenerate(b *testing.B) {
	for _, dialect := range brugtest.Dialects() {
		b.Run(dialect, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				a := brugtest.NewApp(b, dialect, brugtest.Options{})
				b.StartTimer()
				sum, err := synth.Generate(context.Background(), a.Store, synth.Config{})
				require.NoError(b, err)
				b.Logf("%s: %s", dialect, sum)
			}
		})
	}
}
