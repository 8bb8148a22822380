// Package graph holds Brug's GraphQL resolvers. They are thin: they parse
// arguments, call ent (whose hooks and interceptors enforce tenancy and
// validation) or an internal package, and return. gqlgen generates the
// executable schema into graph/generated from graph/schema/*.graphql.
package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/graph/generated"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/store"
)

// Resolver is the root resolver.
type Resolver struct {
	store *store.Store
}

// NewSchema returns the executable schema with its resolvers.
func NewSchema(st *store.Store) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{store: st}})
}

// client is the ent client of the request: the mutation's transaction or the
// store's own client for queries.
func (r *Resolver) client(ctx context.Context) *ent.Client {
	return r.store.Client(ctx)
}

// nodeType resolves the table of a global id from its prefix.
func nodeType(_ context.Context, id string) (string, error) {
	return gid.Table(id)
}
