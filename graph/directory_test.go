package graph_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/brugtest"
)

// testBundle is a Brug service with two tenants and a client for each.
type testBundle struct {
	app  *brugtest.App
	a, b *brugtest.Client // ADMINs of tenants "alpha" and "beta"
	anon *brugtest.Client // not signed in, naming tenant alpha
}

func setup(t *testing.T, dialect string) *testBundle {
	t.Helper()
	app := brugtest.NewApp(t, dialect, brugtest.Options{})
	brugtest.Tenant(t, app, "alpha")
	brugtest.Tenant(t, app, "beta")
	c := brugtest.NewClient(t, app)
	return &testBundle{app: app, a: c.As("alpha"), b: c.As("beta"), anon: c.Anonymous("alpha")}
}

// createOrg creates an organisation and returns its id.
func createOrg(t *testing.T, c *brugtest.Client, name, kind string) string {
	t.Helper()
	var out struct {
		CreateOrganization struct{ Organization struct{ ID string } }
	}
	c.MustQuery(`mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) { organization { id } } }`,
		map[string]any{"in": map[string]any{"name": name, "kind": kind}}, &out)
	return out.CreateOrganization.Organization.ID
}

// createLocation creates a location of org and returns its id.
func createLocation(t *testing.T, c *brugtest.Client, org, name string) string {
	t.Helper()
	var out struct {
		CreateLocation struct{ Location struct{ ID string } }
	}
	c.MustQuery(`mutation($in: CreateLocationInput!) { createLocation(input: $in) { location { id } } }`,
		map[string]any{"in": locationInput(org, name, "3000")}, &out)
	return out.CreateLocation.Location.ID
}

func locationInput(org, name, postcode string) map[string]any {
	return map[string]any{
		"organizationID": org, "name": name, "street": "Bondgenotenlaan", "houseNumber": "1",
		"postcode": postcode, "municipality": "Leuven", "latitude": 50.879, "longitude": 4.701,
	}
}

// entitySpec describes how to exercise one entity's API generically.
type entitySpec struct {
	typename string // GraphQL type, e.g. "Organization"
	list     string // root connection, e.g. "organizations"
	// prepare runs once and returns state shared by create calls (parent ids).
	prepare func(t *testing.T, c *brugtest.Client) []string
	// input returns the create input of the i-th object (0..n-1); sortKey is
	// the value the order sorts on; selected says if the filter matches it.
	input    func(i int, parents []string) (in map[string]any, sortKey string, selected bool)
	where    map[string]any // filter matching exactly the selected objects
	orderBy  map[string]any // DESC on the sort key
	update   map[string]any // an update input
	field    string         // a field the update changes
	newValue any            // its value after the update
}

