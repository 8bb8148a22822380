// Package network keeps the summary of each municipality's network map
// current: how many organisations and partnerships it has, whether it is one
// connected network, which organisations are isolated, and how its services'
// capacity looks.
//
// Every committed change to the directory enqueues one network_summary job
// for its tenant on the same transaction (the EnqueueOnChange hook), and the
// worker recomputes the summary from the data. Recomputing from scratch keeps
// the job idempotent: a job that runs twice, or two jobs that overlap, leave
// the same result.
package network

import (
	"context"
	"fmt"
	"slices"
	"time"

	entgo "entgo.io/ent"
	"github.com/riverqueue/river"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/partnership"
	"github.com/kansrijk/brug/ent/predicate"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/jobs"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

// SummaryArgs asks for the network summary of one tenant to be recomputed.
type SummaryArgs struct {
	// TenantID is the tenant whose summary to recompute.
	TenantID string `json:"tenant_id"`
}

// Kind implements river.JobArgs.
func (SummaryArgs) Kind() string { return "network_summary" }

// Summarize computes the network summary of the context's tenant.
func Summarize(ctx context.Context, client *ent.Client, now time.Time) (*directory.NetworkSummary, error) {
	orgs, err := client.Organization.Query().IDs(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing organisations: %w", err)
	}
	links, err := client.Partnership.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing partnerships: %w", err)
	}
	services, err := client.Service.Query().Where(service.StatusEQ(service.StatusACTIVE)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing services: %w", err)
	}
	s := &directory.NetworkSummary{
		Organizations:           len(orgs),
		Partnerships:            len(links),
		Services:                len(services),
		IsolatedOrganizationIDs: []string{},
		ComputedAt:              now,
	}
	components := newUnionFind(orgs)
	linked := map[string]bool{}
	for _, l := range links {
		components.union(l.FromID, l.ToID)
		linked[l.FromID], linked[l.ToID] = true, true
	}
	s.Components = components.count
	for _, id := range orgs {
		if !linked[id] {
			s.IsolatedOrganizationIDs = append(s.IsolatedOrganizationIDs, id)
		}
	}
	slices.Sort(s.IsolatedOrganizationIDs)
	for _, svc := range services {
		switch svc.CapacityStatus {
		case service.CapacityStatusACCEPTING:
			s.Accepting++
		case service.CapacityStatusWAITLIST:
			s.Waitlist++
		case service.CapacityStatusCLOSED:
			s.Closed++
		}
		if svc.CapacityUpdatedAt == nil || now.Sub(*svc.CapacityUpdatedAt) > directory.StaleCapacityAfter {
			s.StaleCapacity++
		}
	}
	return s, nil
}

// SummaryWorker recomputes and stores a tenant's network summary.
type SummaryWorker struct {
	river.WorkerDefaults[SummaryArgs]
	// Store is the database to read and write.
	Store *store.Store
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Work implements river.Worker.
func (w *SummaryWorker) Work(ctx context.Context, job *river.Job[SummaryArgs]) error {
	now := time.Now
	if w.Now != nil {
		now = w.Now
	}
	ctx = viewer.Internal(tenancy.WithTenant(ctx, job.Args.TenantID), job.Kind)
	return w.Store.InTx(ctx, func(ctx context.Context) error {
		client := w.Store.Client(ctx)
		s, err := Summarize(ctx, client, now())
		if err != nil {
			return fmt.Errorf("summarising tenant %s: %w", job.Args.TenantID, err)
		}
		if err := client.Tenant.UpdateOneID(job.Args.TenantID).SetNetworkSummary(s).Exec(ctx); err != nil {
			return fmt.Errorf("storing summary of tenant %s: %w", job.Args.TenantID, err)
		}
		return nil
	})
}

// directoryTypes are the entities whose changes alter the network summary.
var directoryTypes = []string{ent.TypeOrganization, ent.TypeLocation, ent.TypeService, ent.TypePartnership}

// EnqueueOnChange returns an ent hook that, after a successful change to the
// directory inside a unit of work, inserts one network_summary job for the
// tenant on that same transaction (at most one per tenant and transaction).
func EnqueueOnChange(q *jobs.Queue) entgo.Hook {
	return func(next entgo.Mutator) entgo.Mutator {
		return entgo.MutateFunc(func(ctx context.Context, m entgo.Mutation) (entgo.Value, error) {
			v, err := next.Mutate(ctx, m)
			if err != nil || !slices.Contains(directoryTypes, m.Type()) || store.Tx(ctx) == nil {
				return v, err
			}
			tid, ok := tenancy.FromContext(ctx)
			if !ok {
				f, _ := m.Field("tenant_id")
				tid, _ = f.(string)
			}
			if tid == "" || !store.Once(ctx, "network_summary:"+tid) {
				return v, nil
			}
			if _, err := q.InsertTx(ctx, SummaryArgs{TenantID: tid}, nil); err != nil {
				return nil, err
			}
			return v, nil
		})
	}
}

// unionFind counts connected components over string ids.
type unionFind struct {
	parent map[string]string
	count  int
}

func newUnionFind(ids []string) *unionFind {
	u := &unionFind{parent: make(map[string]string, len(ids)), count: len(ids)}
	for _, id := range ids {
		u.parent[id] = id
	}
	return u
}

func (u *unionFind) find(x string) string {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *unionFind) union(a, b string) {
	if _, ok := u.parent[a]; !ok {
		return
	}
	if _, ok := u.parent[b]; !ok {
		return
	}
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u.parent[ra] = rb
		u.count--
	}
}

// OnMap selects the organisations on the context's tenant's network map:
// its own, and the region-mates' published organisations its partnerships
// point at. Read it in a context made by tenancy.IncludeRegion, so that the
// region-mates' organisations are visible at all.
func OnMap(ctx context.Context) predicate.Organization {
	tid, _ := tenancy.FromContext(ctx)
	return organization.Or(
		organization.TenantID(tid),
		organization.HasIncomingPartnershipsWith(partnership.TenantID(tid)),
	)
}
