package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/kansrijk/brug/internal/gid"
)

// Region groups municipalities that share their published directory with
// each other, e.g. a primary care zone (eerstelijnszone) or a CLB's area.
// Regions are managed by platform operators.
type Region struct{ ent.Schema }

// Mixin of the Region.
func (Region) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.Region}, TimeMixin{}}
}

// Fields of the Region.
func (Region) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Comment("Name of the region, e.g. \"Eerstelijnszone Leuven\".").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").
			Values("PRIMARY_CARE_ZONE", "CLB_REGION", "CUSTOM").
			Comment("What kind of region it is."),
	}
}

// Edges of the Region.
func (Region) Edges() []ent.Edge {
	return []ent.Edge{
		// Platform configuration, not a tenant's data: the join table names
		// its column municipality_id so it is not mistaken for tenant-owned.
		edge.To("tenants", Tenant.Type).
			StorageKey(edge.Table("region_municipalities"), edge.Columns("region_id", "municipality_id")).
			Comment("The municipalities in the region."),
	}
}

// Interceptors of the Region: a caller sees the regions their municipality is in.
func (Region) Interceptors() []ent.Interceptor { return []ent.Interceptor{scopeRegions} }

// Policy of the Region.
func (Region) Policy() ent.Policy { return operatorPolicy }

// Annotations of the Region.
func (Region) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
