package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/synth"
	"github.com/kansrijk/brug/internal/viewer"
)

// scaleWorld is a synthetic Flanders with 10,000 locations and a school
// member of one municipality that shares regions.
type scaleWorld struct {
	searchWorld
	caller, callerTenant string
	mates                []string
	client               *brugtest.Client
	centre               [2]float64
}

func newScaleWorld(t *testing.T, dialect string, hook store.StatementHook) *scaleWorld {
	t.Helper()
	a := brugtest.NewApp(t, dialect, brugtest.Options{App: app.Config{Store: store.Config{StatementHook: hook}}})
	_, err := synth.Generate(context.Background(), a.Store, synth.Config{Tenants: 40, Locations: 10_000, Services: 30_000, Seed: 3})
	require.NoError(t, err)
	w := &scaleWorld{searchWorld: searchWorld{app: a, tenants: map[string]string{}}}
	brugtest.System(t, a, func(ctx context.Context, c *ent.Client) {
		tenants := c.Tenant.Query().WithRegions(func(q *ent.RegionQuery) { q.WithTenants() }).Order(ent.Asc(tenant.FieldSlug)).AllX(ctx)
		for _, tn := range tenants {
			w.tenants[tn.Slug] = tn.ID
			if w.callerTenant != "" || len(tn.Edges.Regions) == 0 {
				continue
			}
			w.callerTenant, w.caller = tn.ID, tn.Slug
			w.centre = [2]float64{tn.CentroidLatitude, tn.CentroidLongitude}
			for _, r := range tn.Edges.Regions {
				for _, m := range r.Edges.Tenants {
					if m.ID != tn.ID && !slices.Contains(w.mates, m.ID) {
						w.mates = append(w.mates, m.ID)
					}
				}
			}
		}
		w.services = c.Service.Query().WithOrganization().WithLocations().AllX(ctx)
	})
	require.NotEmpty(t, w.mates, "the caller's municipality shares a region")
	var school string
	brugtest.System(t, a, func(ctx context.Context, c *ent.Client) {
		school = c.Organization.Query().Where(organization.TenantID(w.callerTenant)).FirstIDX(ctx)
	})
	w.client = brugtest.NewClient(t, a).AsRole(w.caller, viewer.School, school)
	return w
}

// firstPage reads one page of a search with its total count.
func firstPage(t *testing.T, c *brugtest.Client, s searchArgs, n int) ([]string, int) {
	t.Helper()
	var p searchPage
	c.MustQuery(searchQuery, map[string]any{"lat": s.lat, "lng": s.lng, "r": s.radius, "order": s.order, "filter": s.filter, "first": n}, &p)
	var ids []string
	for _, e := range p.SearchServices.Edges {
		ids = append(ids, e.Node.Service.ID)
	}
	return ids, p.SearchServices.TotalCount
}

// TestSearchAtScale compares 500 random searches over 10,000 synthetic
// locations with a brute-force scan that computes every great-circle
// distance: the same hits in the same order, no misses at cell borders or
// the radius edge. Every search's first page and total are compared; every
// 25th search is walked page by page to its end.
func TestSearchAtScale(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		w := newScaleWorld(t, dialect, nil)
		r := rand.New(rand.NewPCG(11, 5))
		hits := 0
		for i := range 500 {
			s := randomSearch(r)
			// Around the caller's municipality, mostly the radii schools use.
			s.lat = w.centre[0] + (r.Float64()*2-1)*0.3
			s.lng = w.centre[1] + (r.Float64()*2-1)*0.45
			if r.IntN(5) > 0 {
				s.radius = 0.5 + r.Float64()*30
			}
			want := w.expected(w.callerTenant, w.mates, s)
			if i%25 == 0 {
				got, total := walkSearch(t, w.client, s, 100)
				require.Equal(t, len(want), total, "search %d %+v: totalCount", i, s)
				require.Equal(t, want, got, "search %d %+v: every page", i, s)
			} else {
				got, total := firstPage(t, w.client, s, 50)
				require.Equal(t, len(want), total, "search %d %+v: totalCount", i, s)
				require.Equal(t, want[:min(50, len(want))], got, "search %d %+v: first page", i, s)
			}
			hits += len(want)
		}
		require.Greater(t, hits, 10_000, "the searches must find plenty")
	})
}

