package graph_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/auditevent"
	"github.com/kansrijk/brug/ent/membership"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/partnership"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/viewer"
)

// matrixFixture is the data every role is tried against: in tenant alpha an
// organisation "own" (the one bound roles act for) and an "other" one, each
// with a location and a service, partnerships between them, and in tenant
// beta one organisation.
type matrixFixture struct {
	app                 *brugtest.App
	alpha, beta         string
	own, other, foreign string
	ownLoc, otherLoc    string
	ownSvc, otherSvc    string
	ownPar, otherPar    string
	invitation, target  string // an invitation and a VIEWER's membership in alpha
}

func newMatrixFixture(t *testing.T, dialect string) *matrixFixture {
	t.Helper()
	f := &matrixFixture{app: brugtest.NewApp(t, dialect, brugtest.Options{})}
	f.alpha = brugtest.Tenant(t, f.app, "alpha")
	f.beta = brugtest.Tenant(t, f.app, "beta")
	brugtest.System(t, f.app, func(ctx context.Context, c *ent.Client) {
		f.own = f.org(ctx, c, f.alpha, "Eigen CLB")
		f.other = f.org(ctx, c, f.alpha, "Andere organisatie")
		third := f.org(ctx, c, f.alpha, "Derde organisatie")
		f.foreign = f.org(ctx, c, f.beta, "Buitenlandse organisatie")
		f.ownLoc, f.ownSvc = f.place(ctx, c, f.alpha, f.own)
		f.otherLoc, f.otherSvc = f.place(ctx, c, f.alpha, f.other)
		f.ownPar = c.Partnership.Create().SetTenantID(f.alpha).SetFromID(f.own).SetToID(f.other).SetKind(partnership.KindSUPPORTS).SaveX(ctx).ID
		f.otherPar = c.Partnership.Create().SetTenantID(f.alpha).SetFromID(f.other).SetToID(third).SetKind(partnership.KindREFERS_TO).SaveX(ctx).ID
		f.invitation = c.Invitation.Create().SetTenantID(f.alpha).SetEmail("uitgenodigd@example.org").SetRole(viewer.Viewer).SaveX(ctx).ID
	})
	targetMember := brugtest.Member(t, f.app, "target", "target@example.org", "alpha", viewer.Viewer, "")
	brugtest.System(t, f.app, func(ctx context.Context, c *ent.Client) {
		f.target = c.Membership.Query().Where(membership.MemberID(targetMember)).OnlyIDX(ctx)
	})
	return f
}

func (f *matrixFixture) org(ctx context.Context, c *ent.Client, tenantID, name string) string {
	return c.Organization.Create().SetTenantID(tenantID).SetName(name).
		SetKind(organization.KindCLB).SetPublished(true).SaveX(ctx).ID
}

func (f *matrixFixture) place(ctx context.Context, c *ent.Client, tenantID, org string) (string, string) {
	loc := c.Location.Create().SetTenantID(tenantID).SetOrganizationID(org).SetName("Zetel").SetStreet("Markt").
		SetHouseNumber("1").SetPostcode("3000").SetMunicipality("Leuven").SetLatitude(50.88).SetLongitude(4.70).SaveX(ctx)
	svc := c.Service.Create().SetTenantID(tenantID).SetOrganizationID(org).SetName("Intake").
		SetCategory(service.CategoryDIAGNOSTICS).AddLocations(loc).SaveX(ctx)
	return loc.ID, svc.ID
}

// actor is one kind of caller in the matrix.
type actor struct {
	name   string
	client func(f *matrixFixture, c *brugtest.Client) *brugtest.Client
}

