package bench

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"

	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/search"
)

// pageSize is how many hits every search asks for.
const pageSize = 20

// query is one school question, in a form both paths (the API and the
// hand-written SQL) can run.
type query struct {
	lat, lng, radiusKm float64
	needs              []directory.Need
	age, carePhase     *int
	onlyFree           bool
	categories         []service.Category
	languages          []string
	order              search.Order
	text               string
}

// kind names the share of the mix a query belongs to, for reading results.
func (q query) kind() string {
	switch {
	case q.text != "":
		return "text"
	case q.order != search.ByDistance:
		return "order"
	case len(q.categories) > 0:
		return "categories"
	case q.onlyFree:
		return "phase+free"
	}
	return "needs+age"
}

// queries returns n searches drawn from w, the same for the same seed:
// 50% needs and age, 20% care phase with free capacity, 15% diagnostic or
// school-support categories, 10% ordered by waiting time or free slots, 5%
// free text; each 10 to 25 km around a location of the caller's
// municipality or its region.
func (w *world) queries(n int, seed uint64) []query {
	rng := rand.New(rand.NewPCG(seed, 2))
	out := make([]query, n)
	for i := range out {
		c := w.centres[rng.IntN(len(w.centres))]
		q := query{lat: c[0], lng: c[1], radiusKm: 10 + 15*rng.Float64(), order: search.ByDistance}
		switch p := rng.IntN(100); {
		case p < 50:
			q.needs = pickNeeds(rng)
			q.age = ptr(3 + rng.IntN(16)) // 3 to 18
		case p < 70:
			q.carePhase = ptr(rng.IntN(directory.MaxCarePhase + 1))
			q.onlyFree = true
		case p < 85:
			q.categories = []service.Category{service.CategoryDIAGNOSTICS, service.CategorySCHOOL_SUPPORT}
		case p < 95:
			q.order = search.ByWaitingTime
			if rng.IntN(2) == 0 {
				q.order = search.ByAvailableSlots
			}
			q.needs = pickNeeds(rng)
		default:
			q.text = w.words[rng.IntN(len(w.words))]
		}
		out[i] = q
	}
	return out
}

// pickNeeds returns one or two distinct needs, OTHER excluded.
func pickNeeds(rng *rand.Rand) []directory.Need {
	named := directory.Needs[:len(directory.Needs)-1]
	a := named[rng.IntN(len(named))]
	if rng.IntN(2) == 0 {
		return []directory.Need{a}
	}
	b := named[rng.IntN(len(named))]
	if b == a {
		return []directory.Need{a}
	}
	return []directory.Need{a, b}
}

func ptr[T any](v T) *T { return &v }

// searchQuery is the query as package search takes it.
func (q query) searchQuery() search.Query {
	return search.Query{
		Latitude: &q.lat, Longitude: &q.lng, RadiusKm: &q.radiusKm,
		Filter: search.Filter{
			Categories: q.categories, Needs: q.needs, CarePhase: q.carePhase, Age: q.age,
			Languages: q.languages, OnlyFreeCapacity: q.onlyFree, Text: q.text,
		},
		Order: q.order,
		First: ptr(pageSize),
	}
}

// searchDocument is the GraphQL operation the API path sends: what a
// school's result list shows.
const searchDocument = `query Search($near: NearInput!, $radiusKm: Float, $filter: ServiceSearchFilter, $orderBy: SearchOrder, $first: Int) {
  searchServices(near: $near, radiusKm: $radiusKm, filter: $filter, orderBy: $orderBy, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        distanceKm capacityStatus availableSlots waitingDays withinNorm
        service { id name category minAge maxAge }
        location { id name street houseNumber postcode municipality latitude longitude }
        organization { id name kind }
        tenant { id name }
      }
    }
  }
}`

// body returns the JSON body of the query's GraphQL request.
func (q query) body() ([]byte, error) {
	filter := map[string]any{}
	if len(q.needs) > 0 {
		filter["needs"] = q.needs
	}
	if q.age != nil {
		filter["age"] = *q.age
	}
	if q.carePhase != nil {
		filter["carePhase"] = *q.carePhase
	}
	if q.onlyFree {
		filter["onlyWithFreeCapacity"] = true
	}
	if len(q.categories) > 0 {
		filter["categories"] = q.categories
	}
	if len(q.languages) > 0 {
		filter["languages"] = q.languages
	}
	if q.text != "" {
		filter["text"] = q.text
	}
	b, err := json.Marshal(map[string]any{
		"query": searchDocument,
		"variables": map[string]any{
			"near":     map[string]any{"point": map[string]any{"latitude": q.lat, "longitude": q.lng}},
			"radiusKm": q.radiusKm,
			"filter":   filter,
			"orderBy":  q.order,
			"first":    pageSize,
		},
	})
	if err != nil {
		return nil, fmt.Errorf("encoding search request: %w", err)
	}
	return b, nil
}
