package schema

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"

	gen "github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/intercept"
	"github.com/kansrijk/brug/ent/location"
	"github.com/kansrijk/brug/ent/partnership"
	"github.com/kansrijk/brug/ent/privacy"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/validate"
	"github.com/kansrijk/brug/internal/viewer"
)

// Authorization lives here, as ent privacy policies: which role may do what
// to which entity. Shared rules come first (the system context and Brug's
// own jobs are allowed; anonymous callers may not write), then the rules of
// each entity. Reads are narrowed by interceptors rather than refused, so a
// list shows what the caller may see.

func unauthenticated(what string) error {
	return fmt.Errorf("%w: %s: %w", privacy.Deny, what, viewer.ErrUnauthenticated)
}

func forbidden(what string) error {
	return fmt.Errorf("%w: %s: %w", privacy.Deny, what, viewer.ErrForbidden)
}

// allowTrusted allows the system context and Brug's own jobs.
var allowTrusted = privacy.ContextQueryMutationRule(func(ctx context.Context) error {
	if tenancy.IsSystem(ctx) {
		return privacy.Allow
	}
	if c := viewer.From(ctx); c != nil && c.Internal {
		return privacy.Allow
	}
	return privacy.Skip
})

// denyAnonymousWrites refuses every change by a caller who did not sign in.
var denyAnonymousWrites = privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
	if viewer.From(ctx).Anonymous() {
		return unauthenticated("changing " + m.Type())
	}
	return privacy.Skip
})

// denyAnonymousPrivate refuses reads by anonymous callers unless the
// tenant's directory is public.
var denyAnonymousPrivate = privacy.ContextQueryMutationRule(func(ctx context.Context) error {
	if c := viewer.From(ctx); c.Anonymous() && (c == nil || !c.PublicDirectory) {
		return unauthenticated("reading the directory")
	}
	return privacy.Skip
})

// allowRoles allows callers with one of the roles in the request's tenant.
func allowRoles(roles ...viewer.Role) privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if c := viewer.From(ctx); c != nil && slices.Contains(roles, c.Role) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// denyOthers ends a policy: what no rule allowed is forbidden, or needs a
// sign-in for anonymous callers.
var denyOthers = privacy.ContextQueryMutationRule(func(ctx context.Context) error {
	if viewer.From(ctx).Anonymous() {
		return unauthenticated("this needs a signed-in member")
	}
	return forbidden("not allowed for your role")
})

// organizationsOf returns, for each row a mutation touches (or will create),
// the organisations it belongs to. ok is false when a row is not visible to
// the caller (another tenant's), which is then reported as not found.
type organizationsOf func(ctx context.Context, m ent.Mutation) (orgs [][]string, err error)

// allowOwnOrganization allows callers with one of the roles when every row
// the mutation touches belongs to the organisation their role is bound to.
func allowOwnOrganization(of organizationsOf, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		c := viewer.From(ctx)
		if c == nil || c.OrganizationID == "" || !slices.Contains(roles, c.Role) {
			return privacy.Skip
		}
		rows, err := of(ctx, m)
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			return privacy.Skip
		}
		for _, orgs := range rows {
			if !slices.Contains(orgs, c.OrganizationID) {
				return forbidden("your role allows changes to your own organisation only")
			}
		}
		return privacy.Allow
	})
}

// allowProviderCapacity lets PROVIDER staff keep their own services'
// capacity and status current, and nothing else.
var allowProviderCapacity = privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
	if !m.Op().Is(ent.OpUpdateOne) {
		return privacy.Skip
	}
	allowed := []string{service.FieldCapacityAvailable, service.FieldCapacityMaximum, service.FieldCapacityStatus,
		service.FieldCapacityUnit, service.FieldCapacityUpdatedAt, service.FieldStatus, service.FieldUpdatedAt}
	for _, f := range append(m.Fields(), m.ClearedFields()...) {
		if !slices.Contains(allowed, f) {
			return privacy.Skip
		}
	}
	if len(m.AddedEdges())+len(m.RemovedEdges())+len(m.ClearedEdges()) > 0 {
		return privacy.Skip
	}
	return allowOwnOrganization(serviceOrganizations, viewer.Provider).EvalMutation(ctx, m)
})

