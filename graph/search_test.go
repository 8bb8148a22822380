package graph_test

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/region"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/geo"
	"github.com/kansrijk/brug/internal/searchindex"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
)

// searchWorld is a searchable directory with the facts a brute-force
// search needs.
type searchWorld struct {
	app      *brugtest.App
	tenants  map[string]string // slug -> id
	services []*ent.Service    // every service with its organisation and locations
}

// newSearchWorld seeds the demo network and puts leuven and genk in one
// region; gent stays outside it.
func newSearchWorld(t *testing.T, dialect string) *searchWorld {
	t.Helper()
	w := &searchWorld{app: brugtest.NewApp(t, dialect, brugtest.Options{Seed: true}), tenants: map[string]string{}}
	brugtest.System(t, w.app, func(ctx context.Context, c *ent.Client) {
		for _, tn := range c.Tenant.Query().AllX(ctx) {
			w.tenants[tn.Slug] = tn.ID
		}
		c.Region.Create().SetName("Oost-Brabant en Limburg").SetKind(region.KindCUSTOM).
			AddTenantIDs(w.tenants["leuven"], w.tenants["genk"]).ExecX(ctx)
		w.services = c.Service.Query().WithOrganization().WithLocations().AllX(ctx)
	})
	return w
}

// searchArgs is one search as the API takes it.
type searchArgs struct {
	lat, lng, radius float64
	order            string
	filter           map[string]any
}

// expected computes the search by brute force: every service the caller
// may see, every great-circle distance, the same total order.
func (w *searchWorld) expected(callerTenant string, mates []string, s searchArgs) []string {
	type hit struct {
		id        string
		dist, key float64
	}
	var hits []hit
	for _, svc := range w.services {
		org := svc.Edges.Organization
		own := svc.TenantID == callerTenant
		if !own && !(slices.Contains(mates, svc.TenantID) && org.Published) {
			continue
		}
		if svc.Status != "ACTIVE" || !matches(svc, org.Kind.String(), s.filter) {
			continue
		}
		best := -1.0
		for _, l := range svc.Edges.Locations {
			d := geo.DistanceKm(s.lat, s.lng, l.Latitude, l.Longitude)
			if d <= s.radius && (best < 0 || d < best) {
				best = d
			}
		}
		if best < 0 {
			continue
		}
		h := hit{id: svc.ID, dist: best}
		if s.order == "AVAILABLE_SLOTS" && svc.CapacityAvailable != nil {
			h.key = -float64(*svc.CapacityAvailable)
		}
		hits = append(hits, h)
	}
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.dist, b.dist), strings.Compare(a.id, b.id))
	})
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.id)
	}
	return ids
}

func matches(svc *ent.Service, orgKind string, f map[string]any) bool {
	if v, ok := f["categories"]; ok && !slices.Contains(v.([]string), svc.Category.String()) {
		return false
	}
	if v, ok := f["needs"]; ok {
		any := false
		for _, n := range v.([]string) {
			any = any || slices.Contains(svc.Needs, directory.Need(n))
		}
		if !any {
			return false
		}
	}
	if v, ok := f["carePhase"]; ok && !slices.Contains(svc.CarePhases, v.(int)) {
		return false
	}
	if v, ok := f["age"]; ok && (svc.MinAge > v.(int) || svc.MaxAge < v.(int)) {
		return false
	}
	if v, ok := f["languages"]; ok {
		any := false
		for _, l := range v.([]string) {
			any = any || slices.Contains(svc.Languages, l)
		}
		if !any {
			return false
		}
	}
	if v, ok := f["capacityStatuses"]; ok && !slices.Contains(v.([]string), svc.CapacityStatus.String()) {
		return false
	}
	if v, ok := f["onlyWithFreeCapacity"]; ok && v.(bool) && (svc.CapacityAvailable == nil || *svc.CapacityAvailable <= 0) {
		return false
	}
	if v, ok := f["organizationKinds"]; ok && !slices.Contains(v.([]string), orgKind) {
		return false
	}
	if v, ok := f["text"]; ok {
		t := strings.ToLower(v.(string))
		if !strings.Contains(strings.ToLower(svc.Name), t) && !strings.Contains(strings.ToLower(svc.Description), t) {
			return false
		}
	}
	return true
}

