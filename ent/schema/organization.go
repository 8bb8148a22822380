package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/searchindex"
	"github.com/kansrijk/brug/internal/validate"
)

// Organization is a provider or basic provision in a municipality's network
// (HSDS organization), e.g. a school, a CLB or a diagnostic centre.
type Organization struct{ ent.Schema }

// Mixin of the Organization.
func (Organization) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.Organization}, TimeMixin{}, TenantMixin{SharedVia: "id"}}
}

// Fields of the Organization.
func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Comment("Name of the organisation.").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("kind").
			Values(
				"CHILDCARE", "HUIS_VAN_HET_KIND", "SCHOOL", "LEISURE", "CLB",
				"LEARNING_SUPPORT_CENTRE", "PEDAGOGICAL_GUIDANCE", "SPECIAL_EDUCATION",
				"DIAGNOSTIC_CENTRE", "MENTAL_HEALTH_CENTRE", "FAMILY_SUPPORT",
				"YOUTH_CARE_PROVIDER", "GENERAL_PRACTITIONER", "SOCIAL_SERVICES", "OTHER",
			).
			Comment("Kind of organisation in the Flemish landscape of basic provisions and care.").
			Annotations(entgql.OrderField("KIND")),
		field.Text("description").
			Optional().
			MaxLen(4000).
			Comment("What the organisation does, for professionals looking for help."),
		field.String("website").
			Optional().
			MaxLen(500).
			Match(websitePattern).
			Comment("Public website (http or https URL)."),
		field.String("email").
			Optional().
			MaxLen(254).
			Match(emailPattern).
			Comment("Contact email address for professionals."),
		field.String("phone").
			Optional().
			Match(phonePattern).
			Comment("Contact phone number."),
		field.String("enterprise_number").
			Optional().
			Validate(validate.KBO).
			Comment("Belgian enterprise number (KBO/BCE), stored as 0123.456.749; the mod-97 check digits are verified."),
		field.Bool("published").
			Default(false).
			Comment("Whether the organisation is published: visible to region-mates and, if the tenant's directory is public, to anyone."),
	}
}

// Edges of the Organization.
func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("locations", Location.Type).
			Ref("organization").
			Comment("Places where the organisation works.").
			Annotations(skipInputs),
		edge.From("services", Service.Type).
			Ref("organization").
			Comment("Services the organisation offers.").
			Annotations(skipInputs),
		edge.From("outgoing_partnerships", Partnership.Type).
			Ref("from").
			Comment("Partnerships that start at this organisation (e.g. it refers to or supports another).").
			Annotations(skipInputs),
		edge.From("incoming_partnerships", Partnership.Type).
			Ref("to").
			Comment("Partnerships that point at this organisation.").
			Annotations(skipInputs),
	}
}

// Indexes of the Organization.
func (Organization) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "name")}
}

// Hooks of the Organization.
func (Organization) Hooks() []ent.Hook {
	return []ent.Hook{normalizeKBO, keepSearchEntries(searchindex.ByOrganization, "")}
}

// Policy of the Organization.
func (Organization) Policy() ent.Policy { return directoryPolicy(organizationOrganizations) }

// Interceptors of the Organization: anonymous callers read published entries only.
func (Organization) Interceptors() []ent.Interceptor { return []ent.Interceptor{publishedOnly("id")} }

// Annotations of the Organization.
func (Organization) Annotations() []schema.Annotation { return nodeAnnotations() }
