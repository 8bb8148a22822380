package server_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/auditevent"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/server"
	"github.com/kansrijk/brug/internal/viewer"
)

// signinBundle is a Brug service with the tenant "alpha" and two members of
// it, signed in by the app's trusted issuer.
type signinBundle struct {
	app    *brugtest.App
	url    string // the service's base URL
	admin  string // subject of an ADMIN of alpha
	viewer string // subject of a VIEWER of alpha
}

func setupSignin(t *testing.T, dialect string) *signinBundle {
	t.Helper()
	a := brugtest.NewApp(t, dialect, brugtest.Options{})
	brugtest.Tenant(t, a, "alpha")
	b := &signinBundle{app: a, url: brugtest.NewClient(t, a).URL(), admin: "signin-admin", viewer: "signin-viewer"}
	brugtest.Member(t, a, b.admin, b.admin+"@example.org", "alpha", viewer.Admin, "")
	brugtest.Member(t, a, b.viewer, b.viewer+"@example.org", "alpha", viewer.Viewer, "")
	return b
}

// claims returns the claims of a valid token of the trusted issuer for the
// subject, valid for an hour.
func (b *signinBundle) claims(subject string) map[string]any {
	now := time.Now()
	return map[string]any{
		"iss": b.app.Issuer.URL(), "aud": auth.DevAudience, "sub": subject,
		"email": subject + "@example.org", "email_verified": true,
		"iat": now.Unix(), "exp": now.Add(time.Hour).Unix(),
	}
}

// sign signs claims with the trusted issuer's key.
func (b *signinBundle) sign(t *testing.T, claims map[string]any) string {
	t.Helper()
	tok, err := b.app.Issuer.SignRaw(claims)
	require.NoError(t, err)
	return tok
}

// signWith signs claims with any key and algorithm, under the key id kid.
func signWith(t *testing.T, alg jose.SignatureAlgorithm, key any, kid string, claims map[string]any) string {
	t.Helper()
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: alg, Key: key},
		(&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", kid))
	require.NoError(t, err)
	tok, err := jwt.Signed(signer).Claims(claims).Serialize()
	require.NoError(t, err)
	return tok
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	return key
}

// encodeSegment encodes a JWT header or payload.
func encodeSegment(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return base64.RawURLEncoding.EncodeToString(b)
}

