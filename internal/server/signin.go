package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/member"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

// CodeUnauthenticated is the code of a call that needs a valid token.
const CodeUnauthenticated = "UNAUTHENTICATED"

// SignIn is what the front needs to sign callers in.
type SignIn struct {
	// Verifier checks bearer tokens.
	Verifier *auth.Verifier
	// Members maps verified identities to members.
	Members *member.Service
	// Dev, in development mode, is served at /dev/oidc.
	Dev *auth.DevIssuer
}

// authenticator puts the request's caller and tenant in its context.
type authenticator struct {
	SignIn
	tenants *tenantResolver
}

// middleware signs the caller in from the bearer token, if any, and selects
// the tenant from the Brug-Tenant header (or the member's only membership).
// An invalid token is refused at once with 401; a request without a token
// goes on as anonymous, and whatever in it needs a token answers
// UNAUTHENTICATED, which turns the response into a 401 as well.
func (a *authenticator) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		var tn tenantInfo
		if slug := r.Header.Get(TenantHeader); slug != "" {
			var err error
			tn, err = a.tenants.lookup(ctx, slug)
			switch {
			case ent.IsNotFound(err):
				sendError(w, http.StatusNotFound, CodeNotFound, fmt.Sprintf("no municipality with slug %q", slug))
				return
			case err != nil:
				a.tenants.logger.ErrorContext(ctx, "tenant lookup failed", "err", err, "request_id", RequestID(ctx))
				sendError(w, http.StatusInternalServerError, CodeInternal, "internal error")
				return
			}
		}
		raw, present := bearerToken(r)
		if !present {
			c := &viewer.Caller{PublicDirectory: tn.publicDirectory}
			if tn.id != "" {
				ctx = tenancy.WithTenant(ctx, tn.id)
			}
			a.serve(next, w, r.WithContext(viewer.With(ctx, c)))
			return
		}
		if raw == "" {
			unauthorized(w, "the Authorization header must be \"Bearer <token>\"")
			return
		}
		id, err := a.Verifier.Verify(ctx, raw)
		if errors.Is(err, auth.ErrInvalidToken) {
			var detail *auth.InvalidTokenError
			if errors.As(err, &detail) {
				a.tenants.logger.InfoContext(ctx, "token refused", "reason", detail.Reason, "err", detail.Err, "request_id", RequestID(ctx))
			}
			unauthorized(w, err.Error())
			return
		}
		if err != nil {
			a.tenants.logger.ErrorContext(ctx, "verifying token", "err", err, "request_id", RequestID(ctx))
			sendError(w, http.StatusServiceUnavailable, CodeInternal, "the identity provider cannot be reached")
			return
		}
		sess, err := a.Members.SignIn(ctx, id)
		if errors.Is(err, member.ErrUnknownMember) {
			unauthorized(w, err.Error())
			return
		}
		if err != nil {
			a.tenants.logger.ErrorContext(ctx, "signing in", "err", err, "request_id", RequestID(ctx))
			sendError(w, http.StatusInternalServerError, CodeInternal, "internal error")
			return
		}
		c, tid, err := sess.Caller(tn.id)
		if errors.Is(err, member.ErrNotMember) {
			sendError(w, http.StatusForbidden, CodeForbidden, err.Error())
			return
		}
		if tid != "" {
			ctx = tenancy.WithTenant(ctx, tid)
			if tid == tn.id {
				ctx = tenancy.WithRegionMates(ctx, tn.regionMates)
			}
		}
		a.serve(next, w, r.WithContext(viewer.With(ctx, c)))
	})
}

// bearerToken returns the request's bearer token; present reports whether
// an Authorization header was sent at all.
func bearerToken(r *http.Request) (token string, present bool) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return "", false
	}
	scheme, tok, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", true
	}
	return strings.TrimSpace(tok), true
}

// unauthorized answers 401 with an RFC 6750 challenge and a GraphQL error.
func unauthorized(w http.ResponseWriter, reason string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="brug", error="invalid_token", error_description=`+quote(reason))
	sendError(w, http.StatusUnauthorized, CodeUnauthenticated, "sign-in failed: "+reason)
}

func quote(s string) string {
	return `"` + strings.NewReplacer(`"`, `'`, `\`, `/`, "\r", " ", "\n", " ").Replace(s) + `"`
}

type challengeKey struct{}

// markUnauthenticated records that the response carries UNAUTHENTICATED, so
// that it is sent with status 401.
func markUnauthenticated(ctx context.Context) {
	if f, ok := ctx.Value(challengeKey{}).(*atomic.Bool); ok {
		f.Store(true)
	}
}

// serve runs next with a response writer that turns a response carrying
// UNAUTHENTICATED into a 401 with a Bearer challenge.
func (a *authenticator) serve(next http.Handler, w http.ResponseWriter, r *http.Request) {
	flag := new(atomic.Bool)
	next.ServeHTTP(&challengeWriter{ResponseWriter: w, flag: flag}, r.WithContext(context.WithValue(r.Context(), challengeKey{}, flag)))
}

type challengeWriter struct {
	http.ResponseWriter
	flag        *atomic.Bool
	wroteHeader bool
}

func (c *challengeWriter) WriteHeader(code int) {
	if c.wroteHeader {
		return
	}
	c.wroteHeader = true
	if c.flag.Load() {
		c.Header().Set("WWW-Authenticate", `Bearer realm="brug"`)
		code = http.StatusUnauthorized
	}
	c.ResponseWriter.WriteHeader(code)
}

func (c *challengeWriter) Write(b []byte) (int, error) {
	if !c.wroteHeader {
		c.WriteHeader(http.StatusOK)
	}
	return c.ResponseWriter.Write(b)
}
