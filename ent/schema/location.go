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
	"github.com/kansrijk/brug/internal/searchindex"
)

// Location is a physical place where an organisation offers services (HSDS location).
type Location struct{ ent.Schema }

// Mixin of the Location.
func (Location) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.Location}, TimeMixin{}, TenantMixin{SharedVia: "organization_id"}}
}

// Fields of the Location.
func (Location) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Comment("Name of the location, e.g. \"Campus Noord\".").
			Annotations(entgql.OrderField("NAME")),
		field.String("street").
			NotEmpty().
			MaxLen(200).
			Comment("Street name of the address."),
		field.String("house_number").
			NotEmpty().
			MaxLen(20).
			Comment("House number (with box or suffix, if any) of the address."),
		field.String("postcode").
			Match(postcodePattern).
			Comment("Four-digit Belgian postcode.").
			Annotations(entgql.OrderField("POSTCODE")),
		field.String("municipality").
			NotEmpty().
			MaxLen(100).
			Comment("Municipality (or borough) of the address.").
			Annotations(entgql.OrderField("MUNICIPALITY")),
		field.String("country").
			Default("BE").
			Match(countryPattern).
			Comment("ISO 3166-1 alpha-2 country code; Brug's directory is Belgian, so always \"BE\"."),
		field.Float("latitude").
			Range(-90, 90).
			Comment("Latitude (WGS 84), from -90 to 90."),
		field.Float("longitude").
			Range(-180, 180).
			Comment("Longitude (WGS 84), from -180 to 180."),
		field.Text("accessibility").
			Optional().
			MaxLen(2000).
			Comment("Accessibility note, e.g. wheelchair access, public transport."),
		field.String("organization_id").
			Immutable().
			Comment("The organisation this location belongs to."),
		field.Int64("cell").
			Default(0).
			Comment("S2 cell key of the coordinates, kept by Brug for the geo index (package geo).").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Location.
func (Location) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)).
			Field("organization_id").
			Unique().
			Required().
			Immutable().
			Comment("The organisation this location belongs to."),
		edge.From("services", Service.Type).
			Ref("locations").
			Comment("Services offered at this location.").
			Annotations(skipInputs),
	}
}

// Hooks of the Location.
func (Location) Hooks() []ent.Hook {
	return []ent.Hook{setCell, keepSearchEntries(searchindex.ByLocation, "services")}
}

// Indexes of the Location.
func (Location) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id"),
		index.Fields("cell"),
	}
}

// Policy of the Location.
func (Location) Policy() ent.Policy { return directoryPolicy(locationOrganizations) }

// Interceptors of the Location: anonymous callers read published entries only.
func (Location) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{publishedOnly("organization_id")}
}

// Annotations of the Location.
func (Location) Annotations() []schema.Annotation { return nodeAnnotations() }