const searchQuery = `query($lat: Float!, $lng: Float!, $r: Float, $order: SearchOrder, $filter: ServiceSearchFilter, $first: Int, $after: String) {
	searchServices(near: {point: {latitude: $lat, longitude: $lng}}, radiusKm: $r, orderBy: $order, filter: $filter, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor }
		edges { cursor node { distanceKm service { id } location { id } organization { id } tenant { slug } capacityStatus availableSlots } }
	}
}`

type searchPage struct {
	SearchServices struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct {
			Node struct {
				DistanceKm float64
				Service    struct{ ID string }
				Tenant     struct{ Slug string }
			}
		}
	}
}

// walkSearch reads every page of a search and returns the service ids in order.
func walkSearch(t *testing.T, c *brugtest.Client, s searchArgs, pageSize int) ([]string, int) {
	t.Helper()
	var ids []string
	var after *string
	total := -1
	for range 1000 {
		vars := map[string]any{"lat": s.lat, "lng": s.lng, "r": s.radius, "order": s.order, "filter": s.filter, "first": pageSize, "after": after}
		var p searchPage
		c.MustQuery(searchQuery, vars, &p)
		if total < 0 {
			total = p.SearchServices.TotalCount
		}
		require.Equal(t, total, p.SearchServices.TotalCount, "totalCount changes between pages")
		for _, e := range p.SearchServices.Edges {
			ids = append(ids, e.Node.Service.ID)
		}
		if !p.SearchServices.PageInfo.HasNextPage {
			return ids, total
		}
		after = p.SearchServices.PageInfo.EndCursor
	}
	t.Fatal("search pagination did not end")
	return nil, 0
}

// randomSearch draws a search around Flanders with random filters.
func randomSearch(r *rand.Rand) searchArgs {
	s := searchArgs{
		lat: 50.7 + r.Float64()*0.5, lng: 3.5 + r.Float64()*2.2, radius: 1 + r.Float64()*99,
		order: []string{"DISTANCE", "WAITING_TIME", "AVAILABLE_SLOTS"}[r.IntN(3)], filter: map[string]any{},
	}
	if r.IntN(3) == 0 {
		s.filter["needs"] = []string{string(directory.Needs[r.IntN(len(directory.Needs))])}
	}
	if r.IntN(4) == 0 {
		s.filter["carePhase"] = r.IntN(4)
	}
	if r.IntN(4) == 0 {
		s.filter["age"] = r.IntN(20)
	}
	if r.IntN(5) == 0 {
		s.filter["categories"] = []string{"DIAGNOSTICS", "SCHOOL_SUPPORT", "THERAPY"}[:1+r.IntN(3)]
	}
	if r.IntN(6) == 0 {
		s.filter["onlyWithFreeCapacity"] = true
	}
	if r.IntN(6) == 0 {
		s.filter["languages"] = []string{"fr"}
	}
	if r.IntN(6) == 0 {
		s.filter["capacityStatuses"] = []string{"ACCEPTING"}
	}
	if r.IntN(6) == 0 {
		s.filter["organizationKinds"] = []string{"DIAGNOSTIC_CENTRE", "CLB", "MENTAL_HEALTH_CENTRE"}
	}
	return s
}

// TestSearchMatchesBruteForce runs random searches as a Leuven member and
// compares every page-walked result with a brute-force search.
func TestSearchMatchesBruteForce(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		w := newSearchWorld(t, dialect)
		c := brugtest.NewClient(t, w.app).AsRole("leuven", "SCHOOL", schoolOf(t, w, "leuven"))
		r := rand.New(rand.NewPCG(7, 7))
		nonEmpty := 0
		for i := range 60 {
			s := randomSearch(r)
			want := w.expected(w.tenants["leuven"], []string{w.tenants["genk"]}, s)
			got, total := walkSearch(t, c, s, 1+r.IntN(30))
			require.Equal(t, len(want), total, "search %d %+v: totalCount", i, s)
			require.Equal(t, want, got, "search %d %+v", i, s)
			if len(want) > 0 {
				nonEmpty++
			}
		}
		require.Greater(t, nonEmpty, 15, "the random searches must find something")
	})
}

