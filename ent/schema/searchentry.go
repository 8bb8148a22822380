package schema

import (
	"context"
	"fmt"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/kansrijk/brug/ent/privacy"
	"github.com/kansrijk/brug/internal/searchindex"
)

// SearchEntry is one active service at one of its locations, with what a
// search filters and sorts on copied from the service, the location and the
// organisation: the table package search reads. Brug keeps it in step with
// the directory in the writing transaction (package searchindex); nothing
// else writes it, and it is never exposed as such.
type SearchEntry struct{ ent.Schema }

// Mixin of the SearchEntry. Region-mates read the entries of published
// organisations, as they read the services themselves. Without a
// (tenant_id, id) index: PostgreSQL would AND a scan of it for the
// region-mates into the geo index's bitmap (40,000 entries read for a
// provincial region), which costs more than filtering the circle's rows.
func (SearchEntry) Mixin() []ent.Mixin {
	return []ent.Mixin{TenantMixin{SharedVia: sharedPublished, Unreferenced: true}}
}

// Fields of the SearchEntry.
func (SearchEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Int64("id").
			Comment("Row number."),
		field.String("service_id").
			Immutable().
			Comment("The service."),
		field.String("location_id").
			Immutable().
			Comment("One of the service's locations."),
		field.String("organization_id").
			Immutable().
			Comment("The organisation that offers the service."),
		field.Bool("published").
			Comment("Whether the organisation is published (shared with region-mates and a public directory)."),
		field.Int64("cell").
			Comment("S2 cell key of the location (package geo)."),
		field.Float("latitude").
			Comment("Latitude of the location."),
		field.Float("longitude").
			Comment("Longitude of the location."),
		field.String("category").
			Comment("The service's category."),
		field.String("organization_kind").
			Comment("The organisation's kind."),
		field.Int("needs_mask").
			Comment("The service's needs as a bit set."),
		field.Int("phases_mask").
			Comment("The service's care phases as a bit set."),
		field.Int("min_age").
			Comment("Youngest age the service is for."),
		field.Int("max_age").
			Comment("Oldest age the service is for."),
		field.String("language_codes").
			Comment("The service's languages as \",nl,fr,\"."),
		field.String("capacity_status").
			Comment("The service's capacity status."),
		field.Int("capacity_available").
			Optional().
			Nillable().
			Comment("The service's free capacity; null when unknown."),
		field.Text("text").
			Comment("The service's name and description in lower case, one line each, for free-text search."),
	}
}

// Edges of the SearchEntry: an entry goes with its service or location.
func (SearchEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("service", Service.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)).
			Field("service_id").
			Unique().
			Required().
			Immutable().
			Comment("The service."),
		edge.To("location", Location.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)).
			Field("location_id").
			Unique().
			Required().
			Immutable().
			Comment("The location."),
	}
}

// Indexes of the SearchEntry: the geo index, and one per key entries are
// refreshed by. SQLite has a second geo index by hand that carries every
// column a search reads except the text, so that it answers from the index
// alone (a quarter faster on the Flanders-scale set); PostgreSQL reads the
// ranges as a bitmap either way, and was slower with the wide index.
func (SearchEntry) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("cell"),
		index.Fields("service_id", "location_id").Unique(),
		index.Fields("location_id"),
		index.Fields("organization_id"),
	}
}

// Policy of the SearchEntry: read like the directory; written only by
// package searchindex, never through ent.
func (SearchEntry) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{allowTrusted, denyAnonymousPrivate, privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{privacy.MutationRuleFunc(func(context.Context, ent.Mutation) error {
			return privacy.Denyf("search entries are kept by Brug")
		})},
	}
}

// Interceptors of the SearchEntry: anonymous callers read published entries only.
func (SearchEntry) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{publishedOnly(sharedPublished)}
}

// Annotations of the SearchEntry: not part of the GraphQL schema.
func (SearchEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// keepSearchEntries rewrites the search entries of the rows a create or
// update wrote, keyed by key, after it and in its transaction. A created
// row has entries only when it is linked to its counterpart at once (a
// service to locations, a location to services: the edge link); with no
// link edge, creates have none (an organisation has no services yet).
// Deletes need nothing: entries go with their service or location (ON
// DELETE CASCADE).
func keepSearchEntries(key searchindex.Key, link string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			switch {
			case m.Op().Is(ent.OpDelete | ent.OpDeleteOne):
				return next.Mutate(ctx, m)
			case m.Op().Is(ent.OpCreate) && (link == "" || len(m.AddedIDs(link)) == 0):
				return next.Mutate(ctx, m)
			}
			var ids []string
			if m.Op().Is(ent.OpUpdate) {
				var err error
				if ids, err = rowIDs(ctx, m); err != nil {
					return nil, err
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			if !m.Op().Is(ent.OpUpdate) {
				idm, ok := m.(interface{ ID() (string, bool) })
				if !ok {
					return nil, fmt.Errorf("search entries: mutation %T has no ID", m)
				}
				id, ok := idm.ID()
				if !ok {
					return nil, fmt.Errorf("search entries: %s mutation without an id", m.Type())
				}
				ids = []string{id}
			}
			db, ok := m.(searchindex.Execer)
			if !ok {
				return nil, fmt.Errorf("search entries: mutation %T cannot run statements", m)
			}
			if err := searchindex.Refresh(ctx, db, key, ids...); err != nil {
				return nil, err
			}
			return v, nil
		})
	}
}