// directoryPolicy is the policy of the directory entities: everyone in the
// tenant reads (interceptors narrow what anonymous callers see); ADMIN
// changes everything; EDITOR (and for services' capacity, PROVIDER) only
// what belongs to their own organisation.
func directoryPolicy(of organizationsOf, extra ...privacy.MutationRule) ent.Policy {
	mutation := privacy.MutationPolicy{allowTrusted, denyAnonymousWrites, allowRoles(viewer.Admin)}
	if of != nil {
		mutation = append(mutation, allowOwnOrganization(of, viewer.Editor))
	}
	mutation = append(mutation, extra...)
	mutation = append(mutation, denyOthers)
	return privacy.Policy{
		Query:    privacy.QueryPolicy{allowTrusted, denyAnonymousPrivate, privacy.AlwaysAllowRule()},
		Mutation: mutation,
	}
}

// rowIDs returns the ids of the rows an update or delete touches.
func rowIDs(ctx context.Context, m ent.Mutation) ([]string, error) {
	im, ok := m.(interface {
		IDs(context.Context) ([]string, error)
	})
	if !ok {
		return nil, fmt.Errorf("mutation %T has no IDs", m)
	}
	ids, err := im.IDs(ctx)
	if err != nil {
		return nil, fmt.Errorf("finding the rows to change: %w", err)
	}
	return ids, nil
}

// ownedRows runs lookup for the ids of the rows an update or delete touches
// and requires every id to be found (visible in the caller's tenant).
func ownedRows(ctx context.Context, m ent.Mutation, lookup func(ids []string) (map[string][]string, error)) ([][]string, error) {
	ids, err := rowIDs(ctx, m)
	if err != nil {
		return nil, err
	}
	found, err := lookup(ids)
	if err != nil {
		return nil, err
	}
	out := make([][]string, 0, len(ids))
	for _, id := range ids {
		orgs, ok := found[id]
		if !ok {
			return nil, validate.NotFound("id", id)
		}
		out = append(out, orgs)
	}
	return out, nil
}

func createdField(m ent.Mutation, fields ...string) [][]string {
	var orgs []string
	for _, f := range fields {
		if v, ok := m.Field(f); ok {
			orgs = append(orgs, fmt.Sprint(v))
		}
	}
	return [][]string{orgs}
}

func client(m ent.Mutation) *gen.Client { return m.(mutationClient).Client() }

var organizationOrganizations organizationsOf = func(ctx context.Context, m ent.Mutation) ([][]string, error) {
	if m.Op().Is(ent.OpCreate) || m.Op().Is(ent.OpDelete|ent.OpDeleteOne) {
		return [][]string{{}}, nil // EDITORs neither create nor delete organisations
	}
	ids, err := rowIDs(ctx, m)
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(ids))
	for i, id := range ids {
		out[i] = []string{id}
	}
	return out, nil
}

var locationOrganizations organizationsOf = func(ctx context.Context, m ent.Mutation) ([][]string, error) {
	if m.Op().Is(ent.OpCreate) {
		return createdField(m, location.FieldOrganizationID), nil
	}
	return ownedRows(ctx, m, func(ids []string) (map[string][]string, error) {
		rows, err := client(m).Location.Query().Where(location.IDIn(ids...)).Select(location.FieldID, location.FieldOrganizationID).All(ctx)
		out := map[string][]string{}
		for _, r := range rows {
			out[r.ID] = []string{r.OrganizationID}
		}
		return out, err
	})
}

var serviceOrganizations organizationsOf = func(ctx context.Context, m ent.Mutation) ([][]string, error) {
	if m.Op().Is(ent.OpCreate) {
		return createdField(m, service.FieldOrganizationID), nil
	}
	return ownedRows(ctx, m, func(ids []string) (map[string][]string, error) {
		rows, err := client(m).Service.Query().Where(service.IDIn(ids...)).Select(service.FieldID, service.FieldOrganizationID).All(ctx)
		out := map[string][]string{}
		for _, r := range rows {
			out[r.ID] = []string{r.OrganizationID}
		}
		return out, err
	})
}

