package brugtest

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	entmember "github.com/kansrijk/brug/ent/member"
	"github.com/kansrijk/brug/ent/membership"
	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

// Member makes sure a member with the app issuer's subject exists and has
// the role in the tenant with this slug; it returns the member's id.
func Member(t testing.TB, a *App, subject, email, slug string, role viewer.Role, organizationID string) string {
	t.Helper()
	var id string
	System(t, a, func(ctx context.Context, client *ent.Client) {
		id = member(t, ctx, client, a.Issuer.URL(), subject, email, slug, role, organizationID)
	})
	return id
}

// System runs fn in a unit of work with the system context (no tenant
// scoping, row-level security lifted) and fails the test on a panic-free
// error path through require.
func System(t testing.TB, a *App, fn func(ctx context.Context, client *ent.Client)) {
	t.Helper()
	require.NoError(t, a.Store.InTx(tenancy.System(context.Background()), func(ctx context.Context) error {
		fn(ctx, a.Store.Client(ctx))
		return nil
	}))
}

func member(t testing.TB, ctx context.Context, client *ent.Client, issuer, subject, email, slug string, role viewer.Role, organizationID string) string {
	m, err := client.Member.Query().Where(entmember.Issuer(issuer), entmember.Subject(subject)).Only(ctx)
	if ent.IsNotFound(err) {
		m, err = client.Member.Create().SetIssuer(issuer).SetSubject(subject).SetEmail(email).SetName(subject).Save(ctx)
	}
	require.NoError(t, err)
	tn, err := client.Tenant.Query().Where(tenant.Slug(slug)).Only(ctx)
	require.NoError(t, err)
	exists, err := client.Membership.Query().Where(membership.TenantID(tn.ID), membership.MemberID(m.ID)).Exist(ctx)
	require.NoError(t, err)
	if !exists {
		create := client.Membership.Create().SetTenantID(tn.ID).SetMemberID(m.ID).SetRole(role)
		if organizationID != "" {
			create.SetOrganizationID(organizationID)
		}
		require.NoError(t, create.Exec(ctx))
	}
	return m.ID
}

// Tenant creates a municipality with the given slug and a made-up NIS code
// and returns its id.
func Tenant(t testing.TB, a *App, slug string) string {
	t.Helper()
	var id string
	System(t, a, func(ctx context.Context, client *ent.Client) {
		n, err := client.Tenant.Query().Count(ctx)
		require.NoError(t, err)
		tn, err := client.Tenant.Create().
			SetSlug(slug).
			SetName("Gemeente " + slug).
			SetNisCode(nisCode(n)).
			SetTerritory(tenant.TerritoryFLANDERS).
			SetProvince("Vlaams-Brabant").
			SetCentroidLatitude(50.88).
			SetCentroidLongitude(4.70).
			Save(ctx)
		require.NoError(t, err)
		id = tn.ID
	})
	return id
}

func nisCode(n int) string {
	const digits = "0123456789"
	code := []byte("99000")
	for i := 4; i >= 2 && n > 0; i-- {
		code[i] = digits[n%10]
		n /= 10
	}
	return string(code)
}
