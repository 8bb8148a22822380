// Package tenancy carries the tenant a request acts for through a context.
//
// Every tenant-owned row in Brug is scoped by the data layer (ent hooks and
// interceptors in ent/schema) from the value this package puts in the
// context, never from client input. A context without a tenant sees no
// tenant data and cannot write. The one way around the scoping is System,
// used by migrations, seeding and background jobs that act across tenants;
// keep its call sites few and greppable.
package tenancy

import (
	"context"
	"errors"
)

// ErrNoTenant is returned when a write is attempted without a tenant in the context.
var ErrNoTenant = errors.New("no tenant selected")

type tenantKey struct{}

type systemKey struct{}

// WithTenant returns a context that acts for the tenant with the given id.
func WithTenant(ctx context.Context, tenantID string) context.Context {
	return context.WithValue(ctx, tenantKey{}, tenantID)
}

// FromContext returns the tenant id the context acts for, if any.
func FromContext(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(tenantKey{}).(string)
	return id, ok && id != ""
}

// System returns a context that bypasses tenant scoping entirely. It is for
// migrations, seeding and jobs that must see every tenant; request handling
// must never use it.
func System(ctx context.Context) context.Context {
	return context.WithValue(ctx, systemKey{}, true)
}

// IsSystem reports whether the context was made by System.
func IsSystem(ctx context.Context) bool {
	v, _ := ctx.Value(systemKey{}).(bool)
	return v
}

type regionKey struct{}

type includeRegionKey struct{}

// WithRegionMates returns a context that knows the tenants sharing a region
// with the context's tenant. Their published directory entries become
// readable in contexts made by IncludeRegion.
func WithRegionMates(ctx context.Context, tenantIDs []string) context.Context {
	return context.WithValue(ctx, regionKey{}, tenantIDs)
}

// RegionMates returns the tenants sharing a region with the context's tenant.
func RegionMates(ctx context.Context) []string {
	ids, _ := ctx.Value(regionKey{}).([]string)
	return ids
}

// IncludeRegion returns a context whose reads of organisations, locations
// and services also see the published entries of region-mates (search,
// node lookups). Writes never reach another tenant.
func IncludeRegion(ctx context.Context) context.Context {
	return context.WithValue(ctx, includeRegionKey{}, true)
}

// RegionIncluded reports whether the context was made by IncludeRegion.
func RegionIncluded(ctx context.Context) bool {
	v, _ := ctx.Value(includeRegionKey{}).(bool)
	return v
}
