// Package auth signs people in: it verifies OIDC bearer tokens from the
// identity providers a deployment trusts (Microsoft Entra ID, the Flemish
// government's ACM/IDM, Keycloak, ...) and, in development mode, runs a small
// issuer of its own so that a token can be had without any provider.
//
// Verification is go-oidc's: discovery and the JWKS are fetched and cached
// per issuer (an unknown key id triggers a refresh), only asymmetric
// algorithms are accepted, and iss, aud, exp and nbf are checked. go-oidc
// gives exp no leeway of its own and nbf a fixed five minutes; Verifier
// applies one configurable clock skew to both. Which member and memberships
// a verified identity maps to is decided elsewhere (package member).
package auth

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
)

// ErrInvalidToken is returned (wrapped, with the reason) for every token
// that does not verify. Callers answer it with 401 and UNAUTHENTICATED.
var ErrInvalidToken = errors.New("invalid token")

// InvalidTokenError says, in a few fixed words safe to return to the
// client, why a token was refused; Err keeps the verifier's detail for the
// log.
type InvalidTokenError struct {
	Reason string
	Err    error
}

// Error implements error with the client-safe reason.
func (e *InvalidTokenError) Error() string { return ErrInvalidToken.Error() + ": " + e.Reason }

// Unwrap makes errors.Is(err, ErrInvalidToken) hold; the detail stays in Err.
func (e *InvalidTokenError) Unwrap() error { return ErrInvalidToken }

// reason classifies go-oidc's verification errors without echoing them.
func reason(err error) string {
	var expired *oidc.TokenExpiredError
	msg := err.Error()
	switch {
	case errors.As(err, &expired):
		return "expired"
	case strings.Contains(msg, "nbf"):
		return "not yet valid"
	case strings.Contains(msg, "audience"):
		return "issued for another audience"
	case strings.Contains(msg, "signature algorithm"):
		return "unsupported signature algorithm"
	case strings.Contains(msg, "signature"):
		return "bad signature"
	case strings.Contains(msg, "issuer"):
		return "wrong issuer"
	}
	return "malformed"
}

// Algorithms are the signature algorithms Brug accepts: asymmetric only, so
// that a public key can never be used as an HMAC secret.
var Algorithms = []string{
	oidc.RS256, oidc.RS384, oidc.RS512,
	oidc.ES256, oidc.ES384, oidc.ES512,
	oidc.PS256, oidc.PS384, oidc.PS512,
	oidc.EdDSA,
}

// Issuer is one trusted identity provider.
type Issuer struct {
	// URL is the issuer identifier, exactly as in the tokens' iss claim.
	URL string `json:"issuer"`
	// Audience is the client id the tokens must be issued for (aud).
	Audience string `json:"audience"`
	// EmailClaim names the claim with the person's email; default "email".
	EmailClaim string `json:"emailClaim,omitempty"`
	// NameClaim names the claim with the display name; default "name".
	NameClaim string `json:"nameClaim,omitempty"`
	// KeySet, if set, replaces discovery and the remote JWKS (used for the
	// built-in development issuer).
	KeySet oidc.KeySet `json:"-"`
}

// Identity is what a verified token says about its bearer.
type Identity struct {
	Issuer        string
	Subject       string
	Email         string
	EmailVerified bool
	Name          string
}

// Config configures a Verifier.
type Config struct {
	// Issuers are the trusted identity providers.
	Issuers []Issuer
	// ClockSkew is the leeway on exp and nbf; default DefaultClockSkew.
	ClockSkew time.Duration
	// Now is the clock; default time.Now.
	Now func() time.Time
	// HTTPClient fetches discovery documents and key sets; default http.DefaultClient.
	HTTPClient *http.Client
}

// DefaultClockSkew is the leeway on exp and nbf when none is configured.
const DefaultClockSkew = time.Minute

// Verifier verifies bearer tokens against the trusted issuers.
type Verifier struct {
	cfg     Config
	mu      sync.Mutex
	issuers map[string]*issuer
}

type issuer struct {
	Issuer
	verifier *oidc.IDTokenVerifier // nil until discovery succeeded
}

