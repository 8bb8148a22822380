package brugtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	entmember "github.com/kansrijk/brug/ent/member"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/viewer"
)

// Client sends GraphQL requests over real HTTP to a test server.
type Client struct {
	t   testing.TB
	url string
	app *App
	// Tenant is sent as the Brug-Tenant header when not empty.
	Tenant string
	// Token is sent as a bearer token when not empty.
	Token string
	// Email is the signed-in member's email, as the audit trail names them.
	Email string
}

// NewClient serves the app on a loopback test server for the test's
// lifetime and returns an anonymous client for it.
func NewClient(t testing.TB, a *App) *Client {
	t.Helper()
	srv := httptest.NewServer(a.Handler)
	t.Cleanup(srv.Close)
	return &Client{t: t, url: srv.URL, app: a}
}

// As returns a copy of the client signed in as an ADMIN of the tenant with
// this slug.
func (c *Client) As(tenant string) *Client { return c.AsRole(tenant, viewer.Admin, "") }

// AsRole returns a copy of the client signed in, with a token of the app's
// issuer, as a member with the role in the tenant (bound to the
// organisation for EDITOR, SCHOOL and PROVIDER). The member is created on
// first use.
func (c *Client) AsRole(tenant string, role viewer.Role, organizationID string) *Client {
	c.t.Helper()
	subject := strings.ToLower(fmt.Sprintf("%s-%s-%s", tenant, role, organizationID))
	email := strings.TrimSuffix(subject, "-") + "@members.brug.test"
	Member(c.t, c.app, subject, email, tenant, role, organizationID)
	tok, err := c.app.Issuer.Sign(auth.Claims{Subject: subject, Email: email, Name: subject})
	require.NoError(c.t, err)
	cp := c.WithToken(tenant, tok)
	cp.Email = email
	return cp
}

// AsOperator returns a copy of the client signed in as a platform operator
// without any membership, naming no tenant.
func (c *Client) AsOperator() *Client {
	c.t.Helper()
	const subject, email = "operator", "operator@platform.brug.test"
	System(c.t, c.app, func(ctx context.Context, client *ent.Client) {
		exists, err := client.Member.Query().Where(entmember.Issuer(c.app.Issuer.URL()), entmember.Subject(subject)).Exist(ctx)
		require.NoError(c.t, err)
		if !exists {
			require.NoError(c.t, client.Member.Create().SetIssuer(c.app.Issuer.URL()).SetSubject(subject).
				SetEmail(email).SetOperator(true).Exec(ctx))
		}
	})
	tok, err := c.app.Issuer.Sign(auth.Claims{Subject: subject, Email: email, Name: "Operator"})
	require.NoError(c.t, err)
	cp := c.WithToken("", tok)
	cp.Email = email
	return cp
}

// WithToken returns a copy of the client that sends this bearer token (and
// the tenant header, if tenant is not empty).
func (c *Client) WithToken(tenant, token string) *Client {
	cp := *c
	cp.Tenant = tenant
	cp.Token = token
	return &cp
}

// Anonymous returns a copy of the client without a token, naming the tenant.
func (c *Client) Anonymous(tenant string) *Client { return c.WithToken(tenant, "") }

// URL returns the server's base URL.
func (c *Client) URL() string { return c.url }

// Error is one GraphQL error of a response.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Response is a decoded GraphQL response with its HTTP status.
type Response struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
	Raw    []byte
}

// Code returns the extensions.code of the first error, or "".
func (r *Response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code
}

// Field returns the extensions.field of the first error, or "".
func (r *Response) Field() string {
	if len(r.Errors) == 0 {
		return ""
	}
	f, _ := r.Errors[0].Extensions["field"].(string)
	return f
}

// Query posts a query with variables and fails the test on a transport error.
func (c *Client) Query(query string, vars map[string]any) *Response {
	c.t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	require.NoError(c.t, err)
	return c.Post("application/json", body)
}

// Post sends a raw body to /graphql.
func (c *Client) Post(contentType string, body []byte) *Response {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodPost, c.url+"/graphql", bytes.NewReader(body))
	require.NoError(c.t, err)
	req.Header.Set("Content-Type", contentType)
	return c.Do(req)
}

// Do sends a request, adding the tenant header, and decodes the response.
func (c *Client) Do(req *http.Request) *Response {
	c.t.Helper()
	if c.Tenant != "" {
		req.Header.Set("Brug-Tenant", c.Tenant)
	}
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(c.t, err)
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	require.NoError(c.t, err)
	out := &Response{Status: res.StatusCode, Raw: raw}
	if len(raw) > 0 {
		require.NoError(c.t, json.Unmarshal(raw, out), "response is not JSON: %s", raw)
	}
	return out
}

// MustQuery posts a query, requires it to succeed without errors, and
// decodes its data into v (if not nil).
func (c *Client) MustQuery(query string, vars map[string]any, v any) {
	c.t.Helper()
	res := c.Query(query, vars)
	require.Empty(c.t, res.Errors, "query failed: %s", res.Raw)
	require.Equal(c.t, http.StatusOK, res.Status, "status: %s", res.Raw)
	if v != nil {
		require.NoError(c.t, json.Unmarshal(res.Data, v))
	}
}
