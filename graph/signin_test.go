package graph_test

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/invitation"
	entmember "github.com/kansrijk/brug/ent/member"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/viewer"
)

// meQuery reads everything Me says about the caller.
const meQuery = `{ me {
	member { id issuer subject email }
	memberships { tenantID role organizationID }
	tenant { slug }
	role organizationID operator permissions
} }`

// meResult is meQuery's data.
type meResult struct {
	Me struct {
		Member struct {
			ID, Issuer, Subject, Email string
		}
		Memberships []struct {
			TenantID, Role string
			OrganizationID *string
		}
		Tenant         *struct{ Slug string }
		Role           *string
		OrganizationID *string
		Operator       bool
		Permissions    []string
	}
}

// signinIDToken signs a token of the app's issuer with these claims on top
// of a valid issuer, audience, issue and expiry time.
func signinIDToken(t *testing.T, a *brugtest.App, claims map[string]any) string {
	t.Helper()
	now := time.Now()
	c := map[string]any{"iss": a.Issuer.URL(), "aud": auth.DevAudience, "iat": now.Unix(), "exp": now.Add(time.Hour).Unix()}
	for k, v := range claims {
		c[k] = v
	}
	tok, err := a.Issuer.SignRaw(c)
	require.NoError(t, err)
	return tok
}

// signinMutate runs a mutation that must succeed and returns the id at path
// (e.g. "createOrganization.organization.id") in its data.
func signinMutate(t *testing.T, c *brugtest.Client, query string, vars map[string]any, path string) string {
	t.Helper()
	var data map[string]any
	c.MustQuery(query, vars, &data)
	var v any = data
	for _, key := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		require.True(t, ok, "no %s in %v", path, data)
		v = m[key]
	}
	id, ok := v.(string)
	require.True(t, ok, "no %s in %v", path, data)
	return id
}

const (
	signinCreateOrg = `mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) { organization { id } } }`
	signinCreateLoc = `mutation($in: CreateLocationInput!) { createLocation(input: $in) { location { id } } }`
	signinCreateSvc = `mutation($in: CreateServiceInput!) { createService(input: $in) { service { id } } }`
	signinInvite    = `mutation($in: CreateInvitationInput!) { createInvitation(input: $in) { invitation { id email role organizationID acceptedAt } } }`
)

// requireUnauthenticated requires a 401 carrying UNAUTHENTICATED and a
// Bearer challenge.
func requireUnauthenticated(t *testing.T, res *brugtest.Response) {
	t.Helper()
	require.Equal(t, http.StatusUnauthorized, res.Status, "%s", res.Raw)
	require.Equal(t, "UNAUTHENTICATED", res.Code(), "%s", res.Raw)
}