var partnershipOrganizations organizationsOf = func(ctx context.Context, m ent.Mutation) ([][]string, error) {
	if m.Op().Is(ent.OpCreate) {
		return createdField(m, partnership.FieldFromID, partnership.FieldToID), nil
	}
	return ownedRows(ctx, m, func(ids []string) (map[string][]string, error) {
		rows, err := client(m).Partnership.Query().Where(partnership.IDIn(ids...)).
			Select(partnership.FieldID, partnership.FieldFromID, partnership.FieldToID).All(ctx)
		out := map[string][]string{}
		for _, r := range rows {
			out[r.ID] = []string{r.FromID, r.ToID}
		}
		return out, err
	})
}

// adminOnlyPolicy: memberships are managed by ADMINs.
var adminOnlyPolicy = privacy.Policy{
	Query:    privacy.QueryPolicy{privacy.AlwaysAllowRule()},
	Mutation: privacy.MutationPolicy{allowTrusted, denyAnonymousWrites, allowRoles(viewer.Admin), denyOthers},
}

// invitationPolicy: ADMINs read and manage invitations; platform operators
// create the first ADMIN's invitation of a new municipality.
var invitationPolicy = privacy.Policy{
	Query: privacy.QueryPolicy{allowTrusted, allowRoles(viewer.Admin), denyOthers},
	Mutation: privacy.MutationPolicy{
		allowTrusted,
		denyAnonymousWrites,
		allowRoles(viewer.Admin),
		privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
			if m.Op().Is(ent.OpCreate) && viewer.From(ctx).Operator {
				return privacy.Allow
			}
			return privacy.Skip
		}),
		denyOthers,
	},
}

// auditPolicy: only ADMINs read the audit trail; only the audit hook
// writes it, and nothing ever changes or deletes it.
var auditPolicy = privacy.Policy{
	Query: privacy.QueryPolicy{allowTrusted, allowRoles(viewer.Admin), denyOthers},
	Mutation: privacy.MutationPolicy{
		privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
			if m.Op().Is(ent.OpCreate) && writingAudit(ctx) {
				return privacy.Allow
			}
			return forbidden("the audit trail is append-only")
		}),
	},
}

// memberPolicy: members are created and updated by sign-in (system context).
var memberPolicy = privacy.Policy{
	Query:    privacy.QueryPolicy{privacy.AlwaysAllowRule()},
	Mutation: privacy.MutationPolicy{allowTrusted, denyAnonymousWrites, denyOthers},
}

// tenantPolicy: platform operators create municipalities; a municipality's
// ADMIN changes its settings; nobody deletes one through the API.
var tenantPolicy = privacy.Policy{
	Query: privacy.QueryPolicy{privacy.AlwaysAllowRule()},
	Mutation: privacy.MutationPolicy{
		allowTrusted,
		denyAnonymousWrites,
		privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
			c := viewer.From(ctx)
			switch {
			case m.Op().Is(ent.OpCreate) && c.Operator:
				return privacy.Allow
			case m.Op().Is(ent.OpUpdateOne) && c.Role == viewer.Admin:
				id, _ := m.(interface{ ID() (string, bool) }).ID()
				if tid, _ := tenancy.FromContext(ctx); id == tid {
					return privacy.Allow
				}
				return validate.NotFound("id", id)
			}
			return privacy.Skip
		}),
		denyOthers,
	},
}

// scopeMembers shows a caller themselves and, to an ADMIN, the members of
// their municipality.
var scopeMembers = intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
	if tenancy.IsSystem(ctx) {
		return nil
	}
	c := viewer.From(ctx)
	tid, _ := tenancy.FromContext(ctx)
	switch {
	case c == nil || c.MemberID == "":
		q.WhereP(func(s *sql.Selector) { s.Where(sql.False()) })
	case c.Role == viewer.Admin && tid != "":
		q.WhereP(func(s *sql.Selector) {
			t := sql.Table("memberships")
			s.Where(sql.Or(
				sql.EQ(s.C("id"), c.MemberID),
				sql.In(s.C("id"), sql.Select(t.C("member_id")).From(t).Where(sql.EQ(t.C("tenant_id"), tid))),
			))
		})
	default:
		q.WhereP(sql.FieldEQ("id", c.MemberID))
	}
	return nil
})

