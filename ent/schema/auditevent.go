package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/kansrijk/brug/internal/gid"
)

// AuditEvent records one change: who made it, when, to what, and which
// fields it touched. Written in the same transaction as the change, never
// changed or deleted (on PostgreSQL a trigger refuses UPDATE and DELETE).
type AuditEvent struct{ ent.Schema }

// Mixin of the AuditEvent.
func (AuditEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: gid.AuditEvent}, TenantMixin{}}
}

// Fields of the AuditEvent.
func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Time("occurred_at").
			Immutable().
			Default(time.Now).
			Comment("When the change was made.").
			Annotations(entgql.OrderField("OCCURRED_AT")),
		field.String("actor_id").
			Immutable().
			Optional().
			Comment("The member who made the change; empty for Brug itself."),
		field.String("actor").
			Immutable().
			Comment("Who made the change, for people: an email address or \"system\"."),
		field.String("entity_type").
			Immutable().
			Comment("Type of the changed object, e.g. \"Organization\".").
			Annotations(entgql.OrderField("ENTITY_TYPE")),
		field.String("entity_id").
			Immutable().
			Comment("ID of the changed object."),
		field.Enum("action").
			Values("CREATE", "UPDATE", "DELETE").
			Immutable().
			Comment("What happened to the object."),
		field.JSON("fields", []string{}).
			Immutable().
			Comment("Names of the fields and edges the change set or cleared.").
			Annotations(entgql.Type("[String!]")),
		field.String("request_id").
			Immutable().
			Optional().
			Comment("The X-Request-Id of the request that made the change."),
	}
}

// Indexes of the AuditEvent.
func (AuditEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "occurred_at"),
		index.Fields("entity_id"),
	}
}

// Policy of the AuditEvent.
func (AuditEvent) Policy() ent.Policy { return auditPolicy }

// Annotations of the AuditEvent.
func (AuditEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField(), entgql.RelayConnection()}
}
