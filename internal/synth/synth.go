package synth

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"entgo.io/ent/dialect"

	"github.com/kansrijk/brug/ent/location"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/partnership"
	"github.com/kansrijk/brug/ent/region"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/searchindex"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
)

// Config sizes the data set; zero values take the defaults.
type Config struct {
	Tenants   int    // default 300
	Locations int    // default 50_000
	Services  int    // default 150_000
	Seed      uint64 // default 1
}

// Defaults of Config: roughly Flanders today, with every municipality
// mapping its whole network.
const (
	DefaultTenants   = 300
	DefaultLocations = 50_000
	DefaultServices  = 150_000
	DefaultSeed      = 1
)

// ErrConfig is returned for a Config that cannot be generated.
var ErrConfig = errors.New("invalid synthetic data configuration")

// withDefaults fills in zero values and checks the sizes.
func (c Config) withDefaults() (Config, error) {
	if c.Tenants == 0 {
		c.Tenants = DefaultTenants
	}
	if c.Locations == 0 {
		c.Locations = DefaultLocations
	}
	if c.Services == 0 {
		c.Services = DefaultServices
	}
	if c.Seed == 0 {
		c.Seed = DefaultSeed
	}
	switch {
	case c.Tenants < 0 || c.Locations < 0 || c.Services < 0:
		return c, fmt.Errorf("%w: negative size in %+v", ErrConfig, c)
	case c.Locations < c.Tenants:
		return c, fmt.Errorf("%w: %d locations cannot give each of %d tenants one", ErrConfig, c.Locations, c.Tenants)
	}
	return c, nil
}

// Summary describes what Generate inserted.
type Summary struct {
	// TenantIDs are the ids of the generated tenants, in generation order.
	TenantIDs []string
	// Regions counts the primary care zones and CLB regions.
	Regions int
	// Organizations, Locations, Services, ServiceLocations (service–location
	// links) and Partnerships count the inserted rows.
	Organizations    int
	Locations        int
	Services         int
	ServiceLocations int
	Partnerships     int
	// Elapsed is the wall time Generate took.
	Elapsed time.Duration
}

// String summarises the data set on one line.
func (s *Summary) String() string {
	return fmt.Sprintf("%d tenants, %d regions, %d organisations, %d locations, %d services (%d service locations), %d partnerships in %s",
		len(s.TenantIDs), s.Regions, s.Organizations, s.Locations, s.Services, s.ServiceLocations, s.Partnerships,
		s.Elapsed.Round(time.Millisecond))
}

// tenantsPerTx is how many tenants, with all their rows, one transaction
// inserts.
const tenantsPerTx = 20

