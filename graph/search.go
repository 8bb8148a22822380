package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/kansrijk/brug/graph/model"
	"github.com/kansrijk/brug/internal/search"
)

// searchFilter parses the GraphQL filter of searchServices.
func searchFilter(f *model.ServiceSearchFilter) search.Filter {
	out := search.Filter{
		Categories:        f.Categories,
		Needs:             f.Needs,
		CarePhase:         f.CarePhase,
		Age:               f.Age,
		Languages:         f.Languages,
		CapacityStatuses:  f.CapacityStatuses,
		MaxWaitingDays:    f.MaxWaitingDays,
		OrganizationKinds: f.OrganizationKinds,
	}
	if f.OnlyWithFreeCapacity != nil {
		out.OnlyFreeCapacity = *f.OnlyWithFreeCapacity
	}
	if f.Text != nil {
		out.Text = *f.Text
	}
	return out
}

// selects reports whether the current field's selection asks for field.
func selects(ctx context.Context, field string) bool {
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == field {
			return true
		}
	}
	return false
}
