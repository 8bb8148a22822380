package server_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/server"
)

// testBundle is a Brug service on SQLite with the tenant "alpha".
type testBundle struct {
	app   *brugtest.App
	anon  *brugtest.Client // no tenant
	alpha *brugtest.Client // tenant "alpha"
	logs  *syncBuffer      // everything the service logged
}

func setup(t *testing.T, cfg server.Config) *testBundle {
	t.Helper()
	logs := &syncBuffer{}
	a := brugtest.NewApp(t, brugtest.SQLite, brugtest.Options{App: app.Config{
		Server: cfg,
		Logger: slog.New(slog.NewJSONHandler(logs, nil)),
	}})
	brugtest.Tenant(t, a, "alpha")
	c := brugtest.NewClient(t, a)
	// alpha is the one client that reads and writes the tenant's data.
	return &testBundle{app: a, anon: c, alpha: c.As("alpha"), logs: logs}
}

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// reply is a raw HTTP response from the service.
type reply struct {
	status int
	header http.Header
	body   []byte
}

// send performs req and reads the whole response.
func send(t *testing.T, req *http.Request) reply {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return reply{status: res.StatusCode, header: res.Header, body: body}
}

// requireErrors requires a JSON body with a non-empty errors array and
// returns the first error's extensions.code ("" when it has none).
func requireErrors(t *testing.T, body []byte) string {
	t.Helper()
	var out brugtest.Response
	require.NoError(t, json.Unmarshal(body, &out), "body is not JSON: %.300s", body)
	require.NotEmpty(t, out.Errors, "no errors in %.300s", body)
	for _, e := range out.Errors {
		require.NotEmpty(t, e.Message, "error without a message in %.300s", body)
	}
	return out.Code()
}

// nested returns a query whose selections nest exactly depth levels deep
// (depth ≥ 4): organizations → edges → node → locations → organization → ... → id.
func nested(depth int) string {
	fields := []string{"organizations(first: 1)", "edges", "node"}
	for i := 0; len(fields) < depth-1; i++ {
		fields = append(fields, []string{"locations", "organization"}[i%2])
	}
	var b strings.Builder
	b.WriteString("{ ")
	for _, f := range fields {
		b.WriteString(f + " { ")
	}
	b.WriteString("id")
	b.WriteString(strings.Repeat(" }", len(fields)))
	b.WriteString(" }")
	return b.String()
}

func TestDepthLimit(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{})
	limit := server.DefaultDepthLimit

	deepFragments := `
		query { organizations(first: 1) { edges { node { ...L } } } }
		fragment L on Organization { locations { organization { ... on Organization { ...S } } } }
		fragment S on Organization { services { organization { locations { organization { services { organization { id } } } } } } }`

	tests := []struct {
		name    string
		query   string
		refused bool
	}{
		{name: "at the limit", query: nested(limit)},
		{name: "one over the limit", query: nested(limit + 1), refused: true},
		{name: "far over the limit", query: nested(60), refused: true},
		{name: "through fragments", query: deepFragments, refused: true},
		{name: "typename does not count", query: strings.Replace(nested(limit), "id", "id __typename", 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := tb.alpha.Query(tt.query, nil)
			if !tt.refused {
				require.Equal(t, http.StatusOK, res.Status, "%s", res.Raw)
				require.Empty(t, res.Errors, "%s", res.Raw)
				require.JSONEq(t, `{"organizations":{"edges":[]}}`, string(res.Data))
				return
			}
			require.GreaterOrEqual(t, res.Status, 400, "%s", res.Raw)
			require.Less(t, res.Status, 500, "%s", res.Raw)
			require.Equal(t, server.CodeDepthLimit, res.Code(), "%s", res.Raw)
			require.Contains(t, res.Errors[0].Message, fmt.Sprintf("limit of %d", limit))
			require.True(t, len(res.Data) == 0 || string(res.Data) == "null", "refused before execution: %s", res.Raw)
		})
	}
}