// Generate inserts the data set through st in a few large transactions and
// returns a summary (tenant ids, region count, counts). Deterministic for a Config.
//
// Municipalities already present as tenants (same NIS code, e.g. the demo's
// Leuven, Genk and Gent) are left out and the next ones taken instead, so
// the data set is the same for a Config on every database that starts out
// the same. Only the timestamps (created_at, updated_at and
// capacity_updated_at, as ent would set them) follow the clock. Tenant
// slugs start with "s-". Rows are written as the system
// (tenancy.System): row-level security admits them, and like all system
// seeding they are not audited. Each transaction holds 20 tenants with all
// their rows; if one fails, those committed before it stay, so run Generate
// on a fresh database.
func Generate(ctx context.Context, st *store.Store, cfg Config) (*Summary, error) {
	start := time.Now()
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	ctx = tenancy.System(ctx)
	var taken existing
	if err := st.InTx(ctx, func(ctx context.Context) error {
		var err error
		taken, err = loadExisting(ctx, store.Tx(ctx))
		return err
	}); err != nil {
		return nil, fmt.Errorf("synthetic data: %w", err)
	}
	g := newGenerator(cfg, taken)
	if err := g.planTenants(); err != nil {
		return nil, fmt.Errorf("synthetic data: %w", err)
	}
	postgres := st.Dialect == dialect.Postgres
	sum := &Summary{}
	for first := 0; first < len(g.tenants); first += tenantsPerTx {
		plans := g.tenants[first:min(first+tenantsPerTx, len(g.tenants))]
		b := g.batch(plans)
		err := st.InTx(ctx, func(ctx context.Context) error {
			if err := b.insert(ctx, store.Tx(ctx), postgres); err != nil {
				return err
			}
			if postgres && first == 0 {
				// Fresh tables have no statistics, and the planner joins
				// them for the search entries as if they were empty: 50 s
				// instead of 2 s for the default set. Rows per page stay
				// about the same as the tables grow.
				if _, err := store.Tx(ctx).ExecContext(ctx, "ANALYZE organizations, locations, services, service_locations"); err != nil {
					return fmt.Errorf("analyzing the directory: %w", err)
				}
			}
			ids := make([]string, len(plans))
			for i, t := range plans {
				ids[i] = t.id
			}
			return searchindex.Refresh(ctx, store.Tx(ctx), searchindex.ByTenant, ids...)
		})
		if err != nil {
			return nil, fmt.Errorf("synthetic data: tenants %d to %d: %w", first+1, first+b.tenants.len(), err)
		}
		sum.Organizations += b.orgs.len()
		sum.Locations += b.locations.len()
		sum.Services += b.services.len()
		sum.ServiceLocations += b.serviceLocations.len()
		sum.Partnerships += b.partnerships.len()
	}
	regions, members := g.regions()
	if err := st.InTx(ctx, func(ctx context.Context) error {
		tx := store.Tx(ctx)
		if err := regions.insert(ctx, tx, postgres); err != nil {
			return err
		}
		return members.insert(ctx, tx, postgres)
	}); err != nil {
		return nil, fmt.Errorf("synthetic data: regions: %w", err)
	}
	for _, t := range g.tenants {
		sum.TenantIDs = append(sum.TenantIDs, t.id)
	}
	sum.Regions = regions.len()
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// existing is what the database holds already that generated tenants must
// not repeat.
type existing struct {
	nis   map[string]bool
	slugs map[string]bool
}

func loadExisting(ctx context.Context, tx *sql.Tx) (existing, error) {
	e := existing{nis: map[string]bool{}, slugs: map[string]bool{}}
	rows, err := tx.QueryContext(ctx, `SELECT "nis_code", "slug" FROM "tenants"`)
	if err != nil {
		return e, fmt.Errorf("reading existing tenants: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var nis, slug string
		if err := rows.Scan(&nis, &slug); err != nil {
			return e, fmt.Errorf("reading existing tenants: %w", err)
		}
		e.nis[nis] = true
		e.slugs[slug] = true
	}
	if err := rows.Err(); err != nil {
		return e, fmt.Errorf("reading existing tenants: %w", err)
	}
	return e, nil
}

// tenantPlan is a tenant to generate.
type tenantPlan struct {
	id   string
	base municipality // the real municipality (for a borough, the one it lies in)
	name string
	slug string
	nis  string
	lat  float64
	lng  float64
	// weight is the tenant's share of the locations, before apportioning.
	weight    float64
	locations int
	services  int
}

// generator turns a Config into rows. Every random choice is drawn from one
// PCG stream in a fixed order, and ids from a second one, so the same
// Config and starting database give the same rows.
type generator struct {
	cfg     Config
	taken   existing
	rng     *rand.Rand
	ids     *idGen
	now     time.Time
	tenants []*tenantPlan
}

// Streams of the PCG generators (arbitrary constants: "brug-syn", "brug-ids").
const (
	dataStream = 0x6272_7567_2d73_796e
	idStream   = 0x6272_7567_2d69_6473
)

func newGenerator(cfg Config, taken existing) *generator {
	return &generator{
		cfg:   cfg,
		taken: taken,
		rng:   rand.New(rand.NewPCG(cfg.Seed, dataStream)),
		// The id stream also depends on how many tenants exist already, so
		// that a second data set in the same database gets other ids.
		ids: newIDGen(rand.New(rand.NewPCG(cfg.Seed, idStream+uint64(len(taken.nis))))),
		now: time.Now(),
	}
}

// planTenants picks the municipalities, makes boroughs when the table runs
// out, and shares the locations and services out over the tenants.
func (g *generator) planTenants() error {
	// Real municipalities first; then boroughs of them, in the same order.
	avail := pickMunicipalities(g.taken.nis)
	bases := avail
	if len(bases) == 0 {
		bases = pickMunicipalities(nil)
	}
	slugs := map[string]bool{}
	codes := syntheticNIS(g.taken.nis)
	for i := range g.cfg.Tenants {
		var t tenantPlan
		if i < len(avail) {
			m := avail[i]
			t = tenantPlan{base: m, name: m.name, nis: m.nis, lat: m.lat, lng: m.lng}
		} else {
			k := i - len(avail)
			m := bases[k%len(bases)]
			nis, ok := codes()
			if !ok {
				return fmt.Errorf("%w: no synthetic NIS code left for tenant %d", ErrConfig, i+1)
			}
			lat, lng := g.nearby(m.lat, m.lng, 3000, 6000)
			t = tenantPlan{base: m, name: m.name + " " + roman(2+k/len(bases)), nis: nis, lat: round4(lat), lng: round4(lng)}
		}
		t.id = g.ids.next(gid.Tenant)
		t.slug = uniqueSlug("s-"+slugify(t.name), slugs, g.taken.slugs)
		mult, ok := centreCities[t.base.nis]
		if !ok {
			mult = 1
		}
		if t.nis != t.base.nis {
			mult /= 2 // a borough of a city is smaller than the city
		}
		t.weight = mult * math.Exp(0.5*g.rng.NormFloat64())
		g.tenants = append(g.tenants, &t)
	}
	weights := make([]float64, len(g.tenants))
	for i, t := range g.tenants {
		weights[i] = t.weight
	}
	extra := apportion(g.cfg.Locations-len(g.tenants), weights)
	locs := make([]float64, len(g.tenants))
	for i, t := range g.tenants {
		t.locations = 1 + extra[i]
		locs[i] = float64(t.locations)
	}
	for i, n := range apportion(g.cfg.Services, locs) {
		g.tenants[i].services = n
	}
	return nil
}

// pickMunicipalities returns the municipalities of the table that are not
// in skip, taking one from each province in turn (in NIS order within a
// province), so that a small data set still spans Flanders and its
// tenants of one province lie in the same arrondissement.
func pickMunicipalities(skip map[string]bool) []municipality {
	byProvince := map[string][]municipality{}
	for _, m := range municipalities {
		if !skip[m.nis] {
			byProvince[m.province] = append(byProvince[m.province], m)
		}
	}
	var out []municipality
	for round := 0; ; round++ {
		added := false
		for _, p := range provinces {
			if ms := byProvince[p]; round < len(ms) {
				out = append(out, ms[round])
				added = true
			}
		}
		if !added {
			return out
		}
	}
}

// syntheticNIS returns a source of five-digit codes for boroughs that no real
// Flemish municipality has: 98001 upwards, then 97001, 96001, ... (the 99xxx
// codes are left to the test helpers), skipping codes already in use.
func syntheticNIS(taken map[string]bool) func() (string, bool) {
	hi, lo := 98, 1
	return func() (string, bool) {
		for hi >= 94 {
			code := fmt.Sprintf("%02d%03d", hi, lo)
			lo++
			if lo > 999 {
				hi, lo = hi-1, 1
			}
			if !taken[code] {
				return code, true
			}
		}
		return "", false
	}
}

// apportion shares total out in proportion to weights (largest remainder,
// ties to the earlier index).
func apportion(total int, weights []float64) []int {
	out := make([]int, len(weights))
	if total <= 0 || len(weights) == 0 {
		return out
	}
	sum := 0.0
	for _, w := range weights {
		sum += w
	}
	type rest struct {
		i    int
		frac float64
	}
	rests := make([]rest, len(weights))
	given := 0
	for i, w := range weights {
		exact := float64(total) * w / sum
		out[i] = int(exact)
		given += out[i]
		rests[i] = rest{i, exact - float64(out[i])}
	}
	// Insertion into order by descending remainder; stable for equal ones.
	order := make([]rest, 0, len(rests))
	for _, r := range rests {
		j := len(order)
		order = append(order, r)
		for j > 0 && order[j-1].frac < r.frac {
			order[j] = order[j-1]
			j--
		}
		order[j] = r
	}
	for k := 0; given < total; k++ {
		out[order[k%len(order)].i]++
		given++
	}
	return out
}

// batch holds the rows of a group of tenants, inserted in one transaction.
type batch struct {
	tenants          *table
	orgs             *table
	locations        *table
	services         *table
	serviceLocations *table
	partnerships     *table
}

// insert writes the batch, parents before children.
func (b *batch) insert(ctx context.Context, tx *sql.Tx, postgres bool) error {
	for _, t := range []*table{b.tenants, b.orgs, b.locations, b.services, b.serviceLocations, b.partnerships} {
		if err := t.insert(ctx, tx, postgres); err != nil {
			return err
		}
	}
	return nil
}

// Column lists, as in the migrations; ent's defaults are filled in explicitly.
var (
	tenantColumns = []string{"id", "created_at", "updated_at", "slug", "name", "nis_code", "territory", "province",
		"centroid_latitude", "centroid_longitude", "settings"}
	orgColumns = []string{"id", "created_at", "updated_at", "name", "kind", "description", "website", "email", "phone",
		"enterprise_number", "published", "tenant_id"}
	locationColumns = []string{"id", "created_at", "updated_at", "name", "street", "house_number", "postcode",
		"municipality", "country", "latitude", "longitude", "accessibility", "cell", "tenant_id", "organization_id"}
	serviceColumns = []string{"id", "created_at", "updated_at", "name", "description", "category", "needs",
		"care_phases", "min_age", "max_age", "languages", "how_to_apply", "capacity_unit", "capacity_available",
		"capacity_maximum", "capacity_updated_at", "capacity_status", "waiting_norm_days", "status", "needs_mask",
		"phases_mask", "language_codes", "tenant_id", "organization_id"}
	partnershipColumns = []string{"id", "created_at", "updated_at", "kind", "note", "since", "tenant_id", "from_id", "to_id"}
)

// batch generates the rows of the given tenants.
func (g *generator) batch(tenants []*tenantPlan) *batch {
	b := &batch{
		tenants:          newTable(tenant.Table, tenantColumns...),
		orgs:             newTable(organization.Table, orgColumns...),
		locations:        newTable(location.Table, locationColumns...),
		services:         newTable(service.Table, serviceColumns...),
		serviceLocations: newTable(service.LocationsTable, service.LocationsPrimaryKey...),
		partnerships:     newTable(partnership.Table, partnershipColumns...),
	}
	for _, t := range tenants {
		g.tenant(b, t)
	}
	return b
}

// settings is what every generated tenant gets: a directory that is not
// public and a 60-day default waiting-time norm, as the demo's tenants.
var settings = mustJSON(tenancy.Settings{PublicDirectory: false, DefaultWaitingNormDays: 60})

// tenant generates one tenant and its network.
func (g *generator) tenant(b *batch, t *tenantPlan) {
	b.tenants.add(t.id, g.now, g.now, t.slug, t.name, t.nis, tenant.TerritoryFLANDERS.String(), t.base.province,
		t.lat, t.lng, settings)
	orgs := g.organizations(b, t)
	g.locations(b, t, orgs)
	g.services(b, t, orgs)
	g.partnerships(b, t, orgs)
}

// round4 rounds a coordinate to four decimals (about 10 m).
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// round6 rounds a coordinate to six decimals (about 10 cm).
func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// mustJSON marshals v, which cannot fail for the types used here.
func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("synth: marshalling %T: %v", v, err))
	}
	return json.RawMessage(b)
}