// createOrganization posts a createOrganization mutation for tenant alpha
// with the Authorization header set verbatim (none when empty).
func (b *signinBundle) createOrganization(t *testing.T, authorization, name string) reply {
	t.Helper()
	body, err := json.Marshal(map[string]any{
		"query":     `mutation($name: String!) { createOrganization(input: {name: $name, kind: CLB}) { organization { id } } }`,
		"variables": map[string]any{"name": name},
	})
	require.NoError(t, err)
	req, err := http.NewRequest(http.MethodPost, b.url+"/graphql", bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(server.TenantHeader, "alpha")
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	return send(t, req)
}

// writes counts the rows a sign-in or a mutation could write.
type writes struct{ organizations, auditEvents, members, memberships int }

func (b *signinBundle) writes(t *testing.T) writes {
	t.Helper()
	var w writes
	brugtest.System(t, b.app, func(ctx context.Context, c *ent.Client) {
		var err error
		w.organizations, err = c.Organization.Query().Count(ctx)
		require.NoError(t, err)
		w.auditEvents, err = c.AuditEvent.Query().Count(ctx)
		require.NoError(t, err)
		w.members, err = c.Member.Query().Count(ctx)
		require.NoError(t, err)
		w.memberships, err = c.Membership.Query().Count(ctx)
		require.NoError(t, err)
	})
	return w
}

// TestTokenRejection sends a mutation with every kind of bad credential
// through the real handler and requires a 401 with an RFC 6750 challenge, the
// GraphQL code UNAUTHENTICATED, and nothing written.
func TestTokenRejection(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		b := setupSignin(t, dialect)
		untrusted := brugtest.NewIssuer(t)
		before := b.writes(t)
		now := time.Now()

		tests := []struct {
			name string
			// authorization returns the Authorization header to send.
			authorization func(t *testing.T) string
		}{
			{"expired beyond the clock skew", func(t *testing.T) string {
				c := b.claims(b.admin)
				c["iat"], c["exp"] = now.Add(-time.Hour).Unix(), now.Add(-10*time.Minute).Unix()
				return "Bearer " + b.sign(t, c)
			}},
			{"not yet valid beyond the clock skew", func(t *testing.T) string {
				c := b.claims(b.admin)
				c["nbf"] = now.Add(10 * time.Minute).Unix()
				return "Bearer " + b.sign(t, c)
			}},
			{"expired two minutes ago", func(t *testing.T) string {
				c := b.claims(b.admin)
				c["iat"], c["exp"] = now.Add(-time.Hour).Unix(), now.Add(-2*time.Minute).Unix()
				return "Bearer " + b.sign(t, c)
			}},
			{"not valid for two more minutes", func(t *testing.T) string {
				// Within go-oidc's own five-minute leeway: Brug's skew decides.
				c := b.claims(b.admin)
				c["nbf"] = now.Add(2 * time.Minute).Unix()
				return "Bearer " + b.sign(t, c)
			}},
			{"untrusted issuer", func(t *testing.T) string {
				c := b.claims(b.admin)
				c["iss"] = untrusted.URL()
				tok, err := untrusted.SignRaw(c)
				require.NoError(t, err)
				return "Bearer " + tok
			}},
			{"trusted iss signed by an untrusted issuer", func(t *testing.T) string {
				tok, err := untrusted.SignRaw(b.claims(b.admin))
				require.NoError(t, err)
				return "Bearer " + tok
			}},
			{"wrong audience", func(t *testing.T) string {
				c := b.claims(b.admin)
				c["aud"] = "another-client"
				return "Bearer " + b.sign(t, c)
			}},
			{"alg none", func(t *testing.T) string {
				return "Bearer eyJhbGciOiJub25lIn0." + encodeSegment(t, b.claims(b.admin)) + "."
			}},
			{"alg none with the trusted kid", func(t *testing.T) string {
				h := map[string]any{"alg": "none", "typ": "JWT", "kid": b.app.Issuer.KeyID()}
				return "Bearer " + encodeSegment(t, h) + "." + encodeSegment(t, b.claims(b.admin)) + "."
			}},
			{"HS256 keyed with the public key (DER)", func(t *testing.T) string {
				der, err := x509.MarshalPKIXPublicKey(b.app.Issuer.Key().Public())
				require.NoError(t, err)
				return "Bearer " + signWith(t, jose.HS256, der, b.app.Issuer.KeyID(), b.claims(b.admin))
			}},
			{"HS256 keyed with the public key (PEM)", func(t *testing.T) string {
				der, err := x509.MarshalPKIXPublicKey(b.app.Issuer.Key().Public())
				require.NoError(t, err)
				pemKey := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
				return "Bearer " + signWith(t, jose.HS256, pemKey, b.app.Issuer.KeyID(), b.claims(b.admin))
			}},
			{"unknown key id", func(t *testing.T) string {
				return "Bearer " + signWith(t, jose.ES256, newKey(t), "other", b.claims(b.admin))
			}},
			{"foreign key under the trusted key id", func(t *testing.T) string {
				return "Bearer " + signWith(t, jose.ES256, newKey(t), b.app.Issuer.KeyID(), b.claims(b.admin))
			}},
			{"tampered payload", func(t *testing.T) string {
				// A VIEWER's valid token, rewritten to name the ADMIN.
				parts := strings.Split(b.sign(t, b.claims(b.viewer)), ".")
				require.Len(t, parts, 3)
				payload, err := base64.RawURLEncoding.DecodeString(parts[1])
				require.NoError(t, err)
				var c map[string]any
				require.NoError(t, json.Unmarshal(payload, &c))
				c["sub"], c["email"] = b.admin, b.admin+"@example.org"
				parts[1] = encodeSegment(t, c)
				return "Bearer " + strings.Join(parts, ".")
			}},
			{"unknown member", func(t *testing.T) string {
				return "Bearer " + b.sign(t, b.claims("nobody"))
			}},
			{"no subject", func(t *testing.T) string {
				c := b.claims(b.admin)
				delete(c, "sub")
				return "Bearer " + b.sign(t, c)
			}},
			{"no expiry", func(t *testing.T) string {
				c := b.claims(b.admin)
				delete(c, "exp")
				return "Bearer " + b.sign(t, c)
			}},
			{"Basic scheme", func(*testing.T) string { return "Basic xyz" }},
			{"Bearer without a token", func(*testing.T) string { return "Bearer" }},
			{"Bearer with a blank token", func(*testing.T) string { return "Bearer   " }},
			{"Bearer with garbage", func(*testing.T) string { return "Bearer garbage" }},
			{"Bearer with three garbage segments", func(*testing.T) string { return "Bearer a.b.c" }},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				t.Parallel()
				res := b.createOrganization(t, tt.authorization(t), "Ingebroken "+tt.name)
				require.Equal(t, http.StatusUnauthorized, res.status, "%s", res.body)
				challenge := res.header.Get("WWW-Authenticate")
				require.True(t, strings.HasPrefix(challenge, "Bearer"), "challenge %q", challenge)
				require.Contains(t, challenge, `error="invalid_token"`)
				require.Equal(t, server.CodeUnauthenticated, requireErrors(t, res.body), "%s", res.body)
				var out brugtest.Response
				require.NoError(t, json.Unmarshal(res.body, &out))
				require.True(t, len(out.Data) == 0 || string(out.Data) == "null", "no data for a refused token: %s", res.body)
				t.Logf("%s: %d %s: %s", tt.name, res.status, out.Code(), out.Errors[0].Message)
				// The reason is a few fixed words: no audience, algorithm list or clock.
				require.NotRegexp(t, `brug-dev|expected|RS256|Token Expiry| m=[-+0-9]`, string(res.body)+challenge)

				// Rejected cases only run in parallel, so nothing may have changed.
				require.Equal(t, before, b.writes(t), "a refused token must write nothing")
			})
		}
	})
}