// introspectionQuery is graphql-js's getIntrospectionQuery with every option
// on, as GraphiQL and code generators send it; TypeRef nests ofType deeply.
const introspectionQuery = `
query IntrospectionQuery {
  __schema {
    description
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives {
      name
      description
      isRepeatable
      locations
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}
fragment FullType on __Type {
  kind
  name
  description
  specifiedByURL
  fields(includeDeprecated: true) {
    name
    description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated
    deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) {
    name
    description
    isDeprecated
    deprecationReason
  }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue {
  name
  description
  type { ...TypeRef }
  defaultValue
  isDeprecated
  deprecationReason
}
fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType { kind name }
              }
            }
          }
        }
      }
    }
  }
}`

func TestIntrospectionInDevMode(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{Dev: true})

	t.Run("full standard query", func(t *testing.T) {
		t.Parallel()
		var out struct {
			Schema struct {
				QueryType struct{ Name string }
				Types     []struct{ Name string }
			} `json:"__schema"`
		}
		tb.anon.MustQuery(introspectionQuery, nil, &out)
		require.Equal(t, "Query", out.Schema.QueryType.Name)
		var names []string
		for _, typ := range out.Schema.Types {
			names = append(names, typ.Name)
		}
		require.Contains(t, names, "Organization")
		require.Contains(t, names, "OrganizationConnection")
	})

	// Introspection is exempt from the depth limit, but __Type's lists may
	// not nest into each other: each level multiplies the response.
	t.Run("fan-out through types is refused", func(t *testing.T) {
		t.Parallel()
		res := tb.anon.Query(`{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`, nil)
		require.Equal(t, "GRAPHQL_VALIDATION_FAILED", requireErrors(t, res.Raw), "%s", res.Raw)
		require.Contains(t, res.Errors[0].Message, "introspection depth")
		require.GreaterOrEqual(t, res.Status, 400)
		require.Less(t, res.Status, 500)
	})
}

// orgFields returns n aliased scalar selections of an organisation: a
// selection of complexity n.
func orgFields(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "f%d: name ", i)
	}
	return b.String()
}

func TestComplexityLimit(t *testing.T) {
	t.Parallel()
	// A node below organizations costs 2 + its selections (edges, node), so
	// a page of p nodes with n fields costs 1 + p*(n+2).
	tests := []struct {
		name    string
		limit   int // ComplexityLimit; 0 for the default
		query   string
		vars    map[string]any
		refused bool
	}{
		{name: "small page passes", query: "{ organizations(first: 10) { edges { node { " + orgFields(70) + "} } } }"},
		{name: "full page passes below the limit", query: "{ organizations(first: 100) { edges { node { " + orgFields(40) + "} } } }"},
		// 1 + 100*72 = 7201 > 5000, but 1 + 50*72 = 3601 would pass if
		// first: 100 were weighed as a default page.
		{name: "first 100", query: "{ organizations(first: 100) { edges { node { " + orgFields(70) + "} } } }", refused: true},
		{name: "last 100", query: "{ organizations(last: 100) { edges { node { " + orgFields(70) + "} } } }", refused: true},
		{
			name:  "first 100 as a variable",
			query: "query($n: Int) { organizations(first: $n) { edges { node { " + orgFields(70) + "} } } }",
			vars:  map[string]any{"n": 100}, refused: true,
		},
		// Without first or last the page is DefaultPageSize: 1 + 50*122 = 6101.
		{name: "default page", query: "{ organizations { edges { node { " + orgFields(120) + "} } } }", refused: true},
		{name: "aliases add up", query: "{ a: organizations(first: 60) { edges { node { " + orgFields(40) + "} } } b: organizations(first: 60) { edges { node { " + orgFields(40) + "} } } }", refused: true},
		{name: "small limit passes", limit: 10, query: "{ organizations(first: 5) { totalCount } }"},
		{name: "small limit refuses", limit: 10, query: "{ organizations(first: 20) { totalCount } }", refused: true},
	}
	bundles := map[int]*testBundle{0: setup(t, server.Config{}), 10: setup(t, server.Config{ComplexityLimit: 10})}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := bundles[tt.limit].alpha.Query(tt.query, tt.vars)
			if !tt.refused {
				require.Equal(t, http.StatusOK, res.Status, "%s", res.Raw)
				require.Empty(t, res.Errors, "%s", res.Raw)
				return
			}
			require.Equal(t, server.CodeComplexityLimit, requireErrors(t, res.Raw), "%s", res.Raw)
			require.NotEqual(t, server.CodeDepthLimit, res.Code())
			require.GreaterOrEqual(t, res.Status, 400, "%s", res.Raw)
			require.Less(t, res.Status, 500, "%s", res.Raw)
		})
	}
}