// TestInvitationSignIn: a person invited by email becomes a member with the
// invited role on their first sign-in with a token whose email is verified,
// and the acceptance is recorded and audited as theirs. An unverified email
// binds nothing.
func TestInvitationSignIn(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{})
		brugtest.Tenant(t, a, "alpha")
		brugtest.Tenant(t, a, "beta")
		c := brugtest.NewClient(t, a)
		admin := c.As("alpha")

		org := signinMutate(t, admin, signinCreateOrg, map[string]any{"in": map[string]any{"name": "CLB Noord", "kind": "CLB"}},
			"createOrganization.organization.id")
		var invited struct {
			CreateInvitation struct {
				Invitation struct {
					ID, Email, Role, OrganizationID string
					AcceptedAt                      *time.Time
				}
			}
		}
		admin.MustQuery(signinInvite, map[string]any{"in": map[string]any{
			"email": "Nieuw@Example.org", "role": "EDITOR", "organizationID": org,
		}}, &invited)
		inv := invited.CreateInvitation.Invitation
		require.Equal(t, "nieuw@example.org", inv.Email, "stored in lower case")
		require.Equal(t, "EDITOR", inv.Role)
		require.Nil(t, inv.AcceptedAt)
		signinMutate(t, admin, signinInvite, map[string]any{"in": map[string]any{"email": "ander@example.org", "role": "VIEWER"}},
			"createInvitation.invitation.id")

		t.Run("verified email accepts the invitation", func(t *testing.T) {
			tok := signinIDToken(t, a, map[string]any{
				"sub": "nieuw-subject", "email": "nieuw@example.org", "email_verified": true, "name": "Nieuw Lid",
			})
			newcomer := c.WithToken("", tok) // their only membership selects alpha
			var me meResult
			newcomer.MustQuery(meQuery, nil, &me)
			require.Equal(t, a.Issuer.URL(), me.Me.Member.Issuer)
			require.Equal(t, "nieuw-subject", me.Me.Member.Subject)
			require.Equal(t, "nieuw@example.org", me.Me.Member.Email)
			require.NotNil(t, me.Me.Role)
			require.Equal(t, "EDITOR", *me.Me.Role)
			require.NotNil(t, me.Me.OrganizationID)
			require.Equal(t, org, *me.Me.OrganizationID)
			require.NotNil(t, me.Me.Tenant)
			require.Equal(t, "alpha", me.Me.Tenant.Slug)
			require.Len(t, me.Me.Memberships, 1)
			require.Equal(t, "EDITOR", me.Me.Memberships[0].Role)
			require.Equal(t, &org, me.Me.Memberships[0].OrganizationID)
			memberID := me.Me.Member.ID

			// The new EDITOR acts for their organisation at once.
			signinMutate(t, newcomer, `mutation($id: ID!) { updateOrganization(id: $id, input: {description: "Bijgewerkt"}) { organization { id } } }`,
				map[string]any{"id": org}, "updateOrganization.organization.id")

			var invs struct {
				Invitations struct {
					Edges []struct {
						Node struct {
							Email      string
							AcceptedAt *time.Time
							AcceptedBy *string
						}
					}
				}
			}
			admin.MustQuery(`{ invitations { edges { node { email acceptedAt acceptedBy } } } }`, nil, &invs)
			accepted := map[string]bool{}
			for _, e := range invs.Invitations.Edges {
				accepted[e.Node.Email] = e.Node.AcceptedAt != nil
				if e.Node.Email == "nieuw@example.org" {
					require.NotNil(t, e.Node.AcceptedBy)
					require.Equal(t, memberID, *e.Node.AcceptedBy)
				}
			}
			require.Equal(t, map[string]bool{"nieuw@example.org": true, "ander@example.org": false}, accepted)

			var audit struct {
				AuditEvents struct {
					Edges []struct {
						Node struct {
							Actor, Action, EntityID string
							ActorID                 *string
						}
					}
				}
			}
			admin.MustQuery(`{ auditEvents(where: {entityType: "Membership"}) { edges { node { actor actorID action entityID } } } }`, nil, &audit)
			var created []string
			for _, e := range audit.AuditEvents.Edges {
				if e.Node.Action == "CREATE" && e.Node.Actor == "nieuw@example.org" {
					require.NotNil(t, e.Node.ActorID)
					require.Equal(t, memberID, *e.Node.ActorID)
					created = append(created, e.Node.EntityID)
				}
			}
			require.Len(t, created, 1, "one audited membership creation by the new member: %+v", audit)

			// The acceptance itself is audited in alpha too (it used to fail
			// sign-in: the audit event had no tenant).
			admin.MustQuery(`query($id: String!) { auditEvents(where: {entityType: "Invitation", entityID: $id, action: UPDATE}) { edges { node { actor actorID action entityID } } } }`,
				map[string]any{"id": inv.ID}, &audit)
			require.Len(t, audit.AuditEvents.Edges, 1, "%+v", audit)
			require.Equal(t, "nieuw@example.org", audit.AuditEvents.Edges[0].Node.Actor)

			// Signing in again (past the sign-in cache) accepts nothing twice.
			a.Members.Forget()
			newcomer.MustQuery(meQuery, nil, &me)
			require.Len(t, me.Me.Memberships, 1)
			brugtest.System(t, a, func(ctx context.Context, client *ent.Client) {
				n, err := client.Member.Query().Where(entmember.Subject("nieuw-subject")).Count(ctx)
				require.NoError(t, err)
				require.Equal(t, 1, n)
			})
		})

		t.Run("unverified email binds nothing", func(t *testing.T) {
			for i, verified := range []any{false, "false", nil} {
				claims := map[string]any{"sub": fmt.Sprintf("ander-%d", i), "email": "ander@example.org"}
				if verified != nil {
					claims["email_verified"] = verified
				}
				res := c.WithToken("", signinIDToken(t, a, claims)).Query(meQuery, nil)
				requireUnauthenticated(t, res)
				require.Contains(t, res.Errors[0].Message, "no pending invitation")
			}
			brugtest.System(t, a, func(ctx context.Context, client *ent.Client) {
				n, err := client.Member.Query().Where(entmember.Email("ander@example.org")).Count(ctx)
				require.NoError(t, err)
				require.Zero(t, n, "no member created")
				pending, err := client.Invitation.Query().Where(invitation.Email("ander@example.org"), invitation.AcceptedAtIsNil()).Count(ctx)
				require.NoError(t, err)
				require.Equal(t, 1, pending, "the invitation is still pending")
			})
		})
	})
}

