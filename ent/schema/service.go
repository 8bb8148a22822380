package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/searchindex"
)

// Service is help an organisation offers (HSDS service), with who it is for,
// its capacity (HSDS 3.1 service capacity) and its waiting-time norm.
type Service struct{ ent.Schema }

// Mixin of the Service.
func (Service) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.Service}, TimeMixin{}, TenantMixin{SharedVia: "organization_id"}}
}

// Fields of the Service.
func (Service) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Comment("Name of the service.").
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").
			Optional().
			MaxLen(4000).
			Comment("What the service offers and for whom."),
		field.Enum("category").
			Values(
				"DIAGNOSTICS", "SCHOOL_SUPPORT", "BEHAVIOUR_SUPPORT", "FAMILY_SUPPORT",
				"PARENTING_SUPPORT", "THERAPY", "CHILDCARE", "LEISURE", "TIME_OUT",
				"FAMILY_CLASS", "CRISIS", "INFORMATION",
			).
			Comment("What kind of help the service gives.").
			Annotations(entgql.OrderField("CATEGORY")),
		field.JSON("needs", []directory.Need{}).
			Default([]directory.Need{}).
			Comment("Support needs the service addresses.").
			Annotations(entgql.Type("[Need!]")),
		field.JSON("care_phases", []int{}).
			Default([]int{}).
			Comment("Phases of the zorgcontinuüm (0 to 3) the service covers.").
			Annotations(entgql.Type("[Int!]")),
		field.Int("min_age").
			Range(0, 25).
			Default(0).
			Comment("Youngest age in years the service is for (0 to 25)."),
		field.Int("max_age").
			Range(0, 25).
			Default(25).
			Comment("Oldest age in years the service is for (0 to 25, at least minAge)."),
		field.JSON("languages", []string{}).
			Default([]string{"nl"}).
			Comment("Languages the service is offered in, as ISO 639-1 codes (e.g. \"nl\", \"fr\").").
			Annotations(entgql.Type("[String!]")),
		field.Text("how_to_apply").
			Optional().
			MaxLen(2000).
			Comment("How a school or family asks for this service."),
		field.String("capacity_unit").
			Default("places").
			NotEmpty().
			MaxLen(50).
			Comment("What capacity counts (HSDS service capacity unit), e.g. \"places\" or \"intakes per month\"."),
		field.Int("capacity_available").
			Optional().
			Nillable().
			Min(0).
			Comment("Free capacity now, in capacityUnit; null when unknown.").
			Annotations(entgql.OrderField("CAPACITY_AVAILABLE")),
		field.Int("capacity_maximum").
			Optional().
			Nillable().
			Min(0).
			Comment("Total capacity, in capacityUnit; null when unknown. Never below capacityAvailable."),
		field.Time("capacity_updated_at").
			Optional().
			Nillable().
			Comment("When the capacity figures were last changed. Set by Brug.").
			Annotations(skipInputs),
		field.Enum("capacity_status").
			Values("ACCEPTING", "WAITLIST", "CLOSED").
			Default("ACCEPTING").
			Comment("Whether the service takes new children now, keeps a waiting list, or takes none.").
			Annotations(entgql.OrderField("CAPACITY_STATUS")),
		field.Int("waiting_norm_days").
			Range(1, 730).
			Default(60).
			Comment("Waiting-time norm: the longest acceptable wait in days before a referral is escalated.").
			Annotations(entgql.OrderField("WAITING_NORM_DAYS")),
		field.Enum("status").
			Values("ACTIVE", "INACTIVE", "TEMPORARILY_CLOSED").
			Default("ACTIVE").
			Comment("Whether the service runs."),
		field.String("organization_id").
			Immutable().
			Comment("The organisation that offers the service."),
		field.Int("needs_mask").
			Default(0).
			Comment("Bit set of needs, kept by Brug for search.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("phases_mask").
			Default(0).
			Comment("Bit set of care phases, kept by Brug for search.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("language_codes").
			Default(",nl,").
			Comment("Languages as \",nl,fr,\", kept by Brug for search.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Service.
func (Service) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)).
			Field("organization_id").
			Unique().
			Required().
			Immutable().
			Comment("The organisation that offers the service."),
		edge.To("locations", Location.Type).
			Comment("Locations of the same organisation where the service is offered."),
	}
}

// Indexes of the Service.
func (Service) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id"), index.Fields("tenant_id", "status", "category")}
}

// Hooks of the Service.
func (Service) Hooks() []ent.Hook {
	return []ent.Hook{checkService, checkServiceLocations, keepSearchEntries(searchindex.ByService, "locations")}
}

// Policy of the Service.
func (Service) Policy() ent.Policy {
	return directoryPolicy(serviceOrganizations, allowProviderCapacity)
}

// Interceptors of the Service: anonymous callers read published entries only.
func (Service) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{publishedOnly("organization_id")}
}

// Annotations of the Service.
func (Service) Annotations() []schema.Annotation { return nodeAnnotations() }