// diamond returns a query whose fragments each spread the next one twice:
// n+2 short lines that expand to 2^n fields.
func diamond(n int) string {
	var b strings.Builder
	b.WriteString("{ ...F0 }")
	for i := range n {
		fmt.Fprintf(&b, "\nfragment F%d on Query { ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "\nfragment F%d on Query { __typename }", n)
	return b.String()
}

// aliased returns a query of n aliased copies of field.
func aliased(n int, field string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: %s", i, field)
	}
	b.WriteString(" }")
	return b.String()
}

// TestDocumentSizeLimits shows that documents cheap to send but costly to
// validate or weigh are refused before that work: many copies of one field
// (validation is quadratic in them) and fragments that double at every level
// (gqlgen's complexity walk is exponential in them).
func TestDocumentSizeLimits(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{})
	tests := []struct {
		name    string
		query   string
		refused string // part of the error message; "" when it passes
	}{
		{name: "selections at the limit", query: aliased(server.MaxSelections, "__typename")},
		{name: "one selection over the limit", query: aliased(server.MaxSelections+1, "__typename"), refused: "selections"},
		// 154 kB and 14,000 tokens: under the body and token limits.
		{name: "one field 14000 times", query: "{ " + strings.Repeat("__typename ", 14000) + "}", refused: "selections"},
		{name: "nested copies", query: "{ " + strings.Repeat("t: tenant { "+strings.Repeat("s: slug ", 40)+"} ", 40) + "}", refused: "selections"},
		{name: "doubling fragments, small", query: diamond(8)},
		// 2^60 fields in 2.5 kB.
		{name: "doubling fragments", query: diamond(60), refused: "fragments are expanded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			res := tb.alpha.Query(tt.query, nil)
			elapsed := time.Since(start)
			t.Logf("%d bytes: %d in %v", len(tt.query), res.Status, elapsed)
			if tt.refused == "" {
				require.Equal(t, http.StatusOK, res.Status, "%.300s", res.Raw)
				require.Empty(t, res.Errors, "%.300s", res.Raw)
				return
			}
			require.Equal(t, server.CodeComplexityLimit, requireErrors(t, res.Raw), "%.300s", res.Raw)
			require.Equal(t, http.StatusUnprocessableEntity, res.Status)
			require.Contains(t, res.Errors[0].Message, tt.refused)
			require.Less(t, elapsed, 2*time.Second, "refused before the costly work")
		})
	}
}

// rawRequest writes head and body on a fresh connection to the server at
// base, half-closes it, and reads the first response.
func rawRequest(t *testing.T, base, head string, body []byte) reply {
	t.Helper()
	u, err := url.Parse(base)
	require.NoError(t, err)
	conn, err := net.DialTimeout("tcp", u.Host, 5*time.Second)
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
	_, err = conn.Write(append([]byte(head), body...))
	require.NoError(t, err)
	require.NoError(t, conn.(*net.TCPConn).CloseWrite())
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return reply{status: res.StatusCode, header: res.Header, body: b}
}

