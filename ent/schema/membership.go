package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/viewer"
)

// Membership gives a member a role in one municipality, optionally bound to
// one of its organisations.
type Membership struct{ ent.Schema }

// Mixin of the Membership.
func (Membership) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.Membership}, TimeMixin{}, TenantMixin{}}
}

// Fields of the Membership.
func (Membership) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("role").
			GoType(viewer.Role("")).
			Comment("What the member may do in the municipality.").
			Annotations(entgql.Type("Role"), entgql.OrderField("ROLE")),
		field.String("member_id").
			Immutable().
			Comment("The member."),
		field.String("organization_id").
			Optional().
			Nillable().
			Comment("The organisation an EDITOR, SCHOOL or PROVIDER acts for."),
	}
}

// Edges of the Membership.
func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("member", Member.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)).
			Field("member_id").
			Unique().
			Required().
			Immutable().
			Comment("The member.").
			Annotations(skipInputs),
		edge.To("organization", Organization.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)).
			Field("organization_id").
			Unique().
			Comment("The organisation an EDITOR, SCHOOL or PROVIDER acts for."),
	}
}

// Indexes of the Membership.
func (Membership) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "member_id").Unique()}
}

// Hooks of the Membership.
func (Membership) Hooks() []ent.Hook { return []ent.Hook{checkRoleOrganization} }

// Interceptors of the Membership: administrators see all of their
// municipality's, others only their own.
func (Membership) Interceptors() []ent.Interceptor { return []ent.Interceptor{scopeMemberships} }

// Policy of the Membership.
func (Membership) Policy() ent.Policy { return adminOnlyPolicy }

// Annotations of the Membership.
func (Membership) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationUpdate()),
	}
}
