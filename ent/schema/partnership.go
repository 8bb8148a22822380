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
)

// Partnership is a typed, directed link between two organisations of the
// network: the edges of the network map.
type Partnership struct{ ent.Schema }

// Mixin of the Partnership.
func (Partnership) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.Partnership}, TimeMixin{}, TenantMixin{}}
}

// Fields of the Partnership.
func (Partnership) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			Values("REFERS_TO", "SUPPORTS", "NETWORK_MEMBER", "CO_LOCATED", "DISPATCHES_TO").
			Comment("How the two organisations work together.").
			Annotations(entgql.OrderField("KIND")),
		field.Text("note").
			Optional().
			MaxLen(2000).
			Comment("Free note on the agreement, for the network coordinator."),
		field.Time("since").
			Optional().
			Nillable().
			Comment("Since when the partnership exists.").
			Annotations(entgql.OrderField("SINCE")),
		field.String("from_id").
			Immutable().
			Comment("The organisation the link starts at."),
		field.String("to_id").
			Immutable().
			Comment("The organisation the link points at."),
	}
}

// Edges of the Partnership.
func (Partnership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("from", Organization.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)).
			Field("from_id").
			Unique().
			Required().
			Immutable().
			Comment("The organisation the link starts at."),
		edge.To("to", Organization.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)).
			Field("to_id").
			Unique().
			Required().
			Immutable().
			Comment("The organisation the link points at."),
	}
}

// Indexes of the Partnership.
func (Partnership) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("from_id", "to_id", "kind").Unique(),
		index.Fields("to_id"),
	}
}

// Hooks of the Partnership.
func (Partnership) Hooks() []ent.Hook {
	return []ent.Hook{checkPartnership}
}

// Policy of the Partnership.
func (Partnership) Policy() ent.Policy { return directoryPolicy(partnershipOrganizations) }

// Interceptors of the Partnership: anonymous callers read published entries only.
func (Partnership) Interceptors() []ent.Interceptor { return []ent.Interceptor{publishedOnly("")} }

// Annotations of the Partnership.
func (Partnership) Annotations() []schema.Annotation { return nodeAnnotations() }