func schoolOf(t *testing.T, w *searchWorld, slug string) string {
	t.Helper()
	var id string
	brugtest.System(t, w.app, func(ctx context.Context, c *ent.Client) {
		id = c.Organization.Query().
			Where(organization.TenantID(w.tenants[slug]), organization.KindEQ(organization.KindSCHOOL)).
			Order(ent.Asc(organization.FieldID)).FirstIDX(ctx)
	})
	return id
}

// TestSearchIsolation: a search never shows another tenant's unpublished
// entries, nor anything of a tenant outside the caller's regions; an
// anonymous caller of a public directory sees that tenant's published
// entries only, and of a private directory nothing.
func TestSearchIsolation(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		w := newSearchWorld(t, dialect)
		c := brugtest.NewClient(t, w.app)
		tenantOf := map[string]string{}
		published := map[string]bool{}
		for _, s := range w.services {
			tenantOf[s.ID] = s.TenantID
			published[s.ID] = s.Edges.Organization.Published
		}
		// Around the middle of Flanders, wide enough to reach all three cities.
		everywhere := searchArgs{lat: 50.97, lng: 4.6, radius: 100, order: "DISTANCE"}
		got, _ := walkSearch(t, c.As("leuven"), everywhere, 100)
		var sawGenk bool
		for _, id := range got {
			switch tenantOf[id] {
			case w.tenants["leuven"]:
			case w.tenants["genk"]:
				sawGenk = true
				require.True(t, published[id], "an unpublished service of a region-mate was found")
			default:
				t.Fatalf("service %s of a tenant outside the region was found", id)
			}
		}
		require.True(t, sawGenk, "a region-mate's published services are found")

		// Gent shares no region: it finds only its own.
		got, _ = walkSearch(t, c.As("gent"), everywhere, 100)
		require.NotEmpty(t, got)
		for _, id := range got {
			require.Equal(t, w.tenants["gent"], tenantOf[id])
		}

		// Anonymous: nothing of a private directory ...
		res := c.Anonymous("leuven").Query(searchQuery, map[string]any{"lat": 50.88, "lng": 4.7, "r": 50})
		require.Equal(t, "UNAUTHENTICATED", res.Code(), "%s", res.Raw)
		require.JSONEq(t, `null`, string(res.Data))
		// ... and only the published entries of a public one, without region-mates.
		brugtest.System(t, w.app, func(ctx context.Context, cl *ent.Client) {
			cl.Tenant.UpdateOneID(w.tenants["genk"]).SetSettings(tenancySettings(true)).ExecX(ctx)
		})
		got, _ = walkSearch(t, c.Anonymous("genk"), everywhere, 100)
		require.NotEmpty(t, got)
		for _, id := range got {
			require.Equal(t, w.tenants["genk"], tenantOf[id])
			require.True(t, published[id])
		}
	})
}