var actors = []actor{
	{"ADMIN", func(f *matrixFixture, c *brugtest.Client) *brugtest.Client {
		return c.AsRole("alpha", viewer.Admin, "")
	}},
	{"EDITOR", func(f *matrixFixture, c *brugtest.Client) *brugtest.Client {
		return c.AsRole("alpha", viewer.Editor, f.own)
	}},
	{"SCHOOL", func(f *matrixFixture, c *brugtest.Client) *brugtest.Client {
		return c.AsRole("alpha", viewer.School, f.own)
	}},
	{"PROVIDER", func(f *matrixFixture, c *brugtest.Client) *brugtest.Client {
		return c.AsRole("alpha", viewer.Provider, f.own)
	}},
	{"VIEWER", func(f *matrixFixture, c *brugtest.Client) *brugtest.Client {
		return c.AsRole("alpha", viewer.Viewer, "")
	}},
	{"anonymous", func(f *matrixFixture, c *brugtest.Client) *brugtest.Client { return c.Anonymous("alpha") }},
	{"other tenant", func(f *matrixFixture, c *brugtest.Client) *brugtest.Client { return c.AsRole("beta", viewer.Admin, "") }},
	{"operator", func(f *matrixFixture, c *brugtest.Client) *brugtest.Client { return c.AsOperator() }},
}

// Outcomes of an operation for a caller.
const (
	ok    = "ok"
	forb  = "FORBIDDEN"
	nf    = "NOT_FOUND"
	unaut = "UNAUTHENTICATED"
)

// operation is one query or mutation of the API with the outcome expected
// for each actor, in the order of actors.
type operation struct {
	name   string
	query  string
	vars   func(f *matrixFixture) map[string]any
	expect [8]string
	// audits is the number of audit events an allowed mutation writes.
	audits int
}

