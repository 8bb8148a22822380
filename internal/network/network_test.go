package network_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/network"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

var errRollback = errors.New("roll back on purpose")

func jobCount(t *testing.T, a *brugtest.App) int {
	t.Helper()
	var n int
	err := a.Store.DB.QueryRow(`SELECT count(*) FROM river_job WHERE kind = 'network_summary'`).Scan(&n)
	require.NoError(t, err)
	return n
}

// TestSummaryJobCommitsWithTheWrite proves that the job a directory write
// enqueues lives and dies with that write's transaction, and that a real
// River client then works it, on both databases.
func TestSummaryJobCommitsWithTheWrite(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{App: app.Config{JobPollInterval: 50 * time.Millisecond}})
		tid := brugtest.Tenant(t, a, "alpha")
		ctx := viewer.Internal(tenancy.WithTenant(context.Background(), tid), "test")
		create := func(ctx context.Context, name string) {
			_, err := a.Store.Client(ctx).Organization.Create().SetName(name).SetKind(organization.KindCLB).Save(ctx)
			require.NoError(t, err)
		}

		err := a.Store.InTx(ctx, func(ctx context.Context) error {
			create(ctx, "CLB Noord")
			return errRollback
		})
		require.ErrorIs(t, err, errRollback)
		require.Zero(t, jobCount(t, a), "a rolled-back write leaves no job")
		require.NoError(t, a.Store.InTx(ctx, func(ctx context.Context) error {
			n, err := a.Store.Client(ctx).Organization.Query().Count(ctx)
			require.NoError(t, err)
			require.Zero(t, n, "and no row")
			return nil
		}))

		require.NoError(t, a.Store.InTx(ctx, func(ctx context.Context) error {
			create(ctx, "CLB Noord")
			create(ctx, "CLB Zuid")
			return nil
		}))
		require.Equal(t, 1, jobCount(t, a), "a committed write leaves one job per tenant and transaction")

		events, cancel := a.Queue.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
		defer cancel()
		require.NoError(t, a.Queue.Start(ctx))
		defer func() { require.NoError(t, a.Queue.Stop(context.Background())) }()
		select {
		case ev := <-events:
			require.Equal(t, river.EventKindJobCompleted, ev.Kind, "job failed: %v", ev.Job.Errors)
			require.Equal(t, network.SummaryArgs{}.Kind(), ev.Job.Kind)
		case <-time.After(30 * time.Second):
			t.Fatal("the network_summary job was not worked")
		}
		tn, err := a.Store.Client(ctx).Tenant.Get(ctx, tid)
		require.NoError(t, err)
		require.NotNil(t, tn.NetworkSummary)
		require.Equal(t, 2, tn.NetworkSummary.Organizations)
		require.Equal(t, 2, tn.NetworkSummary.Components)
		require.Len(t, tn.NetworkSummary.IsolatedOrganizationIDs, 2)
	})
}
