package auth

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

// DevAudience is the audience of development tokens.
const DevAudience = "brug-dev"

// DevIssuer is Brug's own OIDC issuer for development mode and tests: an
// ES256 key, a discovery document and a JWKS, and real signatures. It is
// never trusted outside development mode.
type DevIssuer struct {
	url string
	key *ecdsa.PrivateKey
	kid string
}

// NewDevIssuer returns an issuer at url with a fresh key.
func NewDevIssuer(url string) (*DevIssuer, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generating development key: %w", err)
	}
	return newDevIssuer(url, key)
}

// LoadDevIssuer returns an issuer at url whose key is kept in path (PEM),
// creating the key on first use, so that tokens survive restarts.
func LoadDevIssuer(url, path string) (*DevIssuer, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		d, err := NewDevIssuer(url)
		if err != nil {
			return nil, err
		}
		der, err := x509.MarshalECPrivateKey(d.key)
		if err != nil {
			return nil, fmt.Errorf("encoding development key: %w", err)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			return nil, fmt.Errorf("saving development key: %w", err)
		}
		if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der}), 0o600); err != nil {
			return nil, fmt.Errorf("saving development key: %w", err)
		}
		return d, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading development key: %w", err)
	}
	block, _ := pem.Decode(b)
	if block == nil {
		return nil, fmt.Errorf("development key %s is not PEM", path)
	}
	key, err := x509.ParseECPrivateKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("parsing development key: %w", err)
	}
	return newDevIssuer(url, key)
}

func newDevIssuer(url string, key *ecdsa.PrivateKey) (*DevIssuer, error) {
	der, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("encoding development key: %w", err)
	}
	sum := sha256.Sum256(der)
	return &DevIssuer{url: url, key: key, kid: base64.RawURLEncoding.EncodeToString(sum[:8])}, nil
}

// URL is the issuer identifier (iss).
func (d *DevIssuer) URL() string { return d.url }

// Key returns the signing key, for tests that forge tokens deliberately.
func (d *DevIssuer) Key() crypto.Signer { return d.key }

// KeyID returns the key id in the JWKS.
func (d *DevIssuer) KeyID() string { return d.kid }

// Issuer returns the trusted-issuer entry that verifies this issuer's tokens
// with its own key, without fetching anything.
func (d *DevIssuer) Issuer() Issuer {
	return Issuer{URL: d.url, Audience: DevAudience, KeySet: &oidc.StaticKeySet{PublicKeys: []crypto.PublicKey{&d.key.PublicKey}}}
}

// Claims describe a development token.
type Claims struct {
	Subject string
	Email   string
	Name    string
	// TTL is the token's lifetime; 0 means 12 hours.
	TTL time.Duration
}

// Sign returns a signed ID token for the claims.
func (d *DevIssuer) Sign(c Claims) (string, error) {
	now := time.Now()
	ttl := c.TTL
	if ttl == 0 {
		ttl = 12 * time.Hour
	}
	return d.SignRaw(map[string]any{
		"iss":            d.url,
		"aud":            DevAudience,
		"sub":            c.Subject,
		"email":          c.Email,
		"email_verified": true,
		"name":           c.Name,
		"iat":            now.Unix(),
		"nbf":            now.Unix(),
		"exp":            now.Add(ttl).Unix(),
	})
}

// SignRaw signs arbitrary claims with the issuer's key.
func (d *DevIssuer) SignRaw(claims map[string]any) (string, error) {
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.ES256, Key: d.key},
		(&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", d.kid))
	if err != nil {
		return "", fmt.Errorf("creating signer: %w", err)
	}
	tok, err := jwt.Signed(signer).Claims(claims).Serialize()
	if err != nil {
		return "", fmt.Errorf("signing token: %w", err)
	}
	return tok, nil
}

// Handler serves the issuer's discovery document and JWKS below its URL's path:
// /.well-known/openid-configuration and /jwks.
func (d *DevIssuer) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/openid-configuration", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, map[string]any{
			"issuer":                                d.url,
			"jwks_uri":                              d.url + "/jwks",
			"authorization_endpoint":                d.url + "/authorize",
			"token_endpoint":                        d.url + "/token",
			"response_types_supported":              []string{"id_token"},
			"subject_types_supported":               []string{"public"},
			"id_token_signing_alg_values_supported": []string{"ES256"},
		})
	})
	mux.HandleFunc("GET /jwks", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &d.key.PublicKey, KeyID: d.kid, Algorithm: "ES256", Use: "sig"}}})
	})
	return mux
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
