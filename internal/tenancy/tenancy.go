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
