package server_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/server"
)

// FuzzGraphQLEndpoint sends arbitrary bytes to /graphql, as the POST body,
// as the query of a well-formed POST body, and as the query of a GET, all as
// the tenant "alpha". Whatever comes in, the answer is never a 5xx, is JSON,
// and names what went wrong when it is not a 200.
func FuzzGraphQLEndpoint(f *testing.F) {
	a := brugtest.NewApp(f, brugtest.SQLite, brugtest.Options{App: app.Config{Logger: slog.New(slog.DiscardHandler)}})
	brugtest.Tenant(f, a, "alpha")

	seeds := []string{
		// Valid operations.
		`{"query": "{ __typename }"}`,
		`{"query": "{ tenant { slug name } }"}`,
		`{"query": "{ organizations(first: 3, orderBy: {field: NAME, direction: DESC}) { totalCount edges { cursor node { id name kind locations { id } services { id } } } pageInfo { hasNextPage endCursor } } }"}`,
		`{"query": "query($n: Int, $w: OrganizationWhereInput) { organizations(last: $n, where: $w) { totalCount } }", "variables": {"n": 2, "w": {"kind": "CLB"}}}`,
		`{"query": "{ node(id: \"org_unknown\") { id } nodes(ids: [\"x\", \"\"]) { id } }"}`,
		`{"query": "{ networkGraph { organizations { id } partnerships { id } summary { components } } }"}`,
		`{"query": "mutation { createOrganization(input: {name: \"Fuzz\", kind: CLB}) { organization { id name } } }"}`,
		`{"query": "mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) { organization { id } } }", "variables": {"in": {"name": "Fuzz", "kind": "SCHOOL", "website": "javascript:alert(1)"}}}`,
		`{"query": "mutation { deleteOrganization(id: \"org_x\") { deletedID } }"}`,
		`{"query": "query A { __typename } query B { tenant { slug } }", "operationName": "B"}`,
		`{"query": "{ __schema { types { name fields { name type { name ofType { name } } } } } }"}`,
		`{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}`,
		`{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "nope"}}}`,
		`{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": "1", "sha256Hash": 5}}}`,
		// Broken JSON and odd shapes.
		``,
		`{`,
		`{"query": `,
		`{"query": "{ __typename }"`,
		`null`,
		`[]`,
		`"{ __typename }"`,
		`{"query": null, "variables": null, "extensions": null, "operationName": null}`,
		`{"query": ["{ __typename }"]}`,
		`{"query": "{ __typename }", "variables": "x"}`,
		`{"query": "{ __typename }", "variables": {"a": {"b": [1, {"c": null}]}}}`,
		`{"query": "{ __typename }"} trailing`,
		"{\"query\": \"{ __typename }\u0000\"}",
		"\xff\xfe{\"query\": 1}",
		// Deep nesting, in the query and in the JSON.
		`{"query": "` + nested(40) + `"}`,
		`{"query": "` + strings.Repeat("{", 500) + strings.Repeat("}", 500) + `"}`,
		`{"query": "{ __typename }", "variables": {"x": ` + strings.Repeat("[", 2000) + strings.Repeat("]", 2000) + `}}`,
		`{"query": "query { ...F } fragment F on Query { ...G } fragment G on Query { ...F }"}`,
		`{"query": "{ ` + strings.Repeat("__typename ", 1200) + `}"}`,
		diamond(30),
		// Huge and odd numbers.
		`{"query": "{ organizations(first: 99999999999999999999999) { totalCount } }"}`,
		`{"query": "{ organizations(first: -2147483649) { totalCount } }"}`,
		`{"query": "query($n: Int) { organizations(first: $n) { totalCount } }", "variables": {"n": 1e400}}`,
		`{"query": "query($n: Int) { organizations(first: $n) { totalCount } }", "variables": {"n": 1.5}}`,
		`{"query": "query($n: Int) { organizations(first: $n) { totalCount } }", "variables": {"n": "12"}}`,
		`{"query": "{ organizations(where: {hasLocationsWith: {latitudeGT: 1e999}}) { totalCount } }"}`,
		`{"query": "{ locations(where: {latitudeGT: -1.7976931348623157e308}) { totalCount } }"}`,
		// Unicode.
		`{"query": "{ organizations(where: {nameContains: \"Zorgé 🧒 \u202e\u0000\"}) { totalCount } }"}`,
		`{"query": "mutation { createOrganization(input: {name: \"𝔅𝔯𝔲𝔤 \ud83d\", kind: CLB}) { organization { name } } }"}`,
		`{"query": "{ ørganizations { totalCount } }"}`,
		// Raw GraphQL, which is also tried as the query.
		`{ __typename }`,
		`query($id: ID!) { node(id: $id) { id } }`,
		`subscription { __typename }`,
		`{ organizations(first: 101) { totalCount } }`,
		`{ organizations(before: "!!!") { totalCount } }`,
		`mutation { updateOrganization(id: "", input: {}) { organization { id } } }`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}

	f.Fuzz(func(t *testing.T, in []byte) {
		query, err := json.Marshal(map[string]string{"query": string(in)})
		if err != nil {
			t.Fatal(err)
		}
		requests := []*http.Request{
			httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(in)),
			httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(query)),
			httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(string(in)), nil),
		}
		for _, req := range requests {
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set(server.TenantHeader, "alpha")
			rec := httptest.NewRecorder()
			a.Handler.ServeHTTP(rec, req)
			checkReply(t, req, rec)
		}
	})
}

// checkReply holds whatever the endpoint answers to the promises it makes.
func checkReply(t *testing.T, req *http.Request, rec *httptest.ResponseRecorder) {
	t.Helper()
	body := rec.Body.Bytes()
	if rec.Code >= 500 {
		t.Fatalf("%s %s: status %d: %.500s", req.Method, req.URL, rec.Code, body)
	}
	if !json.Valid(body) {
		t.Fatalf("%s %s: status %d, body is not JSON: %.500q", req.Method, req.URL, rec.Code, body)
	}
	var res struct {
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	_ = json.Unmarshal(body, &res) // a 200 may be any JSON; the checks below need the errors
	if rec.Code != http.StatusOK && (len(res.Errors) == 0 || res.Errors[0].Message == "") {
		t.Fatalf("%s %s: status %d without errors: %.500s", req.Method, req.URL, rec.Code, body)
	}
	// The database is healthy, so INTERNAL can only mean a panic or an error
	// the presenter does not know.
	for _, e := range res.Errors {
		if e.Extensions["code"] == server.CodeInternal {
			t.Fatalf("%s %s: status %d, internal error: %.500s", req.Method, req.URL, rec.Code, body)
		}
	}
}
