// Package search answers a school's question: who near us can help with
// this need, in this care phase, at this age, with free capacity or the
// shortest wait? It searches the caller's municipality and the published
// directory of its region-mates (tenancy.IncludeRegion), through the same
// tenant-scoped ent queries as everything else, so scoping and row-level
// security hold.
//
// A search runs in three steps. Locations inside the circle come from the
// S2 covering of package geo (btree ranges on an integer column) and are
// kept when their exact great-circle distance is within the radius; the
// services at those locations that pass the filters (bit masks and keys
// kept on each service, so filters are plain SQL on both databases) are
// read as thin rows, each at its nearest location; they are sorted with a
// total order (the chosen key, then distance, then id) so that pages are
// stable, and only the requested page is loaded in full.
package search

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"entgo.io/ent/dialect/sql"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/location"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/predicate"
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
	Hits        []Hit
	TotalCount  int
	HasNextPage bool
}

// candidate is a thin hit, before the page is loaded.
type candidate struct {
	serviceID, locationID string
	distance              float64
	available             int
	hasAvailable          bool
	key                   float64 // the order's primary key, ascending
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
	near, err := locationsWithin(ctx, client, lat, lng, radius)
	if err != nil {
		return nil, err
	}
	cands, err := candidates(ctx, client, near, q.Filter, order)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(cands, compare)
	res := &Result{TotalCount: len(cands)}
	start := 0
	if after != nil {
		start, _ = slices.BinarySearchFunc(cands, *after, func(c candidate, a candidate) int {
			if compare(c, a) <= 0 {
				return -1
			}
			return 1
		})
	}
	end := min(start+first, len(cands))
	page := cands[start:end]
	res.HasNextPage = end < len(cands)
	res.Hits, err = load(ctx, client, page)
	if err != nil {
		return nil, err
	}
	return res, nil
}

// compare is the total order of hits: key, distance, service id.
func compare(a, b candidate) int {
	switch {
	case a.key != b.key:
		return cmpFloat(a.key, b.key)
	case a.distance != b.distance:
		return cmpFloat(a.distance, b.distance)
	}
	return strings.Compare(a.serviceID, b.serviceID)
}

func cmpFloat(a, b float64) int {
	if a < b {
		return -1
	}
	return 1
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

// nearLocation is a location inside the circle.
type nearLocation struct {
	id       string
	distance float64
}

// locationsWithin returns the visible locations within radiusKm, by id.
func locationsWithin(ctx context.Context, client *ent.Client, lat, lng, radiusKm float64) (map[string]nearLocation, error) {
	ranges := geo.Covering(lat, lng, radiusKm)
	ps := make([]predicate.Location, len(ranges))
	for i, r := range ranges {
		ps[i] = location.And(location.CellGTE(r.Min), location.CellLTE(r.Max))
	}
	rows, err := client.Location.Query().
		Where(location.Or(ps...)).
		Select(location.FieldID, location.FieldLatitude, location.FieldLongitude).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("finding locations nearby: %w", err)
	}
	out := make(map[string]nearLocation, len(rows))
	for _, l := range rows {
		if d := geo.DistanceKm(lat, lng, l.Latitude, l.Longitude); d <= radiusKm {
			out[l.ID] = nearLocation{id: l.ID, distance: d}
		}
	}
	return out, nil
}

// candidates returns the services at the near locations that pass the
// filter, each at its nearest such location.
func candidates(ctx context.Context, client *ent.Client, near map[string]nearLocation, f Filter, order Order) ([]candidate, error) {
	if len(near) == 0 {
		return nil, nil
	}
	ids := make([]string, 0, len(near))
	for id := range near {
		ids = append(ids, id)
	}
	where := append(filters(f), service.StatusEQ(service.StatusACTIVE), service.HasLocationsWith(location.IDIn(ids...)))
	rows, err := client.Service.Query().
		Where(where...).
		Select(service.FieldID, service.FieldCapacityAvailable, service.FieldOrganizationID).
		WithLocations(func(q *ent.LocationQuery) { q.Where(location.IDIn(ids...)).Select(location.FieldID) }).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("finding services nearby: %w", err)
	}
	out := make([]candidate, 0, len(rows))
	for _, s := range rows {
		c := candidate{serviceID: s.ID, distance: math.Inf(1)}
		for _, l := range s.Edges.Locations {
			if n, ok := near[l.ID]; ok && (n.distance < c.distance || (n.distance == c.distance && l.ID < c.locationID)) {
				c.distance, c.locationID = n.distance, l.ID
			}
		}
		if c.locationID == "" {
			continue
		}
		if s.CapacityAvailable != nil {
			c.available, c.hasAvailable = *s.CapacityAvailable, true
		}
		switch order {
		case ByAvailableSlots:
			c.key = -float64(c.available) // most free slots first; unknown counts as none
		case ByWaitingTime:
			c.key = 0 // no waiting lists yet: every wait is unknown, so distance decides
		}
		out = append(out, c)
	}
	return out, nil
}