// TestSearchBadInput: each invalid argument is refused, naming it.
func TestSearchBadInput(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		w := newSearchWorld(t, dialect)
		c := brugtest.NewClient(t, w.app).As("leuven")
		var genkOrg, leuvenOrg string
		brugtest.System(t, w.app, func(ctx context.Context, cl *ent.Client) {
			genkOrg = cl.Organization.Query().Where(organization.TenantID(w.tenants["genk"])).FirstIDX(ctx)
			leuvenOrg = cl.Organization.Query().Where(organization.TenantID(w.tenants["leuven"])).FirstIDX(ctx)
		})
		const byOrg = `query($org: ID!, $r: Float) { searchServices(near: {organizationID: $org}, radiusKm: $r) { totalCount } }`
		cases := []struct {
			name, query string
			vars        map[string]any
			code, field string
		}{
			{"latitude 91", searchQuery, map[string]any{"lat": 91, "lng": 4.7}, "BAD_USER_INPUT", "near.point.latitude"},
			{"longitude -181", searchQuery, map[string]any{"lat": 50.9, "lng": -181}, "BAD_USER_INPUT", "near.point.longitude"},
			{"radius 0", searchQuery, map[string]any{"lat": 50.9, "lng": 4.7, "r": 0}, "BAD_USER_INPUT", "radiusKm"},
			{"radius negative", searchQuery, map[string]any{"lat": 50.9, "lng": 4.7, "r": -5}, "BAD_USER_INPUT", "radiusKm"},
			{"radius 100.5", searchQuery, map[string]any{"lat": 50.9, "lng": 4.7, "r": 100.5}, "BAD_USER_INPUT", "radiusKm"},
			{"age -1", searchQuery, map[string]any{"lat": 50.9, "lng": 4.7, "filter": map[string]any{"age": -1}}, "BAD_USER_INPUT", "filter.age"},
			{"care phase 4", searchQuery, map[string]any{"lat": 50.9, "lng": 4.7, "filter": map[string]any{"carePhase": 4}}, "BAD_USER_INPUT", "filter.carePhase"},
			{"first 101", searchQuery, map[string]any{"lat": 50.9, "lng": 4.7, "first": 101}, "BAD_USER_INPUT", "first"},
			{"broken cursor", searchQuery, map[string]any{"lat": 50.9, "lng": 4.7, "after": "nonsense"}, "BAD_USER_INPUT", "after"},
			{"unknown organisation", byOrg, map[string]any{"org": "org_0000000000000000000000000a"}, "NOT_FOUND", "near.organizationID"},
			{"organisation of another tenant", byOrg, map[string]any{"org": genkOrg}, "NOT_FOUND", "near.organizationID"},
			{"no point and no organisation", `{ searchServices(near: {}) { totalCount } }`, nil, "BAD_USER_INPUT", "near"},
		}
		for _, tc := range cases {
			res := c.Query(tc.query, tc.vars)
			require.Equal(t, tc.code, res.Code(), "%s: %s", tc.name, res.Raw)
			require.Equal(t, tc.field, res.Field(), "%s: %s", tc.name, res.Raw)
		}
		// Near my school works.
		var ok struct{ SearchServices struct{ TotalCount int } }
		c.MustQuery(byOrg, map[string]any{"org": leuvenOrg, "r": 10}, &ok)
		require.Positive(t, ok.SearchServices.TotalCount)
	})
}

func tenancySettings(public bool) tenancy.Settings { return tenancy.Settings{PublicDirectory: public} }

// TestRegionalPartnership: a partnership may point at a region-mate's
// published organisation, which then appears on the network map; not at an
// unpublished one, nor at an organisation outside the region.
func TestRegionalPartnership(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		w := newSearchWorld(t, dialect)
		var own, genkPublished, genkHidden, gentOrg string
		brugtest.System(t, w.app, func(ctx context.Context, c *ent.Client) {
			own = c.Organization.Query().Where(organization.TenantID(w.tenants["leuven"])).FirstIDX(ctx)
			genkPublished = c.Organization.Query().Where(organization.TenantID(w.tenants["genk"]), organization.Published(true)).FirstIDX(ctx)
			genkHidden = c.Organization.Query().Where(organization.TenantID(w.tenants["genk"]), organization.Published(false)).FirstIDX(ctx)
			gentOrg = c.Organization.Query().Where(organization.TenantID(w.tenants["gent"]), organization.Published(true)).FirstIDX(ctx)
		})
		c := brugtest.NewClient(t, w.app).As("leuven")
		const create = `mutation($from: ID!, $to: ID!) { createPartnership(input: {fromID: $from, toID: $to, kind: REFERS_TO}) { partnership { id } } }`
		c.MustQuery(create, map[string]any{"from": own, "to": genkPublished}, nil)
		for _, to := range []string{genkHidden, gentOrg} {
			res := c.Query(create, map[string]any{"from": own, "to": to})
			require.Equal(t, "NOT_FOUND", res.Code(), "%s", res.Raw)
			require.Equal(t, "toID", res.Field())
		}
		// From another tenant's organisation is never allowed.
		res := c.Query(create, map[string]any{"from": genkPublished, "to": own})
		require.Equal(t, "NOT_FOUND", res.Code(), "%s", res.Raw)

		var g networkGraph
		c.MustQuery(networkQuery, nil, &g)
		var onMap []string
		for _, o := range g.NetworkGraph.Organizations {
			onMap = append(onMap, o.ID)
		}
		require.Contains(t, onMap, genkPublished, "the regional partner is on the map")
		require.NotContains(t, onMap, genkHidden)
		// Genk's own map is unchanged by Leuven's partnership.
		var genk networkGraph
		c.As("genk").MustQuery(networkQuery, nil, &genk)
		for _, o := range genk.NetworkGraph.Organizations {
			require.NotEqual(t, own, o.ID)
		}
	})
}