func TestBadRequests(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{})
	endpoint := tb.anon.URL() + "/graphql"
	post := func(contentType string, body io.Reader) func(t *testing.T) reply {
		return func(t *testing.T) reply {
			req, err := http.NewRequest(http.MethodPost, endpoint, body)
			require.NoError(t, err)
			req.Header.Set("Content-Type", contentType)
			return send(t, req)
		}
	}
	get := func(rawQuery string) func(t *testing.T) reply {
		return func(t *testing.T) reply {
			req, err := http.NewRequest(http.MethodGet, endpoint+"?"+rawQuery, nil)
			require.NoError(t, err)
			return send(t, req)
		}
	}
	raw := func(contentLength int, body string) func(t *testing.T) reply {
		return func(t *testing.T) reply {
			head := fmt.Sprintf("POST /graphql HTTP/1.1\r\nHost: brug\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", contentLength)
			return rawRequest(t, tb.anon.URL(), head, []byte(body))
		}
	}
	queryBody := func(q string) []byte {
		b, err := json.Marshal(map[string]string{"query": q})
		require.NoError(t, err)
		return b
	}
	limit := server.DefaultMaxBodyBytes
	oversized := queryBody("{ __typename }" + strings.Repeat(" ", limit))

	tests := []struct {
		name   string
		do     func(t *testing.T) reply
		status int    // 0: any 4xx
		code   string // extensions.code of the first error; "" when it has none
	}{
		{name: "malformed JSON", do: post("application/json", strings.NewReader(`{"query": "{ __typename }"`)), status: 400, code: server.CodeBadUserInput},
		{name: "JSON of the wrong shape", do: post("application/json", strings.NewReader(`{"query": 5}`)), status: 400, code: server.CodeBadUserInput},
		{name: "JSON array", do: post("application/json", strings.NewReader(`[{"query": "{ __typename }"}]`)), status: 400, code: server.CodeBadUserInput},
		{name: "text/plain body", do: post("text/plain", strings.NewReader(`{ __typename }`)), status: 400},
		{name: "no content type", do: post("", strings.NewReader(`{"query": "{ __typename }"}`)), status: 400},
		{name: "empty body", do: post("application/json", http.NoBody), status: 400, code: server.CodeBadUserInput},
		{name: "empty query", do: post("application/json", strings.NewReader(`{"query": ""}`)), code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "oversized with Content-Length", do: post("application/json", bytes.NewReader(oversized)), status: 413, code: server.CodeBadUserInput},
		// An io.Reader of unknown length is sent chunked, without Content-Length.
		{name: "oversized chunked", do: post("application/json", io.MultiReader(bytes.NewReader(oversized))), status: 413, code: server.CodeBadUserInput},
		{name: "Content-Length above the limit", do: raw(limit+1, `{"query": "{ __typename }"}`), status: 413, code: server.CodeBadUserInput},
		// The body ends before its Content-Length: the read fails.
		{name: "Content-Length longer than the body", do: raw(500, `{"query": "{ __typename }"}`), status: 400, code: server.CodeBadUserInput},
		// Only Content-Length bytes are the body; they are not valid JSON.
		{name: "Content-Length shorter than the body", do: raw(10, `{"query": "{ __typename }"}`), status: 400, code: server.CodeBadUserInput},
		// 1.1 MB: refused for its size before it is parsed.
		{name: "100000 tokens of __typename", do: post("application/json", bytes.NewReader(queryBody("{ "+strings.Repeat("__typename ", 100000)+"}"))), status: 413, code: server.CodeBadUserInput},
		// 200 kB: within the body limit, refused by the parser's token limit.
		{name: "100000 tokens under the body limit", do: post("application/json", bytes.NewReader(queryBody("{ "+strings.Repeat("a ", 100000)+"}"))), status: 422, code: "GRAPHQL_PARSE_FAILED"},
		{name: "syntax error", do: post("application/json", bytes.NewReader(queryBody("{ organizations { "))), status: 422, code: "GRAPHQL_PARSE_FAILED"},
		{name: "unknown field", do: post("application/json", bytes.NewReader(queryBody("{ nope }"))), status: 422, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "unknown operation name", do: post("application/json", strings.NewReader(`{"query": "query A { __typename }", "operationName": "B"}`)), status: 422, code: "GRAPHQL_VALIDATION_FAILED"},
		{name: "variable of the wrong type", do: post("application/json", strings.NewReader(`{"query": "query($n: Int) { organizations(first: $n) { totalCount } }", "variables": {"n": "many"}}`)), status: 422, code: server.CodeBadUserInput},
		{name: "GET with a broken query string", do: get("query=%zz"), status: 400},
		{name: "GET with broken variables", do: get("query=" + url.QueryEscape("{ __typename }") + "&variables=%7B"), status: 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := tt.do(t)
			code := requireErrors(t, res.body)
			t.Logf("%-40s %d %q", tt.name, res.status, code)
			require.GreaterOrEqual(t, res.status, 400, "%.300s", res.body)
			require.Less(t, res.status, 500, "%.300s", res.body)
			if tt.status != 0 {
				require.Equal(t, tt.status, res.status, "%.300s", res.body)
			}
			require.Equal(t, tt.code, code, "%.300s", res.body)
			if code != "" {
				// gqlgen's own transport errors (no code) carry no Content-Type.
				require.Contains(t, res.header.Get("Content-Type"), "json")
			}
		})
	}
}

