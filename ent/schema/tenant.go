package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/tenancy"
)

// Tenant is a municipality using Brug. Tenants are created by the platform
// (seed, operator tooling), never through the tenant-facing API.
type Tenant struct{ ent.Schema }

// Mixin of the Tenant.
func (Tenant) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.Tenant}, TimeMixin{}}
}

// Fields of the Tenant.
func (Tenant) Fields() []ent.Field {
	return []ent.Field{
		field.String("slug").
			Unique().
			Match(slugPattern).
			MaxLen(63).
			Comment("Short lowercase name used in URLs and the Brug-Tenant header, e.g. \"leuven\"."),
		field.String("name").
			NotEmpty().
			MaxLen(200).
			Comment("Official name of the municipality."),
		field.String("nis_code").
			Unique().
			Match(nisPattern).
			Comment("Five-digit NIS code of the municipality (Statbel), e.g. \"24062\" for Leuven.").
			Annotations(entgql.OrderField("NIS_CODE")),
		field.Enum("territory").
			Values("FLANDERS", "BRUSSELS").
			Comment("Region of the municipality: the Flemish Region or the Brussels-Capital Region."),
		field.String("province").
			Optional().
			MaxLen(100).
			Comment("Province of the municipality; empty in Brussels."),
		field.Float("centroid_latitude").
			Range(-90, 90).
			Comment("Latitude (WGS 84) of the municipality's centre."),
		field.Float("centroid_longitude").
			Range(-180, 180).
			Comment("Longitude (WGS 84) of the municipality's centre."),
		field.JSON("settings", tenancy.Settings{}).
			Default(tenancy.Settings{}).
			Comment("Tenant-wide settings.").
			Annotations(entgql.Type("TenantSettings")),
		field.JSON("network_summary", &directory.NetworkSummary{}).
			Optional().
			Comment("Latest summary of the network map, computed by the network_summary job.").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Edges of the Tenant.
func (Tenant) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("regions", Region.Type).
			Ref("tenants").
			Comment("Regions the municipality shares its published directory in.").
			Annotations(skipInputs),
	}
}

// Interceptors of the Tenant: a request sees its own tenant (and, in a
// region context, its region-mates).
func (Tenant) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{scopeQuery("id", sharedSelf)}
}

// Hooks of the Tenant.
func (Tenant) Hooks() []ent.Hook { return []ent.Hook{auditChanges} }

// Policy of the Tenant.
func (Tenant) Policy() ent.Policy { return tenantPolicy }

// Annotations of the Tenant.
func (Tenant) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}
