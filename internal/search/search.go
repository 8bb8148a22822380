// Package search answers a school's question: who near us can help with
// this need, in this care phase, at this age, with free capacity or the
// shortest wait? It searches the caller's municipality and the published
// directory of its region-mates (tenancy.IncludeRegion), through the same
// tenant-scoped ent queries as everything else, so scoping and row-level
// security hold.
//
// A search reads one table, search_entries (package searchindex): one row
// per active service and location, with the service's filters as bit masks
// and keys, so a search is one range scan on both databases. Entries inside
// the circle come from the S2 covering of package geo (btree ranges on an
// integer column) and must pass the filters; each service is kept at its
// nearest location when that is within the exact great-circle radius; hits
// are sorted with a total order (the chosen key, then distance, then id) so
// that pages are stable, and only the requested page is loaded in full.
package search

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/location"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/predicate"
	"github.com/kansrijk/brug/ent/searchentry"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/geo"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/validate"
)

// Limits of a search.
const (
	DefaultRadiusKm = 25
	MaxRadiusKm     = 100
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// Order is what hits are sorted by; ties are broken by distance, then id.
type Order string

// The orders.
const (
	ByDistance       Order = "DISTANCE"
	ByWaitingTime    Order = "WAITING_TIME"
	ByAvailableSlots Order = "AVAILABLE_SLOTS"
)

// Filter narrows the services; every given field must match.
type Filter struct {
	Categories        []service.Category
	Needs             []directory.Need // any of them
	CarePhase         *int
	Age               *int
	Languages         []string // any of them
	CapacityStatuses  []service.CapacityStatus
	OnlyFreeCapacity  bool
	MaxWaitingDays    *int
	OrganizationKinds []organization.Kind
	Text              string
}

// Query is one search.
type Query struct {
	// Latitude and Longitude are the centre, unless OrganizationID is set:
	// then the centre is that organisation's first location.
	Latitude, Longitude *float64
	OrganizationID      string
	RadiusKm            *float64
	Filter              Filter
	Order               Order
	First               *int
	After               string
	// CountTotal asks for Result.TotalCount (one more query).
	CountTotal bool
}

// Hit is one service at its nearest location within the radius.
type Hit struct {
	Service      *ent.Service
	Location     *ent.Location
	Organization *ent.Organization
	Tenant       *ent.Tenant
	DistanceKm   float64
	// WaitingDays is the current median wait; nil until waiting lists exist.
	WaitingDays *int
	// WithinNorm says whether WaitingDays is within the service's norm; nil with it.
	WithinNorm *bool
	// Cursor points just after this hit.
	Cursor string
}

// Result is a page of hits.
type Result struct {
	Hits []Hit
	// TotalCount is the number of hits on all pages; -1 unless asked for.
	TotalCount  int
	HasNextPage bool
}

// row is a hit as the page query returns it: a service, its distance to
// its nearest location in the circle, and its sort key.
type row struct {
	ID   string  `json:"id"`
	Dist float64 `json:"dist"`
	Key  float64 `json:"sort_key"`
	// Total is the number of hits on all pages (a window count over the
	// first page's query), carried on in cursors.
	Total int `json:"total"`
}

// Search runs q for the context's caller.
func Search(ctx context.Context, client *ent.Client, q Query) (*Result, error) {
	lat, lng, err := centre(ctx, client, q)
	if err != nil {
		return nil, err
	}
	radius := float64(DefaultRadiusKm)
	if q.RadiusKm != nil {
		radius = *q.RadiusKm
	}
	if !(radius > 0 && radius <= MaxRadiusKm) {
		return nil, validate.Fieldf("radiusKm", "must be above 0 and at most %d", MaxRadiusKm)
	}
	first := DefaultPageSize
	if q.First != nil {
		first = *q.First
	}
	if first < 0 || first > MaxPageSize {
		return nil, validate.Fieldf("first", "must be between 0 and %d", MaxPageSize)
	}
	if err := checkFilter(q.Filter); err != nil {
		return nil, err
	}
	order := q.Order
	if order == "" {
		order = ByDistance
	}
	after, err := decodeCursor(q.After)
	if err != nil {
		return nil, err
	}

	ctx = tenancy.IncludeRegion(ctx)
	c := circle{lat: lat, lng: lng, radius: radius, ranges: geo.Covering(lat, lng, radius)}
	where := filters(q.Filter)
	res := &Result{TotalCount: -1}
	var rows []row
	err = client.SearchEntry.Query().Where(where...).
		Modify(func(s *sql.Selector) { c.page(s, order, after, first+1, q.CountTotal) }).
		Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("searching services: %w", err)
	}
	switch {
	case after == nil && !q.CountTotal:
	case after == nil && len(rows) > 0:
		res.TotalCount = rows[0].Total
	case after == nil:
		res.TotalCount = 0
	case after.Total >= 0:
		res.TotalCount = after.Total // the count as the search began
	}
	if q.CountTotal && res.TotalCount < 0 {
		// A cursor of a search that did not count: count from the start.
		var counted []row
		err = client.SearchEntry.Query().Where(where...).
			Modify(func(s *sql.Selector) { c.page(s, order, nil, 1, true) }).
			Scan(ctx, &counted)
		if err != nil {
			return nil, fmt.Errorf("counting search hits: %w", err)
		}
		res.TotalCount = 0
		if len(counted) > 0 {
			res.TotalCount = counted[0].Total
		}
	}
	for i := range rows {
		rows[i].Total = res.TotalCount
	}
	if len(rows) > first {
		rows, res.HasNextPage = rows[:first], true
	}
	res.Hits, err = load(ctx, client, c, rows)
	if err != nil {
		return nil, err
	}
	return res, nil
}