func TestGET(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{})
	endpoint := tb.anon.URL() + "/graphql"

	t.Run("query", func(t *testing.T) {
		t.Parallel()
		req, err := http.NewRequest(http.MethodGet, endpoint+"?query="+url.QueryEscape("{__typename}"), nil)
		require.NoError(t, err)
		res := send(t, req)
		require.Equal(t, http.StatusOK, res.status, "%s", res.body)
		require.JSONEq(t, `{"data":{"__typename":"Query"}}`, string(res.body))
	})

	t.Run("query with variables as a tenant", func(t *testing.T) {
		t.Parallel()
		q := url.Values{
			"query":     {"query($n: Int) { organizations(first: $n) { totalCount } }"},
			"variables": {`{"n": 5}`},
		}
		req, err := http.NewRequest(http.MethodGet, endpoint+"?"+q.Encode(), nil)
		require.NoError(t, err)
		req.Header.Set(server.TenantHeader, "alpha")
		req.Header.Set("Authorization", "Bearer "+tb.alpha.Token)
		res := send(t, req)
		require.Equal(t, http.StatusOK, res.status, "%s", res.body)
		require.JSONEq(t, `{"data":{"organizations":{"totalCount":0}}}`, string(res.body))
	})

	t.Run("mutation is refused", func(t *testing.T) {
		t.Parallel()
		q := url.Values{"query": {`mutation { createOrganization(input: {name: "Via GET", kind: CLB}) { organization { id } } }`}}
		req, err := http.NewRequest(http.MethodGet, endpoint+"?"+q.Encode(), nil)
		require.NoError(t, err)
		req.Header.Set(server.TenantHeader, "alpha")
		res := send(t, req)
		requireErrors(t, res.body)
		require.GreaterOrEqual(t, res.status, 400, "%s", res.body)
		require.Less(t, res.status, 500, "%s", res.body)

		// Nothing was created.
		var out struct{ Organizations struct{ TotalCount int } }
		tb.alpha.MustQuery(`{ organizations { totalCount } }`, nil, &out)
		require.Zero(t, out.Organizations.TotalCount)
	})
}

func TestAutomaticPersistedQueries(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{})
	hashOf := func(q string) string {
		sum := sha256.Sum256([]byte(q))
		return hex.EncodeToString(sum[:])
	}
	apq := func(query, hash string) *brugtest.Response {
		body := map[string]any{"extensions": map[string]any{
			"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash},
		}}
		if query != "" {
			body["query"] = query
		}
		b, err := json.Marshal(body)
		require.NoError(t, err)
		return tb.alpha.Post("application/json", b)
	}

	const query = `{ organizations { totalCount } }`
	hash := hashOf(query)

	res := apq("", hash)
	require.Equal(t, "PERSISTED_QUERY_NOT_FOUND", requireErrors(t, res.Raw), "%s", res.Raw)
	require.Less(t, res.Status, 500)

	res = apq(query, hash)
	require.Equal(t, http.StatusOK, res.Status, "%s", res.Raw)
	require.Empty(t, res.Errors, "%s", res.Raw)
	require.JSONEq(t, `{"organizations":{"totalCount":0}}`, string(res.Data))

	res = apq("", hash)
	require.Equal(t, http.StatusOK, res.Status, "%s", res.Raw)
	require.Empty(t, res.Errors, "%s", res.Raw)
	require.JSONEq(t, `{"organizations":{"totalCount":0}}`, string(res.Data))

	// A hash that does not match the query is not stored.
	other := `{ organizations { edges { node { id } } } }`
	res = apq(other, hash)
	requireErrors(t, res.Raw)
	require.Less(t, res.Status, 500)
	res = apq("", hashOf(other))
	require.Equal(t, "PERSISTED_QUERY_NOT_FOUND", requireErrors(t, res.Raw), "%s", res.Raw)
}