// TestSearchPaginationAtScale walks every page of a search with more than
// 1,000 hits for each order: each hit exactly once, in order.
func TestSearchPaginationAtScale(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		w := newScaleWorld(t, dialect, nil)
		for _, order := range []string{"DISTANCE", "WAITING_TIME", "AVAILABLE_SLOTS"} {
			s := searchArgs{lat: w.centre[0], lng: w.centre[1], radius: 100, order: order, filter: map[string]any{}}
			want := w.expected(w.callerTenant, w.mates, s)
			require.Greater(t, len(want), 1000, "%s: the search must have over 1,000 hits", order)
			got, total := walkSearch(t, w.client, s, 97)
			require.Equal(t, len(want), total)
			require.Equal(t, want, got, "%s", order)
		}
	})
}

// TestSearchPlanUsesIndexes runs a search on PostgreSQL as the application
// role, under row-level security, and EXPLAINs every statement it issued:
// no sequential scan on search_entries, locations, services or
// service_locations.
func TestSearchPlanUsesIndexes(t *testing.T) {
	t.Parallel()
	if !slices.Contains(brugtest.Dialects(), brugtest.Postgres) {
		t.Skip("EXPLAIN under row-level security needs PostgreSQL: BRUG_TEST_DATABASE_URL is not set")
	}
	type statement struct {
		query string
		args  []any
	}
	var (
		mu        sync.Mutex
		recording bool
		seen      []statement
	)
	w := newScaleWorld(t, brugtest.Postgres, func(_ context.Context, q string, args []any) {
		mu.Lock()
		defer mu.Unlock()
		if recording {
			seen = append(seen, statement{q, args})
		}
	})
	_, err := w.app.Store.DB.Exec("ANALYZE")
	require.NoError(t, err)
	mu.Lock()
	recording = true
	mu.Unlock()
	_, _ = firstPage(t, w.client, searchArgs{lat: w.centre[0], lng: w.centre[1], radius: 25, order: "DISTANCE",
		filter: map[string]any{"needs": []string{"ADHD"}, "age": 8}}, 20)
	mu.Lock()
	recording = false
	stmts := seen
	mu.Unlock()
	require.NotEmpty(t, stmts)

	ctx := context.Background()
	conn, err := w.app.Store.DB.Conn(ctx) // the pool connects as brug_app
	require.NoError(t, err)
	defer conn.Close()
	seq := regexp.MustCompile(`Seq Scan on (search_entries|locations|services|service_locations)\b`)
	explained := 0
	for _, st := range stmts {
		if !strings.Contains(st.query, `"services"`) && !strings.Contains(st.query, `"locations"`) && !strings.Contains(st.query, `"search_entries"`) {
			continue
		}
		tx, err := conn.BeginTx(ctx, nil)
		require.NoError(t, err)
		_, err = tx.ExecContext(ctx, "SELECT set_config('brug.tenant_id', $1, true), set_config('brug.region_tenants', $2, true)",
			w.callerTenant, strings.Join(w.mates, ","))
		require.NoError(t, err)
		rows, err := tx.QueryContext(ctx, "EXPLAIN "+st.query, st.args...)
		require.NoError(t, err)
		var plan []string
		for rows.Next() {
			var line string
			require.NoError(t, rows.Scan(&line))
			plan = append(plan, line)
		}
		require.NoError(t, rows.Err())
		require.NoError(t, tx.Rollback())
		text := strings.Join(plan, "\n")
		require.NotRegexp(t, seq, text, "statement:\n%s\nplan:\n%s", st.query, text)
		explained++
	}
	require.Greater(t, explained, 1, "the page query on search_entries and the loading of the page")
	t.Log(fmt.Sprintf("explained %d statements of one search", explained))
}