// circle is the search area.
type circle struct {
	lat, lng, radius float64
	ranges           []geo.Range
}

// column qualifies a column of the entries for the query at hand.
type column func(name string) string

// inCovering matches entries whose cell lies in the covering (the index)
// and inside the circle's bounding box (cheap comparisons that spare the
// distance computation for the covering's corners).
func (c circle) inCovering(col column) *sql.Predicate {
	ps := make([]*sql.Predicate, len(c.ranges))
	for i, r := range c.ranges {
		ps[i] = sql.And(sql.GTE(col(searchentry.FieldCell), r.Min), sql.LTE(col(searchentry.FieldCell), r.Max))
	}
	dLat := c.radius / geo.EarthRadiusKm / geo.RadiansPerDegree * 1.001
	dLng := dLat / math.Max(math.Cos(math.Min(math.Abs(c.lat)+dLat, 89)*geo.RadiansPerDegree), 0.01)
	return sql.And(
		sql.Or(ps...),
		sql.GTE(col(searchentry.FieldLatitude), c.lat-dLat), sql.LTE(col(searchentry.FieldLatitude), c.lat+dLat),
		sql.GTE(col(searchentry.FieldLongitude), c.lng-dLng), sql.LTE(col(searchentry.FieldLongitude), c.lng+dLng),
	)
}

// distance is the SQL great-circle distance in km from the centre to an
// entry's location: the haversine formula of geo.DistanceKm.
func (c circle) distance(col column) sql.Querier {
	return sql.ExprFunc(func(b *sql.Builder) {
		least := "LEAST"
		if b.Dialect() == dialect.SQLite {
			least = "min"
		}
		φ0, λ0 := c.lat*geo.RadiansPerDegree, c.lng*geo.RadiansPerDegree
		b.WriteString("(").Arg(2 * geo.EarthRadiusKm).WriteString(" * asin(" + least + "(1, sqrt(pow(sin((")
		b.Ident(col(searchentry.FieldLatitude)).WriteString(" * ").Arg(geo.RadiansPerDegree).WriteString(" - ").Arg(φ0)
		b.WriteString(") / 2), 2) + ").Arg(math.Cos(φ0)).WriteString(" * cos(")
		b.Ident(col(searchentry.FieldLatitude)).WriteString(" * ").Arg(geo.RadiansPerDegree)
		b.WriteString(") * pow(sin((")
		b.Ident(col(searchentry.FieldLongitude)).WriteString(" * ").Arg(geo.RadiansPerDegree).WriteString(" - ").Arg(λ0)
		b.WriteString(") / 2), 2)))))")
	})
}