func TestIntrospectionAndSuggestions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		cfg           server.Config
		introspection bool
		suggestions   bool
	}{
		{name: "production", cfg: server.Config{}},
		{name: "introspection only", cfg: server.Config{Introspection: true}, introspection: true},
		{name: "dev", cfg: server.Config{Dev: true}, introspection: true, suggestions: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tb := setup(t, tt.cfg)

			for _, q := range []string{introspectionQuery, `{ __type(name: "Organization") { name } }`} {
				res := tb.anon.Query(q, nil)
				require.Less(t, res.Status, 500, "%s", res.Raw)
				if tt.introspection {
					require.Equal(t, http.StatusOK, res.Status, "%s", res.Raw)
					require.Empty(t, res.Errors, "%s", res.Raw)
					continue
				}
				require.Equal(t, server.CodeForbidden, requireErrors(t, res.Raw), "%s", res.Raw)
				require.NotContains(t, string(res.Raw), "Organization\"", "%s", res.Raw)
				require.NotContains(t, string(res.Raw), "OrganizationConnection", "%s", res.Raw)
			}

			// __typename is not introspection: it always works.
			var typename map[string]string
			tb.anon.MustQuery(`{ __typename }`, nil, &typename)
			require.Equal(t, "Query", typename["__typename"])

			// A refused introspection is the client's doing: nothing to log.
			require.NotContains(t, tb.logs.String(), `"level":"ERROR"`)

			res := tb.alpha.Query(`{ organizationz { totalCount } }`, nil)
			require.Equal(t, "GRAPHQL_VALIDATION_FAILED", requireErrors(t, res.Raw), "%s", res.Raw)
			if tt.suggestions {
				require.Contains(t, res.Errors[0].Message, "Did you mean")
				require.Contains(t, res.Errors[0].Message, `"organizations"`)
			} else {
				require.NotContains(t, string(res.Raw), "Did you mean")
				require.NotContains(t, string(res.Raw), `"organizations"`)
			}
		})
	}
}

func TestPageSizes(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{})
	const total = server.DefaultPageSize + 5

	// One mutation with many aliased fields: one request, one transaction.
	var m strings.Builder
	m.WriteString("mutation {")
	for i := range total {
		fmt.Fprintf(&m, ` o%d: createOrganization(input: {name: "Organisatie %02d", kind: CLB}) { organization { id } }`, i, i)
	}
	m.WriteString(" }")
	tb.alpha.MustQuery(m.String(), nil, nil)

	type page struct {
		Organizations struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID string } }
			PageInfo   struct{ HasNextPage, HasPreviousPage bool }
		}
	}
	const fields = `totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage }`

	t.Run("without first or last", func(t *testing.T) {
		t.Parallel()
		var out page
		tb.alpha.MustQuery(`{ organizations { `+fields+` } }`, nil, &out)
		require.Equal(t, total, out.Organizations.TotalCount)
		require.Len(t, out.Organizations.Edges, server.DefaultPageSize)
		require.True(t, out.Organizations.PageInfo.HasNextPage)
	})

	t.Run("backwards from a cursor without last", func(t *testing.T) {
		t.Parallel()
		var end struct {
			Organizations struct{ PageInfo struct{ EndCursor string } }
		}
		tb.alpha.MustQuery(`{ organizations(first: 100) { edges { cursor } pageInfo { endCursor } } }`, nil, &end)
		require.NotEmpty(t, end.Organizations.PageInfo.EndCursor)
		var out page
		tb.alpha.MustQuery(`query($c: Cursor) { organizations(before: $c) { `+fields+` } }`,
			map[string]any{"c": end.Organizations.PageInfo.EndCursor}, &out)
		require.Len(t, out.Organizations.Edges, server.DefaultPageSize)
		require.True(t, out.Organizations.PageInfo.HasPreviousPage)
	})

	t.Run("the largest page", func(t *testing.T) {
		t.Parallel()
		var out page
		tb.alpha.MustQuery(`{ organizations(first: 100) { `+fields+` } }`, nil, &out)
		require.Len(t, out.Organizations.Edges, total)
		require.False(t, out.Organizations.PageInfo.HasNextPage)
	})

	for _, tt := range []struct {
		args  string
		field string
	}{
		{args: "first: 101", field: "first"},
		{args: "last: 101", field: "last"},
		{args: "first: -1", field: "first"},
		{args: "first: 2147483647", field: "first"},
	} {
		t.Run(tt.args, func(t *testing.T) {
			t.Parallel()
			res := tb.alpha.Query(`{ organizations(`+tt.args+`) { edges { node { id } } } }`, nil)
			require.Equal(t, server.CodeBadUserInput, requireErrors(t, res.Raw), "%s", res.Raw)
			require.Equal(t, tt.field, res.Field(), "%s", res.Raw)
			require.Contains(t, res.Errors[0].Message, "between 0 and 100")
			require.Less(t, res.Status, 500)
		})
	}
}

