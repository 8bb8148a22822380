package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

// TestListingIssuesConstantStatements counts the SQL statements of one
// request: listing 10 or 100 organisations with their locations and services
// (and the services' locations) takes the same small number, so nested
// edges are loaded in batches, not per row.
func TestListingIssuesConstantStatements(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		var (
			statements atomic.Int64
			counting   atomic.Bool
			mu         sync.Mutex
			log        []string
		)
		a := brugtest.NewApp(t, dialect, brugtest.Options{App: app.Config{Store: store.Config{
			StatementHook: func(_ context.Context, q string, _ []any) {
				if counting.Load() {
					statements.Add(1)
					mu.Lock()
					log = append(log, q)
					mu.Unlock()
				}
			},
		}}})
		tid := brugtest.Tenant(t, a, "alpha")
		ctx := viewer.Internal(tenancy.WithTenant(context.Background(), tid), "test")
		require.NoError(t, a.Store.InTx(ctx, func(ctx context.Context) error {
			seedOrganizations(t, ctx, a.Store.Client(ctx))
			return nil
		}))

		c := brugtest.NewClient(t, a).As("alpha")
		query := `query($n: Int!) { organizations(first: $n, orderBy: {field: NAME}) { totalCount edges { node {
			id name locations { id name postcode } services { id name capacityStatus locations { id } }
		} } } }`
		c.MustQuery(`{ tenant { id } }`, nil, nil) // warm the tenant cache
		count := func(n int) (int64, []string) {
			statements.Store(0)
			mu.Lock()
			log = nil
			mu.Unlock()
			counting.Store(true)
			var out struct {
				Organizations struct {
					Edges []struct {
						Node struct {
							Locations []struct{ ID string }
							Services  []struct{ Locations []struct{ ID string } }
						}
					}
				}
			}
			c.MustQuery(query, map[string]any{"n": n}, &out)
			counting.Store(false)
			require.Len(t, out.Organizations.Edges, n)
			for _, e := range out.Organizations.Edges {
				require.Len(t, e.Node.Locations, 2)
				require.Len(t, e.Node.Services, 2)
				require.Len(t, e.Node.Services[0].Locations, 2)
			}
			mu.Lock()
			defer mu.Unlock()
			return statements.Load(), slices.Clone(log)
		}
		ten, tenLog := count(10)
		hundred, hundredLog := count(100)
		t.Logf("%s: %d statements for 10 organisations, %d for 100", dialect, ten, hundred)
		require.Equal(t, ten, hundred, "10:\n%s\n100:\n%s", strings.Join(tenLog, "\n"), strings.Join(hundredLog, "\n"))
		require.LessOrEqual(t, ten, int64(6), "statements:\n%s", strings.Join(tenLog, "\n"))
	})
}

// seedOrganizations creates 120 organisations, each with two locations and
// two services offered at both.
func seedOrganizations(t *testing.T, ctx context.Context, client *ent.Client) {
	orgs := make([]*ent.OrganizationCreate, 120)
	for i := range orgs {
		orgs[i] = client.Organization.Create().SetName(fmt.Sprintf("Org %03d", i)).SetKind(organization.KindCLB)
	}
	created, err := client.Organization.CreateBulk(orgs...).Save(ctx)
	require.NoError(t, err)
	for _, o := range created {
		var locs []*ent.LocationCreate
		for j := range 2 {
			locs = append(locs, client.Location.Create().SetOrganizationID(o.ID).SetName(fmt.Sprintf("Campus %d", j)).
				SetStreet("Naamsestraat").SetHouseNumber("1").SetPostcode("3000").SetMunicipality("Leuven").
				SetLatitude(50.87).SetLongitude(4.70))
		}
		ls, err := client.Location.CreateBulk(locs...).Save(ctx)
		require.NoError(t, err)
		for j := range 2 {
			_, err := client.Service.Create().SetOrganizationID(o.ID).SetName(fmt.Sprintf("Dienst %d", j)).
				SetCategory(service.CategoryTHERAPY).AddLocations(ls...).Save(ctx)
			require.NoError(t, err)
		}
	}
}