// TestNoTokenChallenge: a request without credentials that needs them gets
// a 401 with a Bearer challenge but no error code (RFC 6750 §3.1).
func TestNoTokenChallenge(t *testing.T) {
	t.Parallel()
	b := setupSignin(t, brugtest.SQLite)
	before := b.writes(t)
	res := b.createOrganization(t, "", "Anoniem")
	require.Equal(t, http.StatusUnauthorized, res.status, "%s", res.body)
	challenge := res.header.Get("WWW-Authenticate")
	require.True(t, strings.HasPrefix(challenge, "Bearer"), "challenge %q", challenge)
	require.NotContains(t, challenge, "error=")
	require.Equal(t, server.CodeUnauthenticated, requireErrors(t, res.body), "%s", res.body)
	require.Equal(t, before, b.writes(t))
}

// TestTokenAccepted: a valid token, and tokens just outside their validity
// but within the clock skew, sign in and write, audited as the member.
func TestTokenAccepted(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		b := setupSignin(t, dialect)
		now := time.Now()
		tests := []struct {
			name          string
			authorization func(t *testing.T) string
		}{
			{"valid", func(t *testing.T) string { return "Bearer " + b.sign(t, b.claims(b.admin)) }},
			{"expired within the clock skew", func(t *testing.T) string {
				c := b.claims(b.admin)
				c["iat"], c["exp"] = now.Add(-time.Hour).Unix(), now.Add(-30*time.Second).Unix()
				return "Bearer " + b.sign(t, c)
			}},
			{"not yet valid within the clock skew", func(t *testing.T) string {
				c := b.claims(b.admin)
				c["nbf"] = now.Add(30 * time.Second).Unix()
				return "Bearer " + b.sign(t, c)
			}},
			{"scheme in lower case", func(t *testing.T) string { return "bearer " + b.sign(t, b.claims(b.admin)) }},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				t.Parallel()
				name := "Toegelaten " + tt.name
				res := b.createOrganization(t, tt.authorization(t), name)
				require.Equal(t, http.StatusOK, res.status, "%s", res.body)
				var out brugtest.Response
				require.NoError(t, json.Unmarshal(res.body, &out))
				require.Empty(t, out.Errors, "%s", res.body)
				require.Empty(t, res.header.Get("WWW-Authenticate"))

				brugtest.System(t, b.app, func(ctx context.Context, c *ent.Client) {
					org, err := c.Organization.Query().Where(organization.Name(name)).Only(ctx)
					require.NoError(t, err)
					ev, err := c.AuditEvent.Query().Where(auditevent.EntityID(org.ID)).Only(ctx)
					require.NoError(t, err)
					require.Equal(t, auditevent.ActionCREATE, ev.Action)
					require.Equal(t, b.admin+"@example.org", ev.Actor)
				})
			})
		}
	})
}

// rotatingIssuer is an OIDC issuer whose JWKS can be changed, counting how
// often the JWKS is fetched.
type rotatingIssuer struct {
	url     string
	mu      sync.Mutex
	keys    []jose.JSONWebKey
	fetches atomic.Int32
}