// page turns the entry query into the page query: each service at its
// nearest location in the circle, in the order's total order, after the
// cursor, at most limit rows.
func (c circle) page(s *sql.Selector, order Order, after *row, limit int, count bool) {
	// The entries in the covering, each with its distance, are a common
	// table expression that the databases inline; the entry query's
	// filters and scope apply to it, and the page refers to the one
	// distance column, so each entry's distance is computed once (two
	// copies of the formula would be two aggregates to the databases).
	t := sql.Table(searchentry.Table)
	entries := sql.Dialect(s.Dialect()).Select(t.Columns(searchentry.Columns...)...).
		AppendSelectExprAs(c.distance(t.C), "distance").
		From(t).
		Where(c.inCovering(t.C))
	e := sql.Table("e")
	s.Prefix(sql.With("e").As(entries)).From(e)
	id := e.C(searchentry.FieldServiceID)
	group := id
	if s.Dialect() == dialect.SQLite {
		// A unary plus keeps SQLite from grouping along the unique
		// (service_id, location_id) index, a scan of every entry, instead
		// of reading the covering's ranges from the geo index.
		group = "+" + group
	}
	// A service is in the circle when its nearest location is.
	s.GroupBy(group)
	key := sortKey(e.C(searchentry.FieldCapacityAvailable), order)
	minDist := sql.Expr("MIN(" + e.C("distance") + ")")
	s.Select().
		AppendSelectAs(id, "id").
		AppendSelectExprAs(minDist, "dist").
		AppendSelectExprAs(key, "sort_key")
	if after == nil && count {
		// Counted after grouping and before the limit: the whole result.
		s.AppendSelectExprAs(sql.Expr("COUNT(*) OVER ()"), "total")
	} else {
		s.AppendSelectExprAs(sql.Expr("-1"), "total")
	}
	having := sql.P(func(b *sql.Builder) { b.Join(minDist).WriteString(" <= ").Arg(c.radius) })
	if after != nil {
		having = sql.And(having, sql.P(func(b *sql.Builder) {
			// (key, dist, id) > (after.key, after.dist, after.id)
			b.WriteString("(").Join(key).WriteString(" > ").Arg(after.Key).WriteString(" OR (").Join(key).WriteString(" = ").Arg(after.Key)
			b.WriteString(" AND (").Join(minDist).WriteString(" > ").Arg(after.Dist).WriteString(" OR (").Join(minDist).WriteString(" = ").Arg(after.Dist)
			b.WriteString(" AND ").Ident(id).WriteString(" > ").Arg(after.ID).WriteString("))))")
		}))
	}
	s.Having(having)
	s.OrderBy("sort_key", "dist", id).Limit(limit)
}

// sortKey is the order's primary key, ascending, over the entries' free
// capacity column. Every entry of a service carries the same capacity, so
// MIN picks it.
func sortKey(capacity string, order Order) sql.Querier {
	return sql.ExprFunc(func(b *sql.Builder) {
		switch order {
		case ByAvailableSlots: // most free slots first; unknown counts as none
			b.WriteString("-COALESCE(MIN(").Ident(capacity).WriteString("), 0)")
		default: // distance; and waiting time, unknown for every service until waiting lists exist
			b.WriteString("0")
		}
	})
}