// scopeMemberships shows an ADMIN all memberships of the municipality and
// everyone else only their own.
var scopeMemberships = intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
	if tenancy.IsSystem(ctx) {
		return nil
	}
	c := viewer.From(ctx)
	if c != nil && (c.Role == viewer.Admin || c.Internal) {
		return nil
	}
	memberID := ""
	if c != nil {
		memberID = c.MemberID
	}
	q.WhereP(sql.FieldEQ("member_id", memberID))
	return nil
})

// publishedOnly narrows what anonymous callers read to published entries
// of a tenant whose directory is public; column holds the organisation id
// of each row ("id" for organisations themselves), or is sharedPublished for
// rows with a published column of their own.
func publishedOnly(column string) ent.Interceptor {
	return intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
		if tenancy.IsSystem(ctx) {
			return nil
		}
		c := viewer.From(ctx)
		if !c.Anonymous() {
			return nil
		}
		if c == nil || !c.PublicDirectory || column == "" {
			q.WhereP(func(s *sql.Selector) { s.Where(sql.False()) })
			return nil
		}
		q.WhereP(func(s *sql.Selector) {
			if column == sharedPublished {
				s.Where(sql.EQ(s.C(column), true))
				return
			}
			o := sql.Table("organizations")
			s.Where(sql.In(s.C(column), sql.Select(o.C("id")).From(o).Where(sql.EQ(o.C("published"), true))))
		})
		return nil
	})
}

// checkRoleOrganization binds EDITOR, SCHOOL and PROVIDER roles to an
// organisation and keeps ADMIN and VIEWER unbound.
var checkRoleOrganization = onCreateOrUpdateOne(func(ctx context.Context, m ent.Mutation) error {
	rv, err := current(ctx, m, "role")
	if err != nil {
		return err
	}
	ov, err := current(ctx, m, "organization_id")
	if err != nil {
		return err
	}
	role, _ := rv.(viewer.Role)
	var org string
	switch v := ov.(type) {
	case string:
		org = v
	case *string:
		if v != nil {
			org = *v
		}
	}
	switch {
	case role.BoundToOrganization() && org == "":
		return validate.Fieldf("organizationID", "role %s needs the organisation it acts for", role)
	case !role.BoundToOrganization() && org != "":
		return validate.Fieldf("organizationID", "role %s is not bound to an organisation", role)
	}
	return nil
})

// lowerEmail stores invitation emails in lower case so they match case-insensitively.
var lowerEmail = onCreateOrUpdateOne(func(_ context.Context, m ent.Mutation) error {
	if v, ok := m.Field("email"); ok {
		return m.SetField("email", strings.ToLower(strings.TrimSpace(v.(string))))
	}
	return nil
})

// operatorPolicy: platform operators manage regions; everyone signed in
// reads the regions their municipality is in (see scopeRegions).
var operatorPolicy = privacy.Policy{
	Query: privacy.QueryPolicy{privacy.AlwaysAllowRule()},
	Mutation: privacy.MutationPolicy{
		allowTrusted,
		denyAnonymousWrites,
		privacy.ContextQueryMutationRule(func(ctx context.Context) error {
			if viewer.From(ctx).Operator {
				return privacy.Allow
			}
			return privacy.Skip
		}),
		denyOthers,
	},
}

// scopeRegions shows operators every region and others the regions their
// municipality is in.
var scopeRegions = intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
	c := viewer.From(ctx)
	if tenancy.IsSystem(ctx) || (c != nil && (c.Operator || c.Internal)) {
		return nil
	}
	tid, _ := tenancy.FromContext(ctx)
	q.WhereP(func(s *sql.Selector) {
		rt := sql.Table("region_municipalities")
		s.Where(sql.In(s.C("id"), sql.Select(rt.C("region_id")).From(rt).Where(sql.EQ(rt.C("municipality_id"), tid))))
	})
	return nil
})