// TestSearchFollowsDirectoryChanges changes the directory through the API
// in every way that touches a search (moving a location, unpublishing an
// organisation, a service's status, capacity, name and locations, deletes,
// a new service) and after each change checks the search entries against
// the directory and a set of searches against brute force.
func TestSearchFollowsDirectoryChanges(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		w := newSearchWorld(t, dialect)
		leuven, genk := w.tenants["leuven"], w.tenants["genk"]
		school := brugtest.NewClient(t, w.app).AsRole("leuven", "SCHOOL", schoolOf(t, w, "leuven"))
		admin := map[string]*brugtest.Client{
			leuven: brugtest.NewClient(t, w.app).As("leuven"),
			genk:   brugtest.NewClient(t, w.app).As("genk"),
		}
		searches := []searchArgs{
			{lat: 50.88, lng: 4.70, radius: 100, order: "DISTANCE"},
			{lat: 50.88, lng: 4.70, radius: 100, order: "AVAILABLE_SLOTS", filter: map[string]any{"onlyWithFreeCapacity": true}},
			{lat: 50.96, lng: 5.50, radius: 40, order: "DISTANCE", filter: map[string]any{"text": "zzyzx"}},
		}
		check := func(step string) {
			t.Helper()
			brugtest.System(t, w.app, func(ctx context.Context, c *ent.Client) {
				stale, err := searchindex.Stale(ctx, store.Tx(ctx))
				require.NoError(t, err)
				require.Zero(t, stale, "%s: search entries out of step with the directory", step)
				w.services = c.Service.Query().WithOrganization().WithLocations().AllX(ctx)
			})
			for _, s := range searches {
				got, total := walkSearch(t, school, s, 25)
				want := w.expected(leuven, []string{genk}, s)
				require.Equal(t, want, got, "%s: search %+v", step, s)
				require.Equal(t, len(want), total, "%s: totalCount of %+v", step, s)
			}
		}
		mutate := func(tenant, document string, vars map[string]any) {
			t.Helper()
			r := admin[tenant].Query(document, vars)
			require.Empty(t, r.Errors, "%s", document)
		}
		// pick returns an active service of the tenant whose organisation
		// has the published flag, and which has at least one location.
		pick := func(tenant string, published bool, skip int) *ent.Service {
			t.Helper()
			for _, s := range w.services {
				if s.TenantID == tenant && s.Status == "ACTIVE" && s.Edges.Organization.Published == published && len(s.Edges.Locations) > 0 {
					if skip == 0 {
						return s
					}
					skip--
				}
			}
			t.Fatalf("no active service with a location in %s (published %v)", tenant, published)
			return nil
		}
		check("as seeded")

		moved := pick(leuven, true, 0).Edges.Locations[0]
		mutate(leuven, `mutation($id: ID!, $lat: Float!) { updateLocation(id: $id, input: {latitude: $lat}) { location { id } } }`,
			map[string]any{"id": moved.ID, "lat": moved.Latitude + 0.4})
		check("location moved 45 km north")

		mutate(genk, `mutation($id: ID!) { updateOrganization(id: $id, input: {published: false}) { organization { id } } }`,
			map[string]any{"id": pick(genk, true, 0).OrganizationID})
		check("region-mate's organisation unpublished")

		mutate(leuven, `mutation($id: ID!) { updateService(id: $id, input: {status: INACTIVE}) { service { id } } }`,
			map[string]any{"id": pick(leuven, true, 1).ID})
		check("service inactive")

		renamed := pick(leuven, true, 2)
		mutate(leuven, `mutation($id: ID!) { updateService(id: $id, input: {name: "Zzyzx-logopedie", capacityAvailable: 0, clearCapacityMaximum: true}) { service { id } } }`,
			map[string]any{"id": renamed.ID})
		check("service renamed, without free capacity")

		unlinked := pick(leuven, false, 0)
		mutate(leuven, `mutation($id: ID!, $loc: ID!) { updateService(id: $id, input: {removeLocationIDs: [$loc]}) { service { id } } }`,
			map[string]any{"id": unlinked.ID, "loc": unlinked.Edges.Locations[0].ID})
		check("service taken off a location")

		mutate(leuven, `mutation($id: ID!) { deleteLocation(id: $id) { deletedID } }`,
			map[string]any{"id": pick(leuven, true, 3).Edges.Locations[0].ID})
		check("location deleted")

		mutate(genk, `mutation($id: ID!) { deleteOrganization(id: $id) { deletedID } }`,
			map[string]any{"id": pick(genk, true, 0).OrganizationID})
		check("region-mate's organisation deleted")

		host := pick(genk, true, 0)
		mutate(genk, `mutation($org: ID!, $loc: ID!) { createService(input: {name: "Zzyzx-diagnose", category: DIAGNOSTICS, capacityAvailable: 3, organizationID: $org, locationIDs: [$loc]}) { service { id } } }`,
			map[string]any{"org": host.OrganizationID, "loc": host.Edges.Locations[0].ID})
		check("region-mate's new service")
	})
}