// filters turns the filter into service predicates.
func filters(f Filter) []predicate.Service {
	var ps []predicate.Service
	if len(f.Categories) > 0 {
		ps = append(ps, service.CategoryIn(f.Categories...))
	}
	if len(f.CapacityStatuses) > 0 {
		ps = append(ps, service.CapacityStatusIn(f.CapacityStatuses...))
	}
	if m := directory.NeedsMask(f.Needs); m != 0 {
		ps = append(ps, bitsAny(service.FieldNeedsMask, m))
	}
	if f.CarePhase != nil {
		ps = append(ps, bitsAny(service.FieldPhasesMask, directory.PhasesMask([]int{*f.CarePhase})))
	}
	if f.Age != nil {
		ps = append(ps, service.MinAgeLTE(*f.Age), service.MaxAgeGTE(*f.Age))
	}
	if len(f.Languages) > 0 {
		var or []predicate.Service
		for _, l := range f.Languages {
			or = append(or, service.LanguageCodesContains(","+l+","))
		}
		ps = append(ps, service.Or(or...))
	}
	if f.OnlyFreeCapacity {
		ps = append(ps, service.CapacityAvailableGT(0))
	}
	if len(f.OrganizationKinds) > 0 {
		ps = append(ps, service.HasOrganizationWith(organization.KindIn(f.OrganizationKinds...)))
	}
	if t := strings.TrimSpace(f.Text); t != "" {
		ps = append(ps, service.Or(service.NameContainsFold(t), service.DescriptionContainsFold(t)))
	}
	// MaxWaitingDays: no service has a measured wait until waiting lists
	// exist, and an unknown wait does not exclude a service.
	return ps
}

// bitsAny matches rows whose integer column shares a bit with mask.
func bitsAny(column string, mask int) predicate.Service {
	return predicate.Service(func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) {
			b.WriteString("(").Ident(s.C(column)).WriteString(" & ").Arg(mask).WriteString(") <> 0")
		}))
	})
}

// load reads the page's services, locations, organisations and tenants.
func load(ctx context.Context, client *ent.Client, page []candidate) ([]Hit, error) {
	if len(page) == 0 {
		return []Hit{}, nil
	}
	sids := make([]string, len(page))
	lids := make([]string, len(page))
	for i, c := range page {
		sids[i], lids[i] = c.serviceID, c.locationID
	}
	services, err := client.Service.Query().Where(service.IDIn(sids...)).
		WithOrganization(func(q *ent.OrganizationQuery) { q.WithTenant() }).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading services: %w", err)
	}
	locations, err := client.Location.Query().Where(location.IDIn(lids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading locations: %w", err)
	}
	byService := make(map[string]*ent.Service, len(services))
	for _, s := range services {
		byService[s.ID] = s
	}
	byLocation := make(map[string]*ent.Location, len(locations))
	for _, l := range locations {
		byLocation[l.ID] = l
	}
	hits := make([]Hit, 0, len(page))
	for _, c := range page {
		s, l := byService[c.serviceID], byLocation[c.locationID]
		if s == nil || l == nil || s.Edges.Organization == nil {
			return nil, fmt.Errorf("search hit %s at %s vanished while loading", c.serviceID, c.locationID)
		}
		hits = append(hits, Hit{
			Service: s, Location: l, Organization: s.Edges.Organization, Tenant: s.Edges.Organization.Edges.Tenant,
			DistanceKm: c.distance, Cursor: encodeCursor(c),
		})
	}
	return hits, nil
}

// cursorData is what a cursor holds: the sort position of a hit.
type cursorData struct {
	K  float64 `json:"k"`
	D  float64 `json:"d"`
	ID string  `json:"id"`
}

func encodeCursor(c candidate) string {
	b, _ := json.Marshal(cursorData{K: c.key, D: c.distance, ID: c.serviceID})
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (*candidate, error) {
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
	return &candidate{key: d.K, distance: d.D, serviceID: d.ID}, nil
}
