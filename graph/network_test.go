package graph_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/brugtest"
)

type networkGraph struct {
	NetworkGraph struct {
		Organizations []struct {
			ID, Name, Kind string
		}
		Partnerships []struct {
			FromID, ToID, Kind string
		}
		Summary *struct {
			Organizations, Partnerships, Components int
			IsolatedOrganizationIDs                 []string
		}
	}
}

const networkQuery = `{ networkGraph {
	organizations { id name kind }
	partnerships { fromID toID kind }
	summary { organizations partnerships components isolatedOrganizationIDs }
} }`

// TestNetworkGraph reads the demo network of one municipality in one call:
// every partnership joins two of its organisations, the whole forms one
// network with a Huis van Gedrag, the background summary agrees, and no
// other municipality's organisation appears.
func TestNetworkGraph(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{Seed: true, App: app.Config{JobPollInterval: 50 * time.Millisecond}})
		c := brugtest.NewClient(t, a)

		// The seed enqueued one summary job per municipality; work them.
		events, cancel := a.Queue.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
		defer cancel()
		ctx := context.Background()
		require.NoError(t, a.Queue.Start(ctx))
		defer func() { require.NoError(t, a.Queue.Stop(ctx)) }()
		for range 3 {
			select {
			case ev := <-events:
				require.Equal(t, river.EventKindJobCompleted, ev.Kind, "job failed: %v", ev.Job.Errors)
			case <-time.After(30 * time.Second):
				t.Fatal("summary jobs were not worked")
			}
		}

		var leuven, genk networkGraph
		c.As("leuven").MustQuery(networkQuery, nil, &leuven)
		c.As("genk").MustQuery(networkQuery, nil, &genk)
		g := leuven.NetworkGraph
		require.GreaterOrEqual(t, len(g.Organizations), 40)

		ids := map[string]bool{}
		var gedrag bool
		for _, o := range g.Organizations {
			ids[o.ID] = true
			gedrag = gedrag || o.Name == "Huis van Gedrag Leuven"
		}
		require.True(t, gedrag, "the demo network has a Huis van Gedrag")
		parent := map[string]string{}
		var find func(string) string
		find = func(x string) string {
			if p, ok := parent[x]; ok && p != x {
				return find(p)
			}
			return x
		}
		for _, p := range g.Partnerships {
			require.True(t, ids[p.FromID] && ids[p.ToID], "partnership %v leaves the network", p)
			parent[find(p.FromID)] = find(p.ToID)
		}
		roots := map[string]bool{}
		for id := range ids {
			roots[find(id)] = true
		}
		require.Len(t, roots, 1, "the demo network is connected")

		require.NotNil(t, g.Summary, "summary computed by the job")
		require.Equal(t, len(g.Organizations), g.Summary.Organizations)
		require.Equal(t, len(g.Partnerships), g.Summary.Partnerships)
		require.Equal(t, 1, g.Summary.Components)
		require.Empty(t, g.Summary.IsolatedOrganizationIDs)

		for _, o := range genk.NetworkGraph.Organizations {
			require.False(t, ids[o.ID], "genk sees a leuven organisation")
		}

		// Without signing in, a private directory's graph needs a token.
		res := c.Anonymous("leuven").Query(networkQuery, nil)
		require.Equal(t, "UNAUTHENTICATED", res.Code(), "%s", res.Raw)
		require.Equal(t, http.StatusUnauthorized, res.Status)
	})
}