// regions groups the tenants into primary care zones of about five
// neighbouring municipalities of one province, and one CLB region per
// province holding all its tenants. It returns the rows of regions and of
// the region_municipalities join table.
func (g *generator) regions() (*table, *table) {
	regions := newTable(region.Table, "id", "created_at", "updated_at", "name", "kind")
	members := newTable(region.TenantsTable, region.TenantsPrimaryKey...)
	for _, p := range provinces {
		var inProvince []*tenantPlan
		for _, t := range g.tenants {
			if t.base.province == p {
				inProvince = append(inProvince, t)
			}
		}
		if len(inProvince) == 0 {
			continue
		}
		for _, zone := range clusters(inProvince, 5) {
			id := g.ids.next(gid.Region)
			regions.add(id, g.now, g.now, "Eerstelijnszone Regio "+largest(zone).base.name, region.KindPRIMARY_CARE_ZONE.String())
			for _, t := range zone {
				members.add(id, t.id)
			}
		}
		id := g.ids.next(gid.Region)
		regions.add(id, g.now, g.now, "CLB-regio "+p, region.KindCLB_REGION.String())
		for _, t := range inProvince {
			members.add(id, t.id)
		}
	}
	return regions, members
}

// clusters groups tenants greedily into groups of size neighbours: the
// tenant farthest from the centre of those left starts a group with its
// nearest remaining neighbours, so groups form from the edge inwards and
// stay compact. The last group takes what is left when fewer than
// size+size/2 remain, so no group is tiny.
func clusters(tenants []*tenantPlan, size int) [][]*tenantPlan {
	left := append([]*tenantPlan(nil), tenants...)
	var out [][]*tenantPlan
	for len(left) > 0 {
		if len(left) < size+size/2 {
			out = append(out, left)
			break
		}
		var clat, clng float64
		for _, t := range left {
			clat += t.lat
			clng += t.lng
		}
		clat /= float64(len(left))
		clng /= float64(len(left))
		seed := 0
		for i, t := range left {
			if distKm(t.lat, t.lng, clat, clng) > distKm(left[seed].lat, left[seed].lng, clat, clng) {
				seed = i
			}
		}
		s := left[seed]
		rest := append(append([]*tenantPlan(nil), left[:seed]...), left[seed+1:]...)
		// Selection of the size-1 nearest, keeping table order among equals.
		group := []*tenantPlan{s}
		for len(group) < size {
			best := 0
			for i, t := range rest {
				if distKm(s.lat, s.lng, t.lat, t.lng) < distKm(s.lat, s.lng, rest[best].lat, rest[best].lng) {
					best = i
				}
			}
			group = append(group, rest[best])
			rest = append(rest[:best], rest[best+1:]...)
		}
		out = append(out, group)
		left = rest
	}
	return out
}

// largest returns the tenant with the most locations, which names its zone.
func largest(ts []*tenantPlan) *tenantPlan {
	best := ts[0]
	for _, t := range ts[1:] {
		if t.locations > best.locations {
			best = t
		}
	}
	return best
}