func newRotatingIssuer(t *testing.T) *rotatingIssuer {
	t.Helper()
	ri := &rotatingIssuer{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/openid-configuration", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"issuer": ri.url, "jwks_uri": ri.url + "/jwks",
			"authorization_endpoint": ri.url + "/authorize", "token_endpoint": ri.url + "/token",
			"response_types_supported": []string{"id_token"}, "subject_types_supported": []string{"public"},
			"id_token_signing_alg_values_supported": []string{"ES256"},
		})
	})
	mux.HandleFunc("GET /jwks", func(w http.ResponseWriter, _ *http.Request) {
		ri.fetches.Add(1)
		ri.mu.Lock()
		set := jose.JSONWebKeySet{Keys: ri.keys}
		ri.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(set)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	ri.url = srv.URL
	return ri
}

// serve makes the JWKS hold the public halves of these keys.
func (ri *rotatingIssuer) serve(keys map[string]*ecdsa.PrivateKey) {
	ri.mu.Lock()
	defer ri.mu.Unlock()
	ri.keys = nil
	for kid, k := range keys {
		ri.keys = append(ri.keys, jose.JSONWebKey{Key: &k.PublicKey, KeyID: kid, Algorithm: "ES256", Use: "sig"})
	}
}

// TestKeyRotation: an issuer that starts signing with a new key is followed
// without a restart, because a token with an unknown key id makes go-oidc
// fetch the JWKS again. A key dropped from the JWKS stays trusted until the
// next such fetch.
func TestKeyRotation(t *testing.T) {
	t.Parallel()
	ri := newRotatingIssuer(t)
	const audience = "brug-rotation"
	a := brugtest.NewApp(t, brugtest.SQLite, brugtest.Options{App: app.Config{Auth: app.Auth{
		Issuers: []auth.Issuer{{URL: ri.url, Audience: audience}},
	}}})
	brugtest.Tenant(t, a, "alpha")
	brugtest.System(t, a, func(ctx context.Context, c *ent.Client) {
		m := c.Member.Create().SetIssuer(ri.url).SetSubject("rotated").SetEmail("rotated@example.org").SaveX(ctx)
		alpha := c.Tenant.Query().OnlyX(ctx)
		c.Membership.Create().SetTenantID(alpha.ID).SetMemberID(m.ID).SetRole(viewer.Admin).ExecX(ctx)
	})
	client := brugtest.NewClient(t, a)
	keyA, keyB, keyC := newKey(t), newKey(t), newKey(t)
	token := func(key *ecdsa.PrivateKey, kid string) string {
		now := time.Now()
		return signWith(t, jose.ES256, key, kid, map[string]any{
			"iss": ri.url, "aud": audience, "sub": "rotated", "email": "rotated@example.org",
			"iat": now.Unix(), "exp": now.Add(time.Hour).Unix(),
		})
	}
	me := func(tok string) *brugtest.Response {
		return client.WithToken("alpha", tok).Query(`{ me { role } }`, nil)
	}
	accepted := func(tok string) {
		t.Helper()
		res := me(tok)
		require.Equal(t, http.StatusOK, res.Status, "%s", res.Raw)
		require.Empty(t, res.Errors, "%s", res.Raw)
		require.JSONEq(t, `{"me": {"role": "ADMIN"}}`, string(res.Data))
	}
	refused := func(tok string) {
		t.Helper()
		res := me(tok)
		require.Equal(t, http.StatusUnauthorized, res.Status, "%s", res.Raw)
		require.Equal(t, server.CodeUnauthenticated, res.Code(), "%s", res.Raw)
	}

	// Only key A is published.
	ri.serve(map[string]*ecdsa.PrivateKey{"a": keyA})
	accepted(token(keyA, "a"))
	require.EqualValues(t, 1, ri.fetches.Load())

	// The issuer publishes B next to A and signs with B: the first token
	// with kid B makes Brug fetch the JWKS again, and is accepted.
	ri.serve(map[string]*ecdsa.PrivateKey{"a": keyA, "b": keyB})
	accepted(token(keyB, "b"))
	require.EqualValues(t, 2, ri.fetches.Load())
	accepted(token(keyA, "a"))
	require.EqualValues(t, 2, ri.fetches.Load(), "known key ids are verified from the cache")

	// The issuer drops A. Brug does not know until something makes it
	// fetch again: A is still accepted from the cache.
	ri.serve(map[string]*ecdsa.PrivateKey{"b": keyB})
	accepted(token(keyA, "a"))
	require.EqualValues(t, 2, ri.fetches.Load())

	// A token with a key id nobody publishes is refused after a fetch ...
	refused(token(keyC, "c"))
	require.EqualValues(t, 3, ri.fetches.Load())
	// ... which also dropped A: A is now refused (after one more fetch), B works.
	refused(token(keyA, "a"))
	require.EqualValues(t, 4, ri.fetches.Load())
	accepted(token(keyB, "b"))
	require.EqualValues(t, 4, ri.fetches.Load())
}
