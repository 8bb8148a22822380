package server

import (
	"context"
	"database/sql/driver"
	"runtime/debug"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/kansrijk/brug/internal/store"
)

// Sizes of the handler's caches.
const (
	queryCacheSize = 1000
	apqCacheSize   = 1000
)

func newGraphQL(st *store.Store, schema graphql.ExecutableSchema, cfg Config) *handler.Server {
	srv := handler.New(weighted{schema})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](queryCacheSize))
	srv.SetParserTokenLimit(cfg.TokenLimit)
	srv.SetDisableSuggestion(!cfg.Dev)
	if cfg.Dev || cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](apqCacheSize)})
	srv.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	srv.Use(depthLimit{max: cfg.DepthLimit})
	srv.Use(entgql.Transactioner{TxOpener: entgql.TxOpenerFunc(func(ctx context.Context) (context.Context, driver.Tx, error) {
		return st.Begin(ctx)
	})})
	srv.AroundFields(pageArguments)
	srv.AroundFields(markResolverErrors)
	srv.SetErrorPresenter(presenter(cfg.Logger))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		cfg.Logger.ErrorContext(ctx, "panic in resolver", "panic", v, "request_id", RequestID(ctx), "stack", string(debug.Stack()))
		return errPanic
	})
	return srv
}
