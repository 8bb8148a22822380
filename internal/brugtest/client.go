package brugtest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"
)

// Client sends GraphQL requests over real HTTP to a test server.
type Client struct {
	t   testing.TB
	url string
	// Tenant is sent as the Brug-Tenant header when not empty.
	Tenant string
}

// NewClient serves h on a loopback test server for the test's lifetime and
// returns a client for it.
func NewClient(t testing.TB, h http.Handler) *Client {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &Client{t: t, url: srv.URL}
}

// As returns a copy of the client that acts for the tenant with this slug.
func (c *Client) As(tenant string) *Client {
	cp := *c
	cp.Tenant = tenant
	return &cp
}

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
