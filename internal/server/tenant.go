package server

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
)

// TenantHeader selects the municipality a request acts for, by slug.
const TenantHeader = "Brug-Tenant"

// tenantResolver turns the Brug-Tenant header into a tenant id, caching the
// answer briefly so that a request does not pay a query for it.
type tenantResolver struct {
	store *store.Store
	cache *expirable.LRU[string, string]
}

func newTenantResolver(st *store.Store) *tenantResolver {
	return &tenantResolver{store: st, cache: expirable.NewLRU[string, string](1024, nil, time.Minute)}
}

func (t *tenantResolver) lookup(ctx context.Context, slug string) (string, error) {
	if id, ok := t.cache.Get(slug); ok {
		return id, nil
	}
	// Finding a tenant by its public slug must see every tenant.
	id, err := t.store.Client(ctx).Tenant.Query().
		Where(tenant.Slug(slug)).
		OnlyID(tenancy.System(ctx))
	if err != nil {
		return "", fmt.Errorf("looking up tenant %q: %w", slug, err)
	}
	t.cache.Add(slug, id)
	return id, nil
}

// middleware puts the tenant named by the header, if any, in the request context.
func (t *tenantResolver) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		slug := r.Header.Get(TenantHeader)
		if slug == "" {
			next.ServeHTTP(w, r)
			return
		}
		id, err := t.lookup(r.Context(), slug)
		switch {
		case ent.IsNotFound(err):
			sendError(w, http.StatusNotFound, CodeNotFound, fmt.Sprintf("no municipality with slug %q", slug))
			return
		case err != nil:
			sendError(w, http.StatusInternalServerError, CodeInternal, "internal error")
			return
		}
		next.ServeHTTP(w, r.WithContext(tenancy.WithTenant(r.Context(), id)))
	})
}
