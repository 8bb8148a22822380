package bench

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/location"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/member"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
)

// world is what the searches are drawn from: the caller's municipality, its
// region-mates, points to search around and words to search for.
type world struct {
	tenantID, slug string
	// mates are the tenants sharing a region with the caller's, sorted, as
	// the HTTP front puts them in the request's context.
	mates []string
	// centres are the coordinates of the locations of the caller's
	// municipality and its region-mates.
	centres [][2]float64
	// words are words of the names of services there, for free-text searches.
	words []string
}

// synthPrefix starts the slug of every synthetic municipality.
const synthPrefix = "s-"

// pickWorld chooses, deterministically from seed, a synthetic municipality
// that shares a region with others, and gathers what searches need.
func pickWorld(ctx context.Context, st *store.Store, seed uint64) (*world, error) {
	w := &world{}
	// The benchmark's own setup reads across tenants.
	err := st.InTx(tenancy.System(ctx), func(ctx context.Context) error {
		client := st.Client(ctx)
		tenants, err := member.WithRegionMates(client.Tenant.Query().Where(tenant.SlugHasPrefix(synthPrefix))).
			Order(ent.Asc(tenant.FieldSlug)).
			All(ctx)
		if err != nil {
			return fmt.Errorf("listing synthetic municipalities: %w", err)
		}
		type pick struct {
			t     *ent.Tenant
			mates []string
		}
		var picks []pick
		for _, t := range tenants {
			if mates := member.RegionMates(t); len(mates) > 0 {
				picks = append(picks, pick{t, mates})
			}
		}
		if len(picks) == 0 {
			return errors.New("no synthetic municipality shares a region with another")
		}
		p := picks[rand.New(rand.NewPCG(seed, 1)).IntN(len(picks))]
		w.tenantID, w.slug, w.mates = p.t.ID, p.t.Slug, p.mates
		scope := append([]string{w.tenantID}, w.mates...)
		locs, err := client.Location.Query().
			Where(location.TenantIDIn(scope...)).
			Select(location.FieldID, location.FieldLatitude, location.FieldLongitude).
			Order(ent.Asc(location.FieldID)).
			All(ctx)
		if err != nil {
			return fmt.Errorf("listing locations: %w", err)
		}
		for _, l := range locs {
			w.centres = append(w.centres, [2]float64{l.Latitude, l.Longitude})
		}
		names, err := client.Service.Query().Where(service.TenantIDIn(scope...)).Select(service.FieldName).Strings(ctx)
		if err != nil {
			return fmt.Errorf("listing service names: %w", err)
		}
		w.words = words(names)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(w.centres) == 0 || len(w.words) == 0 {
		return nil, fmt.Errorf("municipality %s and its region have no locations or services to search", w.slug)
	}
	return w, nil
}

// words returns the distinct words of at least five letters in names,
// lower-cased and sorted.
func words(names []string) []string {
	seen := map[string]bool{}
	for _, n := range names {
		for _, f := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len([]rune(f)) >= 5 {
				seen[strings.ToLower(f)] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	slices.SortFunc(out, cmp.Compare)
	return out
}