func TestProbes(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{App: app.Config{Logger: slog.New(slog.DiscardHandler)}})
		base := brugtest.NewClient(t, a).URL()
		probe := func(path string) (int, string) {
			req, err := http.NewRequest(http.MethodGet, base+path, nil)
			require.NoError(t, err)
			res := send(t, req)
			require.Equal(t, "application/json", res.header.Get("Content-Type"))
			var body struct{ Status string }
			require.NoError(t, json.Unmarshal(res.body, &body), "%s", res.body)
			return res.status, body.Status
		}

		status, body := probe("/healthz")
		require.Equal(t, http.StatusOK, status)
		require.Equal(t, "ok", body)
		status, body = probe("/readyz")
		require.Equal(t, http.StatusOK, status)
		require.Equal(t, "ready", body)

		// A database behind the binary's migrations is not ready; the
		// process is still alive.
		_, err := a.Store.DB.ExecContext(context.Background(), "UPDATE schema_migrations SET version = 1")
		require.NoError(t, err)
		status, body = probe("/readyz")
		require.Equal(t, http.StatusServiceUnavailable, status)
		require.Equal(t, "not ready", body)
		status, _ = probe("/healthz")
		require.Equal(t, http.StatusOK, status)
	})
}

func TestTenantHeaderAndRequestID(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{})
	generated := regexp.MustCompile(`^[0-9a-f]{24}$`)

	tests := []struct {
		name      string
		tenant    string
		requestID string
		wantID    string // "" means a fresh id is generated
		status    int
		code      string
	}{
		{name: "unknown tenant", tenant: "nergens", status: http.StatusNotFound, code: server.CodeNotFound},
		{name: "valid id is kept", tenant: "alpha", requestID: "req-42_A.b", wantID: "req-42_A.b", status: http.StatusOK},
		{name: "valid id is kept on errors", tenant: "nergens", requestID: "trace.1", wantID: "trace.1", status: http.StatusNotFound, code: server.CodeNotFound},
		{name: "no id", tenant: "alpha", status: http.StatusOK},
		{name: "id with spaces is replaced", requestID: "bad id", status: http.StatusOK},
		{name: "id with a newline escape is replaced", requestID: "a%0d%0aSet-Cookie:x", status: http.StatusOK},
		{name: "too long id is replaced", requestID: strings.Repeat("a", 65), status: http.StatusOK},
		{name: "id with markup is replaced", requestID: "<script>", status: http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req, err := http.NewRequest(http.MethodPost, tb.anon.URL()+"/graphql", strings.NewReader(`{"query": "{ tenant { slug } }"}`))
			require.NoError(t, err)
			req.Header.Set("Content-Type", "application/json")
			if tt.tenant != "" {
				req.Header.Set(server.TenantHeader, tt.tenant)
			}
			if tt.requestID != "" {
				req.Header.Set("X-Request-Id", tt.requestID)
			}
			res := send(t, req)
			require.Equal(t, tt.status, res.status, "%s", res.body)
			if tt.code != "" {
				require.Equal(t, tt.code, requireErrors(t, res.body))
				require.Contains(t, string(res.body), tt.tenant)
			}
			id := res.header.Get("X-Request-Id")
			if tt.wantID != "" {
				require.Equal(t, tt.wantID, id)
			} else {
				require.Regexp(t, generated, id)
			}
		})
	}
}

