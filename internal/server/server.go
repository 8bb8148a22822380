package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/playground"

	"github.com/kansrijk/brug/internal/store"
)

// Config tunes the HTTP front.
type Config struct {
	// Dev enables development conveniences: the GraphQL IDE at /,
	// introspection and field suggestions.
	Dev bool
	// Introspection allows schema introspection even outside dev mode.
	Introspection bool
	// MaxBodyBytes limits a GraphQL request body; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// ComplexityLimit caps a query's computed complexity; 0 means DefaultComplexityLimit.
	ComplexityLimit int
	// DepthLimit caps a query's selection depth; 0 means DefaultDepthLimit.
	DepthLimit int
	// TokenLimit caps the tokens the parser reads; 0 means DefaultTokenLimit.
	TokenLimit int
	// Logger receives request errors; nil means slog.Default().
	Logger *slog.Logger
}

// Defaults for Config's zero values.
const (
	DefaultMaxBodyBytes    = 1 << 20
	DefaultComplexityLimit = 5000
	DefaultDepthLimit      = 10
	DefaultTokenLimit      = 15000
)

func (c *Config) defaults() {
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.ComplexityLimit == 0 {
		c.ComplexityLimit = DefaultComplexityLimit
	}
	if c.DepthLimit == 0 {
		c.DepthLimit = DefaultDepthLimit
	}
	if c.TokenLimit == 0 {
		c.TokenLimit = DefaultTokenLimit
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// New returns Brug's HTTP handler over the given store and schema, signing
// callers in with signIn.
func New(st *store.Store, schema graphql.ExecutableSchema, signIn SignIn, cfg Config) http.Handler {
	cfg.defaults()
	mux := http.NewServeMux()
	authn := &authenticator{SignIn: signIn, tenants: newTenantResolver(st, cfg.Logger)}
	gql := newGraphQL(st, schema, cfg)
	mux.Handle("/graphql", requestID(limitBody(cfg.MaxBodyBytes, authn.middleware(gql))))
	if signIn.Dev != nil {
		mux.Handle("/dev/oidc/", http.StripPrefix("/dev/oidc", signIn.Dev.Handler()))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeStatus(w, http.StatusOK, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := st.Ready(ctx); err != nil {
			cfg.Logger.Warn("not ready", "err", err)
			writeStatus(w, http.StatusServiceUnavailable, "not ready")
			return
		}
		writeStatus(w, http.StatusOK, "ready")
	})
	if cfg.Dev {
		mux.Handle("GET /{$}", playground.Handler("Brug", "/graphql"))
	}
	return mux
}

func writeStatus(w http.ResponseWriter, code int, status string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"status": status})
}
