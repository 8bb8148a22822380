package graph

import (
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
