package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/kansrijk/brug/internal/gid"
)

// Member is a person who signs in to Brug, identified by their identity
// provider's issuer and subject. A member is not owned by one tenant: their
// memberships say what they may do in which municipality.
type Member struct{ ent.Schema }

// Mixin of the Member.
func (Member) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.Member}, TimeMixin{}}
}

// Fields of the Member.
func (Member) Fields() []ent.Field {
	return []ent.Field{
		field.String("issuer").
			Immutable().
			NotEmpty().
			Comment("OIDC issuer that vouches for the member.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("subject").
			Immutable().
			NotEmpty().
			Comment("The member's subject (sub) at the issuer.").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("email").
			Optional().
			MaxLen(254).
			Comment("Email address from the identity provider.").
			Annotations(entgql.OrderField("EMAIL")),
		field.String("name").
			Optional().
			MaxLen(200).
			Comment("Display name from the identity provider."),
		field.Bool("operator").
			Default(false).
			Comment("Whether the member operates the platform: creates municipalities and their first administrator."),
	}
}

// Edges of the Member.
func (Member) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("memberships", Membership.Type).
			Ref("member").
			Comment("What the member may do in which municipality.").
			Annotations(skipInputs),
	}
}

// Indexes of the Member.
func (Member) Indexes() []ent.Index {
	return []ent.Index{index.Fields("issuer", "subject").Unique()}
}

// Interceptors of the Member: a caller sees themselves, and an administrator
// also the members of their municipality.
func (Member) Interceptors() []ent.Interceptor { return []ent.Interceptor{scopeMembers} }

// Policy of the Member.
func (Member) Policy() ent.Policy { return memberPolicy }

// Annotations of the Member.
func (Member) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField(), entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
