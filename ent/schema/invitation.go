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

// Invitation asks a person, by email, to join a municipality with a role.
// It binds to the first signed-in member whose verified email matches.
type Invitation struct{ ent.Schema }

// Mixin of the Invitation.
func (Invitation) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.Invitation}, TimeMixin{}, TenantMixin{}}
}

// Fields of the Invitation.
func (Invitation) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").
			MaxLen(254).
			Match(emailPattern).
			Comment("Email address of the invited person; matched case-insensitively against a verified email.").
			Annotations(entgql.OrderField("EMAIL")),
		field.Enum("role").
			GoType(viewer.Role("")).
			Comment("The role the person gets.").
			Annotations(entgql.Type("Role")),
		field.String("organization_id").
			Optional().
			Nillable().
			Immutable().
			Comment("The organisation an EDITOR, SCHOOL or PROVIDER will act for."),
		field.String("invited_by").
			Optional().
			Immutable().
			Comment("Who sent the invitation (member id).").
			Annotations(skipInputs),
		field.Time("accepted_at").
			Optional().
			Nillable().
			Comment("When the invitation was accepted; null while pending.").
			Annotations(skipInputs),
		field.String("accepted_by").
			Optional().
			Comment("The member who accepted it.").
			Annotations(skipInputs),
	}
}

// Edges of the Invitation.
func (Invitation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)).
			Field("organization_id").
			Unique().
			Immutable().
			Comment("The organisation an EDITOR, SCHOOL or PROVIDER will act for."),
	}
}

// Indexes of the Invitation.
func (Invitation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("email")}
}

// Hooks of the Invitation.
func (Invitation) Hooks() []ent.Hook { return []ent.Hook{lowerEmail, checkRoleOrganization} }

// Policy of the Invitation.
func (Invitation) Policy() ent.Policy { return invitationPolicy }

// Annotations of the Invitation.
func (Invitation) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate()),
	}
}
