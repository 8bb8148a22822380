package server

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/member"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
)

// TenantHeader selects the municipality a request acts for, by slug. It
// grants nothing by itself: the caller needs a membership there, or the
// municipality's directory must be public (for reading).
const TenantHeader = "Brug-Tenant"

// tenantInfo is what the front needs to know about a tenant.
type tenantInfo struct {
	id              string
	publicDirectory bool
	// regionMates are the tenants sharing a region with this one.
	regionMates []string
}

// tenantResolver turns the Brug-Tenant header into a tenant, caching the
// answer briefly so that a request does not pay a query for it.
type tenantResolver struct {
	store  *store.Store
	cache  *expirable.LRU[string, tenantInfo]
	logger *slog.Logger
}

// tenantCacheTTL bounds how long a change of a tenant's public-directory
// setting takes to reach anonymous callers.
const tenantCacheTTL = 30 * time.Second

func newTenantResolver(st *store.Store, logger *slog.Logger) *tenantResolver {
	return &tenantResolver{store: st, cache: expirable.NewLRU[string, tenantInfo](1024, nil, tenantCacheTTL), logger: logger}
}

func (t *tenantResolver) lookup(ctx context.Context, slug string) (tenantInfo, error) {
	if info, ok := t.cache.Get(slug); ok {
		return info, nil
	}
	// Finding a tenant by its public slug must see every tenant.
	sys := tenancy.System(ctx)
	tn, err := member.WithRegionMates(t.store.Client(ctx).Tenant.Query().Where(tenant.Slug(slug))).Only(sys)
	if err != nil {
		return tenantInfo{}, fmt.Errorf("looking up tenant %q: %w", slug, err)
	}
	info := tenantInfo{id: tn.ID, publicDirectory: tn.Settings.PublicDirectory, regionMates: member.RegionMates(tn)}
	t.cache.Add(slug, info)
	return info, nil
}