// centre resolves the point to search around.
func centre(ctx context.Context, client *ent.Client, q Query) (float64, float64, error) {
	if q.OrganizationID != "" {
		loc, err := client.Location.Query().
			Where(location.OrganizationID(q.OrganizationID)).
			Order(ent.Asc(location.FieldCreatedAt), ent.Asc(location.FieldID)).
			First(ctx)
		if ent.IsNotFound(err) {
			exists, err := client.Organization.Query().Where(organization.ID(q.OrganizationID)).Exist(ctx)
			if err != nil {
				return 0, 0, fmt.Errorf("finding organisation: %w", err)
			}
			if !exists {
				return 0, 0, validate.NotFound("near.organizationID", q.OrganizationID)
			}
			return 0, 0, validate.Fieldf("near.organizationID", "the organisation has no location to search from")
		}
		if err != nil {
			return 0, 0, fmt.Errorf("finding organisation's location: %w", err)
		}
		return loc.Latitude, loc.Longitude, nil
	}
	if q.Latitude == nil || q.Longitude == nil {
		return 0, 0, validate.Fieldf("near", "give a point (latitude and longitude) or an organizationID")
	}
	if math.IsNaN(*q.Latitude) || *q.Latitude < -90 || *q.Latitude > 90 {
		return 0, 0, validate.Fieldf("near.point.latitude", "must be between -90 and 90")
	}
	if math.IsNaN(*q.Longitude) || *q.Longitude < -180 || *q.Longitude > 180 {
		return 0, 0, validate.Fieldf("near.point.longitude", "must be between -180 and 180")
	}
	return *q.Latitude, *q.Longitude, nil
}

func checkFilter(f Filter) error {
	if f.Age != nil && (*f.Age < 0 || *f.Age > 25) {
		return validate.Fieldf("filter.age", "must be between 0 and 25")
	}
	if f.CarePhase != nil && (*f.CarePhase < 0 || *f.CarePhase > directory.MaxCarePhase) {
		return validate.Fieldf("filter.carePhase", "must be between 0 and %d", directory.MaxCarePhase)
	}
	if f.MaxWaitingDays != nil && *f.MaxWaitingDays < 0 {
		return validate.Fieldf("filter.maxWaitingDays", "must not be negative")
	}
	for _, l := range f.Languages {
		if err := validate.Language(l); err != nil {
			return validate.Fieldf("filter.languages", "%v", err)
		}
	}
	return nil
}

// filters turns the filter into predicates on the entries.
func filters(f Filter) []predicate.SearchEntry {
	var ps []predicate.SearchEntry
	if len(f.Categories) > 0 {
		ps = append(ps, searchentry.CategoryIn(names(f.Categories)...))
	}
	if len(f.CapacityStatuses) > 0 {
		ps = append(ps, searchentry.CapacityStatusIn(names(f.CapacityStatuses)...))
	}
	if m := directory.NeedsMask(f.Needs); m != 0 {
		ps = append(ps, bitsAny(searchentry.FieldNeedsMask, m))
	}
	if f.CarePhase != nil {
		ps = append(ps, bitsAny(searchentry.FieldPhasesMask, directory.PhasesMask([]int{*f.CarePhase})))
	}
	if f.Age != nil {
		ps = append(ps, searchentry.MinAgeLTE(*f.Age), searchentry.MaxAgeGTE(*f.Age))
	}
	if len(f.Languages) > 0 {
		var or []predicate.SearchEntry
		for _, l := range f.Languages {
			or = append(or, searchentry.LanguageCodesContains(","+l+","))
		}
		ps = append(ps, searchentry.Or(or...))
	}
	if f.OnlyFreeCapacity {
		ps = append(ps, searchentry.CapacityAvailableGT(0))
	}
	if len(f.OrganizationKinds) > 0 {
		ps = append(ps, searchentry.OrganizationKindIn(names(f.OrganizationKinds)...))
	}
	if t := strings.TrimSpace(f.Text); t != "" {
		// The entry's text is the name and the description, one line each.
		ps = append(ps, searchentry.TextContainsFold(t))
	}
	// MaxWaitingDays: no service has a measured wait until waiting lists
	// exist, and an unknown wait does not exclude a service.
	return ps
}