var specs = []entitySpec{
	{
		typename: "Organization", list: "organizations",
		prepare: func(*testing.T, *brugtest.Client) []string { return nil },
		input: func(i int, _ []string) (map[string]any, string, bool) {
			kind := []string{"CLB", "SCHOOL"}[i%2]
			name := fmt.Sprintf("Organisatie %02d", i)
			return map[string]any{"name": name, "kind": kind}, name, kind == "CLB"
		},
		where:   map[string]any{"kind": "CLB"},
		orderBy: map[string]any{"field": "NAME", "direction": "DESC"},
		update:  map[string]any{"name": "Hernoemd", "enterpriseNumber": "0123456749"},
		field:   "name", newValue: "Hernoemd",
	},
	{
		typename: "Location", list: "locations",
		prepare: func(t *testing.T, c *brugtest.Client) []string {
			return []string{createOrg(t, c, "CLB Leuven", "CLB")}
		},
		input: func(i int, p []string) (map[string]any, string, bool) {
			postcode := []string{"3000", "3010"}[i%2]
			name := fmt.Sprintf("Campus %02d", i)
			return locationInput(p[0], name, postcode), name, postcode == "3010"
		},
		where:   map[string]any{"postcode": "3010"},
		orderBy: map[string]any{"field": "NAME", "direction": "DESC"},
		update:  map[string]any{"accessibility": "Rolstoeltoegankelijk", "latitude": 50.9},
		field:   "accessibility", newValue: "Rolstoeltoegankelijk",
	},
	{
		typename: "Service", list: "services",
		prepare: func(t *testing.T, c *brugtest.Client) []string {
			org := createOrg(t, c, "Diagnostisch Centrum", "DIAGNOSTIC_CENTRE")
			return []string{org, createLocation(t, c, org, "Hoofdzetel")}
		},
		input: func(i int, p []string) (map[string]any, string, bool) {
			status := []string{"ACCEPTING", "WAITLIST"}[i%2]
			name := fmt.Sprintf("Diagnostiek %02d", i)
			return map[string]any{
				"organizationID": p[0], "locationIDs": []string{p[1]}, "name": name, "category": "DIAGNOSTICS",
				"needs": []string{"AUTISM", "ADHD", "ADHD"}, "carePhases": []int{3, 2}, "minAge": 3, "maxAge": 12,
				"capacityAvailable": 2, "capacityMaximum": 10, "capacityStatus": status,
			}, name, status == "WAITLIST"
		},
		where:   map[string]any{"capacityStatus": "WAITLIST"},
		orderBy: map[string]any{"field": "NAME", "direction": "DESC"},
		update:  map[string]any{"capacityAvailable": 0, "capacityStatus": "CLOSED"},
		field:   "capacityStatus", newValue: "CLOSED",
	},
	{
		typename: "Partnership", list: "partnerships",
		prepare: func(t *testing.T, c *brugtest.Client) []string {
			ids := []string{createOrg(t, c, "Huis van Gedrag", "OTHER")}
			for i := range 7 {
				ids = append(ids, createOrg(t, c, fmt.Sprintf("Partner %d", i), "CLB"))
			}
			return ids
		},
		input: func(i int, p []string) (map[string]any, string, bool) {
			kind := []string{"DISPATCHES_TO", "SUPPORTS"}[i%2]
			since := fmt.Sprintf("20%02d-09-01T00:00:00Z", 10+i)
			return map[string]any{"fromID": p[0], "toID": p[i+1], "kind": kind, "since": since}, since, kind == "SUPPORTS"
		},
		where:   map[string]any{"kind": "SUPPORTS"},
		orderBy: map[string]any{"field": "SINCE", "direction": "DESC"},
		update:  map[string]any{"note": "Samenwerkingsakkoord 2024"},
		field:   "note", newValue: "Samenwerkingsakkoord 2024",
	},
}

const objects = 7

// TestDirectoryCRUD drives create, node, filtered and ordered lists,
// pagination both ways, update and delete for every directory entity through
// the HTTP handler, and checks that a second tenant sees and changes nothing.
func TestDirectoryCRUD(t *testing.T) {
	t.Parallel()
	for _, spec := range specs {
		t.Run(spec.typename, func(t *testing.T) {
			t.Parallel()
			brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
				testEntity(t, setup(t, dialect), spec)
			})
		})
	}
}

