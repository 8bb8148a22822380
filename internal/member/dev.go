package member

import (
	"context"
	"fmt"
	"strings"

	"github.com/kansrijk/brug/ent"
	entmember "github.com/kansrijk/brug/ent/member"
	"github.com/kansrijk/brug/ent/membership"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

// DevMember describes a demo member for development sign-in.
type DevMember struct {
	// Tenant is the municipality's slug.
	Tenant string
	// Role is the member's role there.
	Role viewer.Role
	// OrganizationID binds EDITOR, SCHOOL and PROVIDER roles; when empty a
	// fitting organisation of the tenant is picked.
	OrganizationID string
}

// roleKinds are the organisation kinds a role is picked from when no
// organisation is given.
var roleKinds = map[viewer.Role][]organization.Kind{
	viewer.Editor:   {organization.KindCLB},
	viewer.School:   {organization.KindSCHOOL, organization.KindCLB},
	viewer.Provider: {organization.KindDIAGNOSTIC_CENTRE, organization.KindMENTAL_HEALTH_CENTRE},
}

// EnsureDevMember makes sure a demo member with the role exists in the
// tenant and returns the claims of a token for them. It is for development
// mode only.
func EnsureDevMember(ctx context.Context, st *store.Store, iss *auth.DevIssuer, d DevMember) (auth.Claims, error) {
	if !d.Role.Valid() {
		return auth.Claims{}, fmt.Errorf("unknown role %q (one of %v)", d.Role, viewer.Roles)
	}
	role := strings.ToLower(string(d.Role))
	claims := auth.Claims{
		Subject: "dev-" + d.Tenant + "-" + role,
		Email:   role + "@" + d.Tenant + ".brug.test",
		Name:    "Demo " + role + " " + d.Tenant,
	}
	// Development sign-in creates members across tenants.
	err := st.InTx(tenancy.System(ctx), func(ctx context.Context) error {
		client := st.Client(ctx)
		t, err := client.Tenant.Query().Where(tenant.Slug(d.Tenant)).Only(ctx)
		if err != nil {
			return fmt.Errorf("finding municipality %q: %w", d.Tenant, err)
		}
		org := d.OrganizationID
		if org == "" && d.Role.BoundToOrganization() {
			org, err = client.Organization.Query().
				Where(organization.TenantID(t.ID), organization.KindIn(roleKinds[d.Role]...)).
				Order(ent.Asc(organization.FieldName)).FirstID(ctx)
			if err != nil {
				return fmt.Errorf("picking an organisation for %s: %w", d.Role, err)
			}
		}
		m, err := client.Member.Query().Where(entmember.Issuer(iss.URL()), entmember.Subject(claims.Subject)).Only(ctx)
		if ent.IsNotFound(err) {
			m, err = client.Member.Create().SetIssuer(iss.URL()).SetSubject(claims.Subject).
				SetEmail(claims.Email).SetName(claims.Name).Save(ctx)
		}
		if err != nil {
			return fmt.Errorf("creating demo member: %w", err)
		}
		ms, err := client.Membership.Query().Where(membership.TenantID(t.ID), membership.MemberID(m.ID)).Only(ctx)
		var orgPtr *string
		if org != "" {
			orgPtr = &org
		}
		switch {
		case ent.IsNotFound(err):
			err = client.Membership.Create().SetTenantID(t.ID).SetMemberID(m.ID).SetRole(d.Role).
				SetNillableOrganizationID(orgPtr).Exec(ctx)
		case err == nil:
			u := ms.Update().SetRole(d.Role)
			if orgPtr != nil {
				u.SetOrganizationID(org)
			} else {
				u.ClearOrganizationID()
			}
			err = u.Exec(ctx)
		}
		if err != nil {
			return fmt.Errorf("granting demo membership: %w", err)
		}
		return nil
	})
	return claims, err
}
