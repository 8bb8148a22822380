package server

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"

	"entgo.io/ent/dialect"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

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
	srv.Use(sizeLimit{tokens: cfg.TokenLimit, fields: cfg.ComplexityLimit}) // after APQ, which fills in the query
	srv.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	srv.Use(depthLimit{max: cfg.DepthLimit})
	tx := transactioner{begin: st.Begin, logger: cfg.Logger}
	if st.Dialect == dialect.Postgres {
		tx.beginRead = st.BeginRead
	}
	srv.Use(tx)
	srv.AroundFields(pageArguments)
	srv.AroundFields(markResolverErrors)
	srv.SetErrorPresenter(presenter(cfg.Logger))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		cfg.Logger.ErrorContext(ctx, "panic in resolver", "panic", v, "request_id", RequestID(ctx), "stack", string(debug.Stack()))
		return errPanic
	})
	return srv
}

// transactioner gives each operation its unit of work: every mutation one
// transaction, committed only if it has no errors; and, where the database
// enforces row-level security (PostgreSQL), every query a read-only
// transaction, because the tenant is set per transaction. Resolvers that
// share a transaction run one at a time (a connection runs one statement at
// once). A request that never became an operation (a body that is not JSON)
// passes through, and a transaction that cannot begin or commit is logged
// and answered INTERNAL, never with the database's words.
type transactioner struct {
	begin     func(context.Context) (context.Context, dialect.Tx, error)
	beginRead func(context.Context) (context.Context, dialect.Tx, error) // nil: queries run without one
	logger    *slog.Logger
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = transactioner{}

// ExtensionName implements graphql.HandlerExtension.
func (transactioner) ExtensionName() string { return "Transactioner" }

// Validate implements graphql.HandlerExtension.
func (transactioner) Validate(graphql.ExecutableSchema) error { return nil }

func (t transactioner) opener(op *ast.OperationDefinition) func(context.Context) (context.Context, dialect.Tx, error) {
	switch {
	case op == nil:
		return nil
	case op.Operation == ast.Mutation:
		return t.begin
	case op.Operation == ast.Query:
		return t.beginRead
	}
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator: it
// serialises the resolvers of operations that run in a transaction.
func (t transactioner) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if t.opener(oc.Operation) == nil {
		return nil
	}
	previous := oc.ResolverMiddleware
	var mu sync.Mutex
	oc.ResolverMiddleware = func(ctx context.Context, next graphql.Resolver) (any, error) {
		mu.Lock()
		defer mu.Unlock()
		return previous(ctx, next)
	}
	return nil
}

// InterceptResponse implements graphql.ResponseInterceptor.
func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	op := graphql.GetOperationContext(ctx).Operation
	open := t.opener(op)
	if open == nil {
		return next(ctx)
	}
	txCtx, tx, err := open(ctx)
	if err != nil {
		return t.internal(ctx, fmt.Errorf("opening the operation's transaction: %w", err))
	}
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			panic(r)
		}
	}()
	rsp := next(txCtx)
	if op.Operation == ast.Query {
		_ = tx.Rollback() // read-only: nothing to keep
		return rsp
	}
	if len(rsp.Errors) > 0 {
		_ = tx.Rollback()
		return &graphql.Response{Errors: rsp.Errors}
	}
	if err := tx.Commit(); err != nil {
		return t.internal(ctx, fmt.Errorf("committing the mutation's transaction: %w", err))
	}
	return rsp
}

func (t transactioner) internal(ctx context.Context, err error) *graphql.Response {
	t.logger.ErrorContext(ctx, "mutation failed", "err", err, "request_id", RequestID(ctx))
	return &graphql.Response{Errors: gqlerror.List{withCode(&gqlerror.Error{}, CodeInternal, "internal error", "")}}
}
