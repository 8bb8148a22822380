package geo_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/geo"
)

// TestCoveringContainsEveryPointInside checks, over many random circles in
// and around Flanders, that every random point within the radius has a cell
// key inside the covering: the index never misses a hit, also at cell
// borders and at the radius edge.
func TestCoveringContainsEveryPointInside(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		lat, lng := 50.6+r.Float64()*0.9, 2.5+r.Float64()*3.5
		radius := 0.5 + r.Float64()*99.5
		ranges := geo.Covering(lat, lng, radius)
		require.LessOrEqual(t, len(ranges), geo.MaxCells)
		for range 200 {
			plat, plng := lat+(r.Float64()*2-1)*radius/80, lng+(r.Float64()*2-1)*radius/50
			if geo.DistanceKm(lat, lng, plat, plng) > radius {
				continue
			}
			key := geo.Cell(plat, plng)
			inside := false
			for _, rg := range ranges {
				inside = inside || (key >= rg.Min && key <= rg.Max)
			}
			require.True(t, inside, "point (%f,%f) at %.3f km of (%f,%f) r=%.3f is outside the covering", plat, plng,
				geo.DistanceKm(lat, lng, plat, plng), lat, lng, radius)
		}
	}
}

func TestDistance(t *testing.T) {
	t.Parallel()
	// One degree of latitude is 2πR/360 on the sphere.
	require.InDelta(t, 111.195, geo.DistanceKm(50, 4, 51, 4), 0.01)
	// A degree of longitude shrinks with the cosine of the latitude (51° N: ~70 km).
	require.InDelta(t, 69.97, geo.DistanceKm(51, 4, 51, 5), 0.1)
	require.Zero(t, geo.DistanceKm(50.8, 4.7, 50.8, 4.7))
}

func TestCellOrderFollowsIDs(t *testing.T) {
	t.Parallel()
	for _, r := range geo.Covering(50.88, 4.70, 25) {
		require.LessOrEqual(t, r.Min, r.Max)
	}
}