// TestTenantSelection: a member of two municipalities picks one with the
// Brug-Tenant header; a header naming a municipality they do not belong to
// is refused, and the header alone grants nothing.
func TestTenantSelection(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{})
		brugtest.Tenant(t, a, "alpha")
		beta := brugtest.Tenant(t, a, "beta")
		brugtest.Tenant(t, a, "gamma")
		var betaOrg string
		brugtest.System(t, a, func(ctx context.Context, client *ent.Client) {
			betaOrg = client.Organization.Create().SetTenantID(beta).SetName("CLB Beta").
				SetKind(organization.KindCLB).SaveX(ctx).ID
		})
		const subject, email = "twee-gemeenten", "twee@example.org"
		brugtest.Member(t, a, subject, email, "alpha", viewer.Viewer, "")
		brugtest.Member(t, a, subject, email, "beta", viewer.Editor, betaOrg)
		tok, err := a.Issuer.Sign(auth.Claims{Subject: subject, Email: email})
		require.NoError(t, err)
		c := brugtest.NewClient(t, a)

		tests := []struct {
			name, tenant string
			role, org    string // "" means null
		}{
			{name: "no header", tenant: ""},
			{name: "beta", tenant: "beta", role: "EDITOR", org: betaOrg},
			{name: "alpha", tenant: "alpha", role: "VIEWER"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				t.Parallel()
				var me meResult
				c.WithToken(tt.tenant, tok).MustQuery(meQuery, nil, &me)
				require.Len(t, me.Me.Memberships, 2)
				if tt.role == "" {
					require.Nil(t, me.Me.Tenant)
					require.Nil(t, me.Me.Role)
					require.Empty(t, me.Me.Permissions)
				} else {
					require.NotNil(t, me.Me.Tenant)
					require.Equal(t, tt.tenant, me.Me.Tenant.Slug)
					require.NotNil(t, me.Me.Role)
					require.Equal(t, tt.role, *me.Me.Role)
				}
				if tt.org == "" {
					require.Nil(t, me.Me.OrganizationID)
				} else {
					require.Equal(t, &tt.org, me.Me.OrganizationID)
				}
			})
		}

		t.Run("no header reads no tenant's data and writes nothing", func(t *testing.T) {
			t.Parallel()
			none := c.WithToken("", tok)
			var out struct{ Organizations struct{ TotalCount int } }
			none.MustQuery(`{ organizations { totalCount } }`, nil, &out)
			require.Zero(t, out.Organizations.TotalCount)
			res := none.Query(signinCreateOrg, map[string]any{"in": map[string]any{"name": "Zwevend", "kind": "CLB"}})
			require.Equal(t, "FORBIDDEN", res.Code(), "%s", res.Raw)
		})

		t.Run("header of a municipality without membership", func(t *testing.T) {
			t.Parallel()
			res := c.WithToken("gamma", tok).Query(meQuery, nil)
			require.Equal(t, http.StatusForbidden, res.Status, "%s", res.Raw)
			require.Equal(t, "FORBIDDEN", res.Code(), "%s", res.Raw)
		})

		t.Run("header of an unknown municipality", func(t *testing.T) {
			t.Parallel()
			res := c.WithToken("nergens", tok).Query(meQuery, nil)
			require.Equal(t, http.StatusNotFound, res.Status, "%s", res.Raw)
			require.Equal(t, "NOT_FOUND", res.Code(), "%s", res.Raw)
		})

		t.Run("the header alone grants nothing", func(t *testing.T) {
			t.Parallel()
			for _, slug := range []string{"alpha", "beta"} {
				requireUnauthenticated(t, c.Anonymous(slug).Query(`{ organizations { totalCount } }`, nil))
				requireUnauthenticated(t, c.Anonymous(slug).Query(meQuery, nil))
			}
		})
	})
}