func testEntity(t *testing.T, tb *testBundle, spec entitySpec) {
	parents := spec.prepare(t, tb.a)
	type created struct {
		id, key  string
		selected bool
	}
	var all []created
	for i := range objects {
		in, key, selected := spec.input(i, parents)
		res := tb.a.Query(fmt.Sprintf(`mutation($in: Create%sInput!) { create%s(input: $in) { %s { id } } }`,
			spec.typename, spec.typename, lowerFirst(spec.typename)), map[string]any{"in": in})
		require.Empty(t, res.Errors, "create: %s", res.Raw)
		var data map[string]map[string]struct{ ID string }
		require.NoError(t, json.Unmarshal(res.Data, &data))
		id := data["create"+spec.typename][lowerFirst(spec.typename)].ID
		require.NotEmpty(t, id)
		all = append(all, created{id: id, key: key, selected: selected})
	}

	// Read by node.
	first := all[0]
	var node struct {
		Node map[string]any
	}
	tb.a.MustQuery(`query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": first.id}, &node)
	require.Equal(t, spec.typename, node.Node["__typename"])
	require.Equal(t, first.id, node.Node["id"])

	// List with a filter and an order: the selected objects, sort key descending.
	var want []string
	sorted := slices.Clone(all)
	slices.SortFunc(sorted, func(x, y created) int { return -compare(x.key, y.key) })
	for _, c := range sorted {
		if c.selected {
			want = append(want, c.id)
		}
	}
	require.Equal(t, want, listIDs(t, tb.a, spec, 100))

	// Walk forward two at a time, then backward, without gaps or repeats.
	require.Equal(t, want, walk(t, tb.a, spec, "forward"))
	require.Equal(t, want, walk(t, tb.a, spec, "backward"))

	// Another tenant finds nothing: not by node, not in lists, not to change.
	res := tb.b.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": first.id})
	require.Equal(t, "NOT_FOUND", res.Code(), "%s", res.Raw)
	require.JSONEq(t, `{"node": null}`, string(res.Data))
	require.Empty(t, listIDs(t, tb.b, spec, 100))
	update := fmt.Sprintf(`mutation($id: ID!, $in: Update%sInput!) { update%s(id: $id, input: $in) { %s { id %s } } }`,
		spec.typename, spec.typename, lowerFirst(spec.typename), spec.field)
	res = tb.b.Query(update, map[string]any{"id": first.id, "in": spec.update})
	require.Equal(t, "NOT_FOUND", res.Code(), "%s", res.Raw)
	del := fmt.Sprintf(`mutation($id: ID!) { delete%s(id: $id) { deletedID } }`, spec.typename)
	res = tb.b.Query(del, map[string]any{"id": first.id})
	require.Equal(t, "NOT_FOUND", res.Code(), "%s", res.Raw)
	require.Len(t, listIDs(t, tb.a, spec, 100), len(want), "the other tenant's delete must change nothing")

	// Without signing in nothing is visible and nothing can be written.
	res = tb.anon.Query(fmt.Sprintf(`{ %s { totalCount } }`, spec.list), nil)
	require.Equal(t, "UNAUTHENTICATED", res.Code(), "%s", res.Raw)
	require.Equal(t, http.StatusUnauthorized, res.Status)
	res = tb.anon.Query(update, map[string]any{"id": first.id, "in": spec.update})
	require.Equal(t, "UNAUTHENTICATED", res.Code(), "%s", res.Raw)

	// Update.
	var updated map[string]map[string]map[string]any
	tb.a.MustQuery(update, map[string]any{"id": first.id, "in": spec.update}, &updated)
	require.EqualValues(t, spec.newValue, updated["update"+spec.typename][lowerFirst(spec.typename)][spec.field])
	var reread struct{ Node map[string]any }
	tb.a.MustQuery(fmt.Sprintf(`query($id: ID!) { node(id: $id) { ... on %s { %s } } }`, spec.typename, spec.field),
		map[string]any{"id": first.id}, &reread)
	require.EqualValues(t, spec.newValue, reread.Node[spec.field])

	// Delete.
	var deleted map[string]map[string]string
	tb.a.MustQuery(del, map[string]any{"id": first.id}, &deleted)
	require.Equal(t, first.id, deleted["delete"+spec.typename]["deletedID"])
	res = tb.a.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": first.id})
	require.Equal(t, "NOT_FOUND", res.Code())
	res = tb.a.Query(del, map[string]any{"id": first.id})
	require.Equal(t, "NOT_FOUND", res.Code(), "deleting twice")
}

type page struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   struct{ ID string }
	}
}

func fetchPage(t *testing.T, c *brugtest.Client, spec entitySpec, args map[string]any) page {
	t.Helper()
	q := fmt.Sprintf(`query($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: %sWhereInput, $orderBy: %sOrder) {
		%s(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
		}
	}`, spec.typename, spec.typename, spec.list)
	vars := map[string]any{"where": spec.where, "orderBy": spec.orderBy}
	for k, v := range args {
		vars[k] = v
	}
	var out map[string]page
	c.MustQuery(q, vars, &out)
	return out[spec.list]
}

func listIDs(t *testing.T, c *brugtest.Client, spec entitySpec, first int) []string {
	t.Helper()
	p := fetchPage(t, c, spec, map[string]any{"first": first})
	var ids []string
	for _, e := range p.Edges {
		ids = append(ids, e.Node.ID)
	}
	require.Equal(t, len(ids), p.TotalCount)
	return ids
}

// walk pages through the filtered, ordered list two objects at a time and
// returns the ids in list order.
func walk(t *testing.T, c *brugtest.Client, spec entitySpec, direction string) []string {
	t.Helper()
	var ids []string
	var cursor *string
	for range 10 {
		args := map[string]any{"first": 2, "after": cursor}
		if direction == "backward" {
			args = map[string]any{"last": 2, "before": cursor}
		}
		p := fetchPage(t, c, spec, args)
		var got []string
		for _, e := range p.Edges {
			got = append(got, e.Node.ID)
		}
		if direction == "backward" {
			ids = append(got, ids...)
			if !p.PageInfo.HasPreviousPage {
				return ids
			}
			cursor = p.PageInfo.StartCursor
		} else {
			ids = append(ids, got...)
			if !p.PageInfo.HasNextPage {
				return ids
			}
			cursor = p.PageInfo.EndCursor
		}
	}
	t.Fatalf("pagination did not end")
	return nil
}

func lowerFirst(s string) string { return string(s[0]+'a'-'A') + s[1:] }

func compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