// names returns enum values as the strings the entries hold.
func names[E ~string](values []E) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// bitsAny matches entries whose integer column shares a bit with mask.
func bitsAny(column string, mask int) predicate.SearchEntry {
	return predicate.SearchEntry(func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) {
			b.WriteString("(").Ident(s.C(column)).WriteString(" & ").Arg(mask).WriteString(") <> 0")
		}))
	})
}

// load reads the page's services, each at its nearest location (from the
// entries: a service's other locations are not read), and their
// organisations and tenants.
func load(ctx context.Context, client *ent.Client, c circle, page []row) ([]Hit, error) {
	if len(page) == 0 {
		return []Hit{}, nil
	}
	ids := make([]string, len(page))
	for i, r := range page {
		ids[i] = r.ID
	}
	entries, err := client.SearchEntry.Query().Where(searchentry.ServiceIDIn(ids...)).
		Select(searchentry.FieldServiceID, searchentry.FieldLocationID, searchentry.FieldLatitude, searchentry.FieldLongitude).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading search entries: %w", err)
	}
	nearest := make(map[string]string, len(page)) // service -> location
	best := make(map[string]float64, len(page))
	for _, e := range entries {
		d := geo.DistanceKm(c.lat, c.lng, e.Latitude, e.Longitude)
		if b, ok := best[e.ServiceID]; !ok || d < b || (d == b && e.LocationID < nearest[e.ServiceID]) {
			nearest[e.ServiceID], best[e.ServiceID] = e.LocationID, d
		}
	}
	locationIDs := make([]string, 0, len(nearest))
	for _, id := range nearest {
		locationIDs = append(locationIDs, id)
	}
	locations, err := client.Location.Query().Where(location.IDIn(locationIDs...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading locations: %w", err)
	}
	locationByID := make(map[string]*ent.Location, len(locations))
	for _, l := range locations {
		locationByID[l.ID] = l
	}
	services, err := client.Service.Query().Where(service.IDIn(ids...)).
		WithOrganization(func(q *ent.OrganizationQuery) { q.WithTenant() }).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading services: %w", err)
	}
	serviceByID := make(map[string]*ent.Service, len(services))
	for _, s := range services {
		serviceByID[s.ID] = s
	}
	hits := make([]Hit, 0, len(page))
	for _, r := range page {
		s, l := serviceByID[r.ID], locationByID[nearest[r.ID]]
		if s == nil || s.Edges.Organization == nil || l == nil {
			return nil, fmt.Errorf("search hit %s vanished while loading", r.ID)
		}
		hits = append(hits, Hit{
			Service: s, Location: l, Organization: s.Edges.Organization, Tenant: s.Edges.Organization.Edges.Tenant,
			DistanceKm: r.Dist, Cursor: encodeCursor(r),
		})
	}
	return hits, nil
}

// cursorData is what a cursor holds: the sort position of a hit and the
// search's total.
type cursorData struct {
	K  float64 `json:"k"`
	D  float64 `json:"d"`
	ID string  `json:"id"`
	T  int     `json:"t"`
}

func encodeCursor(r row) string {
	b, _ := json.Marshal(cursorData{K: r.Key, D: r.Dist, ID: r.ID, T: r.Total})
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (*row, error) {
	if s == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	var d cursorData
	if err == nil {
		err = json.Unmarshal(b, &d)
	}
	if err != nil || d.ID == "" {
		return nil, validate.Fieldf("after", "not a cursor of this search")
	}
	return &row{Key: d.K, Dist: d.D, ID: d.ID, Total: d.T}, nil
}