// TestPublicDirectory: with the setting on, anyone may read a municipality's
// published organisations with their locations and services, and nothing
// else; without it, nothing is readable anonymously.
func TestPublicDirectory(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{})
		brugtest.Tenant(t, a, "alpha")
		brugtest.Tenant(t, a, "beta")
		c := brugtest.NewClient(t, a)
		// The server caches each tenant's setting, by the Brug-Tenant header,
		// for 30 s. The ADMIN sends no header (their only membership selects
		// alpha), so the first lookup of alpha is the anonymous one below,
		// after the setting changed.
		admin := c.As("alpha")
		admin = admin.WithToken("", admin.Token)

		var settings struct {
			UpdateTenantSettings struct {
				Tenant struct {
					Slug     string
					Settings struct{ PublicDirectory bool }
				}
			}
		}
		admin.MustQuery(`mutation { updateTenantSettings(input: {publicDirectory: true}) { tenant { slug settings { publicDirectory } } } }`, nil, &settings)
		require.Equal(t, "alpha", settings.UpdateTenantSettings.Tenant.Slug)
		require.True(t, settings.UpdateTenantSettings.Tenant.Settings.PublicDirectory)

		place := func(name string, published bool) (org, loc, svc string) {
			org = signinMutate(t, admin, signinCreateOrg, map[string]any{"in": map[string]any{"name": name, "kind": "CLB", "published": published}},
				"createOrganization.organization.id")
			loc = signinMutate(t, admin, signinCreateLoc, map[string]any{"in": map[string]any{
				"organizationID": org, "name": name + " zetel", "street": "Markt", "houseNumber": "1",
				"postcode": "3000", "municipality": "Leuven", "latitude": 50.88, "longitude": 4.70,
			}}, "createLocation.location.id")
			svc = signinMutate(t, admin, signinCreateSvc, map[string]any{"in": map[string]any{
				"organizationID": org, "locationIDs": []string{loc}, "name": name + " intake", "category": "DIAGNOSTICS",
			}}, "createService.service.id")
			return org, loc, svc
		}
		openOrg, openLoc, openSvc := place("Open CLB", true)
		hiddenOrg, hiddenLoc, hiddenSvc := place("Verborgen CLB", false)
		signinMutate(t, admin, `mutation($from: ID!, $to: ID!) { createPartnership(input: {fromID: $from, toID: $to, kind: SUPPORTS}) { partnership { id } } }`,
			map[string]any{"from": openOrg, "to": hiddenOrg}, "createPartnership.partnership.id")
		auditEvents := func() int {
			var n int
			brugtest.System(t, a, func(ctx context.Context, client *ent.Client) {
				n = client.AuditEvent.Query().CountX(ctx)
			})
			return n
		}
		before := auditEvents()

		anon := c.Anonymous("alpha")
		t.Run("published entries only", func(t *testing.T) {
			var out struct {
				Organizations struct {
					Edges []struct {
						Node struct {
							ID        string
							Locations []struct{ ID string }
							Services  []struct{ ID string }
						}
					}
				}
				Locations struct {
					Edges []struct{ Node struct{ ID string } }
				}
				Services struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			anon.MustQuery(`{
				organizations { edges { node { id locations { id } services { id } } } }
				locations { edges { node { id } } }
				services { edges { node { id } } }
			}`, nil, &out)
			require.Len(t, out.Organizations.Edges, 1)
			o := out.Organizations.Edges[0].Node
			require.Equal(t, openOrg, o.ID)
			require.Len(t, o.Locations, 1)
			require.Equal(t, openLoc, o.Locations[0].ID)
			require.Len(t, o.Services, 1)
			require.Equal(t, openSvc, o.Services[0].ID)
			require.Len(t, out.Locations.Edges, 1)
			require.Equal(t, openLoc, out.Locations.Edges[0].Node.ID)
			require.Len(t, out.Services.Edges, 1)
			require.Equal(t, openSvc, out.Services.Edges[0].Node.ID)
		})

		t.Run("hidden entries are not found by id", func(t *testing.T) {
			for _, id := range []string{hiddenOrg, hiddenLoc, hiddenSvc} {
				res := anon.Query(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
				require.Equal(t, "NOT_FOUND", res.Code(), "%s: %s", id, res.Raw)
			}
			var out struct{ Node struct{ ID string } }
			anon.MustQuery(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": openSvc}, &out)
			require.Equal(t, openSvc, out.Node.ID)
		})

		t.Run("everything else is empty or refused", func(t *testing.T) {
			var out struct {
				Partnerships, Members, Memberships struct{ TotalCount int }
				Tenant                             struct {
					Settings struct{ PublicDirectory bool }
				}
			}
			anon.MustQuery(`{
				partnerships { totalCount } members { totalCount } memberships { totalCount }
				tenant { settings { publicDirectory } }
			}`, nil, &out)
			require.Zero(t, out.Partnerships.TotalCount)
			require.Zero(t, out.Members.TotalCount)
			require.Zero(t, out.Memberships.TotalCount)
			require.True(t, out.Tenant.Settings.PublicDirectory)
			for _, q := range []string{
				`{ auditEvents { totalCount } }`,
				`{ invitations { totalCount } }`,
				`{ me { member { id } } }`,
				`{ organizations { totalCount } auditEvents { totalCount } }`,
			} {
				requireUnauthenticated(t, anon.Query(q, nil))
			}
		})

		t.Run("every mutation needs a sign-in", func(t *testing.T) {
			for _, m := range []struct {
				query string
				vars  map[string]any
			}{
				{signinCreateOrg, map[string]any{"in": map[string]any{"name": "Anoniem", "kind": "CLB", "published": true}}},
				{`mutation($id: ID!) { updateOrganization(id: $id, input: {name: "Gekaapt"}) { organization { id } } }`, map[string]any{"id": openOrg}},
				{`mutation($id: ID!) { deleteOrganization(id: $id) { deletedID } }`, map[string]any{"id": openOrg}},
				{`mutation($id: ID!) { updateService(id: $id, input: {capacityAvailable: 0}) { service { id } } }`, map[string]any{"id": openSvc}},
				{`mutation($id: ID!) { deleteLocation(id: $id) { deletedID } }`, map[string]any{"id": openLoc}},
				{`mutation { updateTenantSettings(input: {publicDirectory: false}) { tenant { id } } }`, nil},
				{signinInvite, map[string]any{"in": map[string]any{"email": "inbreker@example.org", "role": "ADMIN"}}},
			} {
				requireUnauthenticated(t, anon.Query(m.query, m.vars))
			}
			require.Equal(t, before, auditEvents(), "a refused mutation writes nothing")
			var out struct{ Organization struct{ Name string } }
			anon.MustQuery(`query($id: ID!) { organization: node(id: $id) { ... on Organization { name } } }`, map[string]any{"id": openOrg}, &out)
			require.Equal(t, "Open CLB", out.Organization.Name)
		})

		t.Run("off by default", func(t *testing.T) {
			requireUnauthenticated(t, c.Anonymous("beta").Query(`{ organizations { totalCount } }`, nil))
			requireUnauthenticated(t, c.Anonymous("").Query(`{ organizations { totalCount } }`, nil))
		})
	})
}