// NewVerifier returns a Verifier. Discovery happens lazily, on the first
// token of each issuer, so that an identity provider that is down at start
// does not stop Brug; a failed discovery is retried on the next token.
func NewVerifier(cfg Config) *Verifier {
	if cfg.ClockSkew == 0 {
		cfg.ClockSkew = DefaultClockSkew
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = http.DefaultClient
	}
	v := &Verifier{cfg: cfg, issuers: map[string]*issuer{}}
	for _, is := range cfg.Issuers {
		if is.EmailClaim == "" {
			is.EmailClaim = "email"
		}
		if is.NameClaim == "" {
			is.NameClaim = "name"
		}
		v.issuers[is.URL] = &issuer{Issuer: is}
	}
	return v
}

// Enabled reports whether any issuer is trusted.
func (v *Verifier) Enabled() bool { return len(v.issuers) > 0 }

// Verify checks a raw bearer token and returns its bearer's identity.
func (v *Verifier) Verify(ctx context.Context, raw string) (*Identity, error) {
	iss, err := unverifiedIssuer(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidToken, err)
	}
	is, ok := v.issuers[iss]
	if !ok {
		return nil, fmt.Errorf("%w: untrusted issuer %q", ErrInvalidToken, iss)
	}
	verifier, err := v.verifier(ctx, is)
	if err != nil {
		return nil, err
	}
	tok, err := verifier.Verify(ctx, raw)
	if err != nil {
		return nil, &InvalidTokenError{Reason: reason(err), Err: err}
	}
	var claims map[string]any
	if err := tok.Claims(&claims); err != nil {
		return nil, fmt.Errorf("%w: reading claims: %v", ErrInvalidToken, err)
	}
	if nbf, ok := claims["nbf"].(float64); ok {
		if v.cfg.Now().Add(v.cfg.ClockSkew).Before(time.Unix(int64(nbf), 0)) {
			return nil, &InvalidTokenError{Reason: "not yet valid", Err: fmt.Errorf("nbf %s", time.Unix(int64(nbf), 0).UTC())}
		}
	}
	id := &Identity{Issuer: tok.Issuer, Subject: tok.Subject}
	id.Email, _ = claims[is.EmailClaim].(string)
	id.Name, _ = claims[is.NameClaim].(string)
	switch ev := claims["email_verified"].(type) {
	case bool:
		id.EmailVerified = ev
	case string:
		id.EmailVerified = ev == "true"
	}
	if id.Subject == "" {
		return nil, fmt.Errorf("%w: no subject", ErrInvalidToken)
	}
	return id, nil
}

// verifier returns the issuer's go-oidc verifier, discovering it on first use.
func (v *Verifier) verifier(ctx context.Context, is *issuer) (*oidc.IDTokenVerifier, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if is.verifier != nil {
		return is.verifier, nil
	}
	config := &oidc.Config{
		ClientID:             is.Audience,
		SupportedSigningAlgs: Algorithms,
		// go-oidc checks exp against Now without leeway: shift its clock back.
		Now: func() time.Time { return v.cfg.Now().Add(-v.cfg.ClockSkew) },
	}
	if is.KeySet != nil {
		is.verifier = oidc.NewVerifier(is.URL, is.KeySet, config)
		return is.verifier, nil
	}
	// The key set keeps this context for its later refreshes, so it must
	// outlive the request; it carries only the HTTP client.
	pctx := oidc.ClientContext(context.WithoutCancel(ctx), v.cfg.HTTPClient)
	provider, err := oidc.NewProvider(pctx, is.URL)
	if err != nil {
		return nil, fmt.Errorf("discovering issuer %s: %w", is.URL, err)
	}
	is.verifier = provider.VerifierContext(pctx, config)
	return is.verifier, nil
}

// unverifiedIssuer reads the iss claim of a JWT without verifying it, only
// to pick the verifier that will then check everything, iss included.
func unverifiedIssuer(raw string) (string, error) {
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return "", errors.New("not a JWT")
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return "", errors.New("malformed payload")
	}
	var c struct {
		Iss string `json:"iss"`
	}
	if err := json.Unmarshal(payload, &c); err != nil {
		return "", errors.New("malformed claims")
	}
	return c.Iss, nil
}