var operations = []operation{
	// Queries. A member of another tenant reads only their own tenant.
	{"organizations", `{ organizations { totalCount } }`, nil, [8]string{ok, ok, ok, ok, ok, unaut, ok, ok}, 0},
	{"locations", `{ locations { totalCount } }`, nil, [8]string{ok, ok, ok, ok, ok, unaut, ok, ok}, 0},
	{"services", `{ services { totalCount } }`, nil, [8]string{ok, ok, ok, ok, ok, unaut, ok, ok}, 0},
	{"partnerships", `{ partnerships { totalCount } }`, nil, [8]string{ok, ok, ok, ok, ok, unaut, ok, ok}, 0},
	{"node", `query($id: ID!) { node(id: $id) { id } }`, func(f *matrixFixture) map[string]any { return map[string]any{"id": f.own} },
		[8]string{ok, ok, ok, ok, ok, unaut, nf, nf}, 0},
	{"nodes", `query($id: ID!) { nodes(ids: [$id]) { id } }`, func(f *matrixFixture) map[string]any { return map[string]any{"id": f.ownSvc} },
		[8]string{ok, ok, ok, ok, ok, unaut, nf, nf}, 0},
	{"networkGraph", `{ networkGraph { organizations { id } partnerships { id } } }`, nil, [8]string{ok, ok, ok, ok, ok, unaut, ok, ok}, 0},
	{"tenant", `{ tenant { slug settings { publicDirectory } } }`, nil, [8]string{ok, ok, ok, ok, ok, ok, ok, ok}, 0},
	{"me", `{ me { member { id } role permissions } }`, nil, [8]string{ok, ok, ok, ok, ok, unaut, ok, ok}, 0},
	{"members", `{ members { totalCount } }`, nil, [8]string{ok, ok, ok, ok, ok, ok, ok, ok}, 0},
	{"memberships", `{ memberships { totalCount } }`, nil, [8]string{ok, ok, ok, ok, ok, ok, ok, ok}, 0},
	{"invitations", `{ invitations { totalCount } }`, nil, [8]string{ok, forb, forb, forb, forb, unaut, ok, forb}, 0},
	{"auditEvents", `{ auditEvents { totalCount } }`, nil, [8]string{ok, forb, forb, forb, forb, unaut, ok, forb}, 0},

	// Organisations.
	{"createOrganization", `mutation { createOrganization(input: {name: "Nieuw", kind: SCHOOL}) { organization { id } } }`, nil,
		[8]string{ok, forb, forb, forb, forb, unaut, ok, forb}, 0},
	{"updateOrganization own", `mutation($id: ID!) { updateOrganization(id: $id, input: {description: "Bijgewerkt"}) { organization { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.own} }, [8]string{ok, ok, forb, forb, forb, unaut, nf, forb}, 0},
	{"updateOrganization other", `mutation($id: ID!) { updateOrganization(id: $id, input: {description: "Bijgewerkt"}) { organization { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.other} }, [8]string{ok, forb, forb, forb, forb, unaut, nf, forb}, 0},
	{"deleteOrganization", `mutation($id: ID!) { deleteOrganization(id: $id) { deletedID } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.other} }, [8]string{ok, forb, forb, forb, forb, unaut, nf, forb}, 0},

	// Locations.
	{"createLocation own", `mutation($org: ID!) { createLocation(input: {organizationID: $org, name: "Nieuw", street: "Markt", houseNumber: "2", postcode: "3000", municipality: "Leuven", latitude: 50.8, longitude: 4.7}) { location { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"org": f.own} }, [8]string{ok, ok, forb, forb, forb, unaut, nf, forb}, 0},
	{"createLocation other", `mutation($org: ID!) { createLocation(input: {organizationID: $org, name: "Nieuw", street: "Markt", houseNumber: "2", postcode: "3000", municipality: "Leuven", latitude: 50.8, longitude: 4.7}) { location { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"org": f.other} }, [8]string{ok, forb, forb, forb, forb, unaut, nf, forb}, 0},
	{"updateLocation own", `mutation($id: ID!) { updateLocation(id: $id, input: {accessibility: "Lift"}) { location { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.ownLoc} }, [8]string{ok, ok, forb, forb, forb, unaut, nf, forb}, 0},
	{"deleteLocation other", `mutation($id: ID!) { deleteLocation(id: $id) { deletedID } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.otherLoc} }, [8]string{ok, forb, forb, forb, forb, unaut, nf, forb}, 0},

	// Services.
	{"createService own", `mutation($org: ID!) { createService(input: {organizationID: $org, name: "Nieuw", category: THERAPY}) { service { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"org": f.own} }, [8]string{ok, ok, forb, forb, forb, unaut, nf, forb}, 0},
	{"updateService capacity own", `mutation($id: ID!) { updateService(id: $id, input: {capacityAvailable: 1, capacityMaximum: 4, capacityStatus: WAITLIST}) { service { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.ownSvc} }, [8]string{ok, ok, forb, ok, forb, unaut, nf, forb}, 0},
	{"updateService name own", `mutation($id: ID!) { updateService(id: $id, input: {name: "Anders"}) { service { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.ownSvc} }, [8]string{ok, ok, forb, forb, forb, unaut, nf, forb}, 0},
	{"updateService capacity other", `mutation($id: ID!) { updateService(id: $id, input: {capacityAvailable: 0}) { service { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.otherSvc} }, [8]string{ok, forb, forb, forb, forb, unaut, nf, forb}, 0},
	{"deleteService own", `mutation($id: ID!) { deleteService(id: $id) { deletedID } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.ownSvc} }, [8]string{ok, ok, forb, forb, forb, unaut, nf, forb}, 0},

	// Partnerships.
	{"createPartnership own", `mutation($from: ID!, $to: ID!) { createPartnership(input: {fromID: $from, toID: $to, kind: REFERS_TO}) { partnership { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"from": f.own, "to": f.other} }, [8]string{ok, ok, forb, forb, forb, unaut, nf, forb}, 0},
	{"updatePartnership own", `mutation($id: ID!) { updatePartnership(id: $id, input: {note: "Akkoord"}) { partnership { id } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.ownPar} }, [8]string{ok, ok, forb, forb, forb, unaut, nf, forb}, 0},
	{"deletePartnership other", `mutation($id: ID!) { deletePartnership(id: $id) { deletedID } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.otherPar} }, [8]string{ok, forb, forb, forb, forb, unaut, nf, forb}, 0},

	// Tenant, invitations and memberships.
	{"updateTenantSettings", `mutation { updateTenantSettings(input: {publicDirectory: false}) { tenant { id } } }`, nil,
		[8]string{ok, forb, forb, forb, forb, unaut, ok, nf}, 0},
	{"createInvitation", `mutation { createInvitation(input: {email: "nieuw@example.org", role: VIEWER}) { invitation { id } } }`, nil,
		[8]string{ok, forb, forb, forb, forb, unaut, ok, forb}, 0},
	{"deleteInvitation", `mutation($id: ID!) { deleteInvitation(id: $id) { deletedID } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.invitation} }, [8]string{ok, forb, forb, forb, forb, unaut, nf, forb}, 0},
	{"updateMembership", `mutation($id: ID!) { updateMembership(id: $id, input: {role: ADMIN}) { membership { id role } } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.target} }, [8]string{ok, forb, forb, forb, forb, unaut, nf, forb}, 0},
	{"deleteMembership", `mutation($id: ID!) { deleteMembership(id: $id) { deletedID } }`,
		func(f *matrixFixture) map[string]any { return map[string]any{"id": f.target} }, [8]string{ok, forb, forb, forb, forb, unaut, nf, forb}, 0},
	// A new municipality and the invitation of its first ADMIN: two changes.
	{"createTenant", `mutation { createTenant(input: {slug: "nieuw", name: "Nieuw", nisCode: "12345", territory: FLANDERS, centroidLatitude: 51, centroidLongitude: 4, adminEmail: "admin@nieuw.be"}) { tenant { id } invitation { email role } } }`, nil,
		[8]string{forb, forb, forb, forb, forb, unaut, forb, ok}, 2},
}

// TestRoleMatrix tries every query and mutation as every role, as an
// anonymous caller and as a member of another tenant, on a fresh fixture per
// case, and checks the outcome: allowed, FORBIDDEN, NOT_FOUND or
// UNAUTHENTICATED. A refused mutation must leave no audit event.
func TestRoleMatrix(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		for _, op := range operations {
			t.Run(op.name, func(t *testing.T) {
				t.Parallel()
				for i, a := range actors {
					f := newMatrixFixture(t, dialect)
					c := a.client(f, brugtest.NewClient(t, f.app))
					var v map[string]any
					if op.vars != nil {
						v = op.vars(f)
					}
					before := auditCount(t, f)
					res := c.Query(op.query, v)
					want := op.expect[i]
					if want == ok {
						require.Empty(t, res.Errors, "%s as %s: %s", op.name, a.name, res.Raw)
						require.Equal(t, http.StatusOK, res.Status)
						if strings.HasPrefix(op.query, "mutation") {
							audits := max(op.audits, 1)
							require.Equal(t, before+audits, auditCount(t, f), "%s as %s: audit events", op.name, a.name)
							require.Equal(t, c.Email, lastActor(t, f), "%s as %s: audited actor", op.name, a.name)
						} else {
							require.Equal(t, before, auditCount(t, f), "%s as %s: a query writes no audit event", op.name, a.name)
						}
						continue
					}
					require.Equal(t, want, res.Code(), "%s as %s: %s", op.name, a.name, res.Raw)
					if want == unaut {
						require.Equal(t, http.StatusUnauthorized, res.Status, "%s as %s", op.name, a.name)
					}
					require.Equal(t, before, auditCount(t, f), "%s as %s: a refused call must change nothing", op.name, a.name)
				}
			})
		}
	})
}

func lastActor(t *testing.T, f *matrixFixture) string {
	t.Helper()
	var actor string
	brugtest.System(t, f.app, func(ctx context.Context, c *ent.Client) {
		e, err := c.AuditEvent.Query().Order(ent.Desc(auditevent.FieldOccurredAt), ent.Desc(auditevent.FieldID)).First(ctx)
		require.NoError(t, err)
		actor = e.Actor
	})
	return actor
}

func auditCount(t *testing.T, f *matrixFixture) int {
	t.Helper()
	var n int
	brugtest.System(t, f.app, func(ctx context.Context, c *ent.Client) {
		var err error
		n, err = c.AuditEvent.Query().Count(ctx)
		require.NoError(t, err)
	})
	return n
}