// TestSearchEntriesUnderConcurrentWrites: one editor moves a location back
// and forth while another takes a service off that location and puts it
// back, at the same time, many times over. Each change rewrites the
// entries both touch; afterwards they must be in step with the directory.
func TestSearchEntriesUnderConcurrentWrites(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		w := newSearchWorld(t, dialect)
		leuven := w.tenants["leuven"]
		var svc *ent.Service
		for _, s := range w.services {
			if s.TenantID == leuven && s.Status == "ACTIVE" && len(s.Edges.Locations) > 0 {
				svc = s
				break
			}
		}
		require.NotNil(t, svc)
		loc := svc.Edges.Locations[0]
		mover, linker := brugtest.NewClient(t, w.app).As("leuven"), brugtest.NewClient(t, w.app).As("leuven")
		const rounds = 40
		var wg sync.WaitGroup
		failures := make(chan string, 4*rounds)
		run := func(c *brugtest.Client, document string, vars map[string]any) {
			if r := c.Query(document, vars); len(r.Errors) > 0 {
				failures <- fmt.Sprintf("%s: %v", document, r.Errors)
			}
		}
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := range rounds {
				run(mover, `mutation($id: ID!, $lat: Float!) { updateLocation(id: $id, input: {latitude: $lat}) { location { id } } }`,
					map[string]any{"id": loc.ID, "lat": loc.Latitude + float64(i%2)*0.05})
			}
		}()
		go func() {
			defer wg.Done()
			for range rounds {
				run(linker, `mutation($id: ID!, $loc: ID!) { updateService(id: $id, input: {removeLocationIDs: [$loc]}) { service { id } } }`,
					map[string]any{"id": svc.ID, "loc": loc.ID})
				run(linker, `mutation($id: ID!, $loc: ID!) { updateService(id: $id, input: {addLocationIDs: [$loc]}) { service { id } } }`,
					map[string]any{"id": svc.ID, "loc": loc.ID})
			}
		}()
		wg.Wait()
		close(failures)
		for f := range failures {
			t.Error(f)
		}
		brugtest.System(t, w.app, func(ctx context.Context, c *ent.Client) {
			stale, err := searchindex.Stale(ctx, store.Tx(ctx))
			require.NoError(t, err)
			require.Zero(t, stale, "search entries out of step after concurrent writes")
		})
	})
}
