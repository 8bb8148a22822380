// Package schema is Brug's hand-written data model. Everything else under ent/
// is generated from it by `make generate`.
//
// Every tenant-owned entity embeds TenantMixin, which is where tenant scoping
// lives: a create hook sets tenant_id from the request context, an update or
// delete hook restricts the statement to that tenant, and a query interceptor
// filters every read (including edge traversals and eager loads). A resolver
// therefore cannot forget the tenant. The single bypass is tenancy.System.
package schema

import (
	"context"
	"fmt"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"entgo.io/ent/schema/mixin"

	"github.com/kansrijk/brug/ent/intercept"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/tenancy"
)

// skipInputs keeps a field or edge out of the generated create and update inputs.
var skipInputs = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)

// IDMixin gives an entity a prefixed, time-ordered global id (see package gid).
type IDMixin struct {
	mixin.Schema
	Prefix string
}

// Fields of the IDMixin.
func (m IDMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").
			Immutable().
			NotEmpty().
			MaxLen(40).
			DefaultFunc(gid.Generator(m.Prefix)).
			Comment("Globally unique, opaque identifier of the object."),
	}
}

// TimeMixin records when a row was created and last updated.
type TimeMixin struct{ mixin.Schema }

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Immutable().
			Default(time.Now).
			Comment("When the object was created.").
			Annotations(entgql.OrderField("CREATED_AT"), skipInputs),
		field.Time("updated_at").
			Default(time.Now).
			UpdateDefault(time.Now).
			Comment("When the object was last changed.").
			Annotations(entgql.OrderField("UPDATED_AT"), skipInputs),
	}
}

// TenantMixin makes an entity tenant-owned: it adds tenant_id and the hooks
// and interceptor that scope every statement to the context's tenant.
type TenantMixin struct {
	mixin.Schema
	// SharedVia, for directory entities, names the column holding the row's
	// organisation ("id" for organisations themselves, sharedPublished for
	// rows with a published column of their own): a published
	// organisation's rows are readable by region-mates in contexts made by
	// tenancy.IncludeRegion. Empty means never shared.
	SharedVia string
	// Unreferenced, for derived tables no foreign key points at, leaves out
	// the (tenant_id, id) index those keys need.
	Unreferenced bool
}

// Fields of the TenantMixin.
func (TenantMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("tenant_id").
			Immutable().
			NotEmpty().
			Comment("The municipality (tenant) that owns the object. Set by Brug from the request, never by the client.").
			Annotations(skipInputs, entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Edges of the TenantMixin.
func (TenantMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("tenant", Tenant.Type).
			Field("tenant_id").
			Unique().
			Required().
			Immutable().
			Comment("The municipality (tenant) that owns the object.").
			Annotations(skipInputs, entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the TenantMixin. The unique (tenant_id, id) index is what the
// tenant-aware foreign keys of the PostgreSQL migrations refer to.
func (m TenantMixin) Indexes() []ent.Index {
	if m.Unreferenced {
		return nil
	}
	return []ent.Index{index.Fields("tenant_id", "id").Unique()}
}

// wherer is implemented by every generated mutation.
type wherer interface {
	WhereP(...func(*sql.Selector))
}

// Interceptors of the TenantMixin: every query sees only the context's
// tenant (and, where shared, region-mates' published entries).
func (m TenantMixin) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{scopeQuery("tenant_id", m.SharedVia)}
}

// sharedSelf marks rows shared with region-mates as they are (tenants).
const sharedSelf = "self"

// sharedPublished marks rows that carry their organisation's published flag
// themselves (search entries).
const sharedPublished = "published"

// scopeQuery filters queries on column to the context's tenant; a context
// without a tenant matches no row. With sharedVia set and a context made by
// tenancy.IncludeRegion, rows of region-mates whose organisation is
// published match too.
func scopeQuery(column, sharedVia string) ent.Interceptor {
	return intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
		if tenancy.IsSystem(ctx) {
			return nil
		}
		tid, ok := tenancy.FromContext(ctx)
		if !ok {
			q.WhereP(func(s *sql.Selector) { s.Where(sql.False()) })
			return nil
		}
		mates := tenancy.RegionMates(ctx)
		if sharedVia == "" || len(mates) == 0 || !tenancy.RegionIncluded(ctx) {
			q.WhereP(sql.FieldEQ(column, tid))
			return nil
		}
		if sharedVia == sharedSelf {
			q.WhereP(sql.FieldIn(column, append([]string{tid}, mates...)...))
			return nil
		}
		args := make([]any, len(mates))
		for i, m := range mates {
			args[i] = m
		}
		q.WhereP(func(s *sql.Selector) {
			// The row's organisation is published: an organisation's own
			// column, or a correlated EXISTS for its locations and services.
			published := sql.EQ(s.C("published"), true)
			if sharedVia != "id" && sharedVia != sharedPublished {
				o := sql.Table("organizations")
				published = sql.Exists(sql.Select(o.C("id")).From(o).Where(sql.And(
					sql.ColumnsEQ(o.C("id"), s.C(sharedVia)),
					sql.EQ(o.C("published"), true),
				)))
			}
			s.Where(sql.Or(
				sql.EQ(s.C(column), tid),
				sql.And(sql.In(s.C(column), args...), published),
			))
		})
		return nil
	})
}

// Hooks of the TenantMixin: creates get the context's tenant, updates and
// deletes touch only its rows, and nothing is written without a tenant.
func (TenantMixin) Hooks() []ent.Hook {
	return []ent.Hook{
		func(next ent.Mutator) ent.Mutator {
			return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
				if tenancy.IsSystem(ctx) {
					return next.Mutate(ctx, m)
				}
				tid, ok := tenancy.FromContext(ctx)
				if !ok {
					return nil, tenancy.ErrNoTenant
				}
				if m.Op().Is(ent.OpCreate) {
					if err := m.SetField("tenant_id", tid); err != nil {
						return nil, fmt.Errorf("tenant scoping: %w", err)
					}
					return next.Mutate(ctx, m)
				}
				w, ok := m.(wherer)
				if !ok {
					return nil, fmt.Errorf("tenant scoping: mutation %T has no WhereP", m)
				}
				w.WhereP(sql.FieldEQ("tenant_id", tid))
				return next.Mutate(ctx, m)
			})
		},
		checkReferences,
		auditChanges,
	}
}

// Annotations shared by every entity exposed over GraphQL.
func nodeAnnotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
