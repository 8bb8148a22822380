package member

import (
	"context"
	"fmt"
	"slices"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/membership"
	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/viewer"
)

// NewTenant describes a municipality to create.
type NewTenant struct {
	Slug, Name, NISCode string
	Territory           tenant.Territory
	Province            *string
	Latitude, Longitude float64
	// AdminEmail is invited as the first ADMIN.
	AdminEmail string
}

// CreateTenant creates a municipality and invites its first ADMIN, in the
// context's unit of work. The privacy policies allow it to platform
// operators only.
func CreateTenant(ctx context.Context, st *store.Store, in NewTenant) (*ent.Tenant, *ent.Invitation, error) {
	client := st.Client(ctx)
	// The new tenant's id is known first, so that everything written for it
	// (its audit event, the invitation) is scoped to it.
	id := gid.New(gid.Tenant)
	ctx, err := st.SwitchTenant(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	t, err := client.Tenant.Create().SetID(id).
		SetSlug(in.Slug).SetName(in.Name).SetNisCode(in.NISCode).SetTerritory(in.Territory).
		SetNillableProvince(in.Province).SetCentroidLatitude(in.Latitude).SetCentroidLongitude(in.Longitude).
		Save(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("creating tenant: %w", err)
	}
	inv, err := client.Invitation.Create().
		SetEmail(in.AdminEmail).SetRole(viewer.Admin).SetInvitedBy(viewer.From(ctx).MemberID).
		Save(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("inviting the first admin: %w", err)
	}
	return t, inv, nil
}

// Memberships returns all memberships of the member, in every tenant.
func Memberships(ctx context.Context, st *store.Store, memberID string) ([]*ent.Membership, error) {
	var ms []*ent.Membership
	// A member sees their own memberships across tenants.
	err := st.System(ctx, func(ctx context.Context) error {
		var err error
		ms, err = st.Client(ctx).Membership.Query().
			Where(membership.MemberID(memberID)).
			Order(ent.Asc(membership.FieldTenantID)).
			All(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("loading memberships: %w", err)
	}
	return ms, nil
}

// WithRegionMates makes a tenant query load what RegionMates reads: each
// tenant's regions and the ids of their tenants.
func WithRegionMates(q *ent.TenantQuery) *ent.TenantQuery {
	return q.WithRegions(func(q *ent.RegionQuery) { q.WithTenants(func(q *ent.TenantQuery) { q.Select(tenant.FieldID) }) })
}

// RegionMates returns the ids of the tenants that share a region with t,
// sorted, from a tenant loaded by a query with WithRegionMates.
func RegionMates(t *ent.Tenant) []string {
	var mates []string
	for _, r := range t.Edges.Regions {
		for _, mate := range r.Edges.Tenants {
			if mate.ID != t.ID && !slices.Contains(mates, mate.ID) {
				mates = append(mates, mate.ID)
			}
		}
	}
	slices.Sort(mates)
	return mates
}
