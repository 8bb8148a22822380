package schema

import (
	"context"
	"errors"
	"fmt"

	"entgo.io/ent"

	gen "github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/location"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/validate"
)

// reference describes an edge that a mutation may point at another object:
// the prefix that object's id must have and the GraphQL input field that
// carries it on create and on update.
type reference struct {
	prefix      string
	createField string
	updateField string
}

var references = map[string]reference{
	"organization": {gid.Organization, "organizationID", "organizationID"},
	"from":         {gid.Organization, "fromID", "fromID"},
	"to":           {gid.Organization, "toID", "toID"},
	"locations":    {gid.Location, "locationIDs", "addLocationIDs"},
}

// mutationClient is implemented by every generated mutation.
type mutationClient interface {
	Client() *gen.Client
}

// checkReferences makes every id a mutation links to name an object of the
// right type that the context's tenant can see. Because reads are tenant
// scoped, another tenant's object is reported as not found, exactly like an
// id that does not exist.
func checkReferences(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if !m.Op().Is(ent.OpCreate | ent.OpUpdate | ent.OpUpdateOne) {
			return next.Mutate(ctx, m)
		}
		mc, ok := m.(mutationClient)
		if !ok {
			return nil, fmt.Errorf("reference check: mutation %T has no client", m)
		}
		for _, edge := range m.AddedEdges() {
			ref, ok := references[edge]
			if !ok {
				continue
			}
			field := ref.createField
			if !m.Op().Is(ent.OpCreate) {
				field = ref.updateField
			}
			rctx := ctx
			if edge == "to" {
				rctx = tenancy.IncludeRegion(ctx) // a partnership may point at a region-mate's published organisation
			}
			for _, v := range m.AddedIDs(edge) {
				if err := checkReference(rctx, mc.Client(), ref.prefix, field, v.(string)); err != nil {
					return nil, err
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}

func checkReference(ctx context.Context, client *gen.Client, prefix, field, id string) error {
	if p, err := gid.Prefix(id); err != nil || p != prefix {
		return validate.NotFound(field, id)
	}
	_, err := client.Noder(ctx, id, gen.WithNodeType(func(_ context.Context, id string) (string, error) {
		return gid.Table(id)
	}))
	var nf *gen.NotFoundError
	if errors.As(err, &nf) {
		return validate.NotFound(field, id)
	}
	if err != nil {
		return fmt.Errorf("checking %s %s: %w", field, id, err)
	}
	return nil
}

// checkServiceLocations requires the locations of a service to belong to the
// organisation that offers it.
var checkServiceLocations = onCreateOrUpdateOne(func(ctx context.Context, m ent.Mutation) error {
	ids := m.AddedIDs("locations")
	if len(ids) == 0 {
		return nil
	}
	org, err := current(ctx, m, "organization_id")
	if err != nil {
		return err
	}
	orgID, _ := org.(string)
	locIDs := make([]string, len(ids))
	for i, v := range ids {
		locIDs[i] = v.(string)
	}
	field := "locationIDs"
	if !m.Op().Is(ent.OpCreate) {
		field = "addLocationIDs"
	}
	foreign, err := m.(mutationClient).Client().Location.Query().
		Where(location.IDIn(locIDs...), location.OrganizationIDNEQ(orgID)).
		Exist(ctx)
	if err != nil {
		return fmt.Errorf("checking service locations: %w", err)
	}
	if foreign {
		return validate.Fieldf(field, "a service can only be offered at locations of its own organisation")
	}
	return nil
})