// TestMeForEachRole: me reports each role with its organisation and the
// permissions that go with it; only an ADMIN reads the audit trail.
func TestMeForEachRole(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		a := brugtest.NewApp(t, dialect, brugtest.Options{})
		alpha := brugtest.Tenant(t, a, "alpha")
		var org string
		brugtest.System(t, a, func(ctx context.Context, client *ent.Client) {
			org = client.Organization.Create().SetTenantID(alpha).SetName("Eigen CLB").
				SetKind(organization.KindCLB).SaveX(ctx).ID
		})
		c := brugtest.NewClient(t, a)
		for _, role := range viewer.Roles {
			t.Run(string(role), func(t *testing.T) {
				t.Parallel()
				bound := ""
				if role.BoundToOrganization() {
					bound = org
				}
				var me meResult
				c.AsRole("alpha", role, bound).MustQuery(meQuery, nil, &me)
				require.NotNil(t, me.Me.Role)
				require.Equal(t, string(role), *me.Me.Role)
				require.NotNil(t, me.Me.Tenant)
				require.Equal(t, "alpha", me.Me.Tenant.Slug)
				require.False(t, me.Me.Operator)
				require.Len(t, me.Me.Memberships, 1)
				require.Equal(t, alpha, me.Me.Memberships[0].TenantID)
				require.Equal(t, string(role), me.Me.Memberships[0].Role)
				if bound == "" {
					require.Nil(t, me.Me.OrganizationID)
					require.Nil(t, me.Me.Memberships[0].OrganizationID)
				} else {
					require.Equal(t, &bound, me.Me.OrganizationID)
					require.Equal(t, &bound, me.Me.Memberships[0].OrganizationID)
				}
				require.Contains(t, me.Me.Permissions, "directory:read")
				require.Equal(t, role == viewer.Admin, slices.Contains(me.Me.Permissions, "audit:read"), "audit:read in %v", me.Me.Permissions)
				require.Equal(t, role == viewer.Admin, slices.Contains(me.Me.Permissions, "tenant:update"), "tenant:update in %v", me.Me.Permissions)
				require.Equal(t, role == viewer.Editor, slices.Contains(me.Me.Permissions, "organization:update:own"))
				require.Equal(t, role == viewer.Provider, slices.Contains(me.Me.Permissions, "service:update-capacity:own"))
				require.ElementsMatch(t, viewer.Permissions(role), me.Me.Permissions)

				// What me promises about the audit trail holds.
				res := c.AsRole("alpha", role, bound).Query(`{ auditEvents { totalCount } }`, nil)
				if role == viewer.Admin {
					require.Empty(t, res.Errors, "%s", res.Raw)
				} else {
					require.Equal(t, "FORBIDDEN", res.Code(), "%s", res.Raw)
				}
			})
		}
	})
}