func TestInternalErrorsAreMasked(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{})
	brugtest.Tenant(t, tb.app, "beta")
	// alpha's id is now cached by the tenant middleware; beta's is not.
	tb.alpha.MustQuery(`{ organizations { totalCount } }`, nil, nil)
	require.NoError(t, tb.app.Store.DB.Close())

	leaks := regexp.MustCompile(`(?i)sql|select|from |database|closed|transaction`)
	const (
		query    = `{"query": "{ organizations { edges { node { id name } } } }"}`
		mutation = `{"query": "mutation { createOrganization(input: {name: \"X\", kind: CLB}) { organization { id } } }"}`
	)
	tests := []struct {
		name   string
		client *brugtest.Client
		body   string
		status int
		logged string // message the detail is logged under
	}{
		// The tenant is known, so the resolver meets the closed database.
		{name: "resolver", client: tb.alpha, body: query, status: http.StatusOK, logged: "resolver failed"},
		// A mutation meets it when its transaction begins.
		{name: "mutation", client: tb.alpha, body: mutation, status: http.StatusOK, logged: "mutation failed"},
		// The tenant must be looked up, so the middleware meets it.
		{name: "tenant lookup", client: tb.anon.Anonymous("beta"), body: query, status: http.StatusInternalServerError, logged: "tenant lookup failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req, err := http.NewRequest(http.MethodPost, tt.client.URL()+"/graphql", strings.NewReader(tt.body))
			require.NoError(t, err)
			req.Header.Set("Content-Type", "application/json")
			id := "masked-" + strings.ReplaceAll(tt.name, " ", "-")
			req.Header.Set("X-Request-Id", id)
			if tt.client.Token != "" {
				req.Header.Set("Authorization", "Bearer "+tt.client.Token)
			}
			res := tt.client.Do(req)
			require.Equal(t, tt.status, res.Status, "%s", res.Raw)
			require.Equal(t, server.CodeInternal, requireErrors(t, res.Raw), "%s", res.Raw)
			require.Equal(t, "internal error", res.Errors[0].Message)
			require.NotRegexp(t, leaks, string(res.Raw))

			// The detail goes to the log, with the request id, instead.
			require.Eventually(t, func() bool {
				for _, line := range strings.Split(tb.logs.String(), "\n") {
					if strings.Contains(line, tt.logged) && strings.Contains(line, id) && strings.Contains(line, "database is closed") {
						return true
					}
				}
				return false
			}, 5*time.Second, 10*time.Millisecond, "logs: %s", tb.logs.String())
		})
	}
}

func TestMutationIsOneTransaction(t *testing.T) {
	t.Parallel()
	tb := setup(t, server.Config{})
	res := tb.alpha.Query(`mutation {
		a: createOrganization(input: {name: "Kept?", kind: CLB}) { organization { id } }
		b: createOrganization(input: {name: "Broken", kind: CLB, enterpriseNumber: "123"}) { organization { id } }
	}`, nil)
	require.Equal(t, server.CodeBadUserInput, requireErrors(t, res.Raw), "%s", res.Raw)
	require.True(t, len(res.Data) == 0 || string(res.Data) == "null", "no partial data: %s", res.Raw)

	var out struct{ Organizations struct{ TotalCount int } }
	tb.alpha.MustQuery(`{ organizations { totalCount } }`, nil, &out)
	require.Zero(t, out.Organizations.TotalCount, "the first create was rolled back")
}
