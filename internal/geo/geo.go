// Package geo finds what lies near a point, the same way on SQLite and on
// PostgreSQL, and stays fast under PostgreSQL row-level security.
//
// Every location stores the S2 cell id of its coordinates (a 64-bit number
// on the Hilbert curve over the sphere). A search turns its circle into a
// small covering of S2 cells, each of which is one contiguous range of ids,
// and asks the database for locations whose cell lies in one of those
// ranges: plain btree range scans on an integer column. The exact
// great-circle distance then decides what is inside the radius.
//
// Why not PostGIS or earthdistance: their GiST operators are not leakproof,
// so under row-level security PostgreSQL may not push them below the
// policy and loses the index; integer comparisons are leakproof and keep
// it. They also do not exist on SQLite, and Brug runs one code path on
// both. Why not a latitude/longitude box: a box on two columns scans a whole
// latitude band of the index, while a covering hugs the circle.
package geo

import (
	"math"

	"github.com/golang/geo/s1"
	"github.com/golang/geo/s2"
)

// EarthRadiusKm is the mean Earth radius used for distances.
const EarthRadiusKm = 6371.0088

// RadiansPerDegree converts degrees to radians. It is a float64 variable,
// not an exact constant, so that Go and the databases (which receive it as
// a parameter) multiply by the very same number.
var RadiansPerDegree = math.Pi / 180

// Cell returns the stored cell key of a point: its S2 leaf cell id with the
// top bit flipped, so that the unsigned id order is the signed int64 order
// the databases compare.
func Cell(lat, lng float64) int64 {
	id := s2.CellIDFromLatLng(s2.LatLngFromDegrees(lat, lng))
	return key(uint64(id))
}

func key(id uint64) int64 { return int64(id ^ (1 << 63)) }

// Range is an inclusive range of cell keys.
type Range struct{ Min, Max int64 }

// MaxCells bounds the size of a covering: more cells hug the circle more
// tightly at the price of more ranges in the query.
const MaxCells = 32

// Covering returns the cell-key ranges that together contain the circle of
// radiusKm around the point (and a little more, which the exact distance
// removes).
func Covering(lat, lng, radiusKm float64) []Range {
	center := s2.PointFromLatLng(s2.LatLngFromDegrees(lat, lng))
	c := s2.CapFromCenterAngle(center, s1.Angle(radiusKm/EarthRadiusKm))
	rc := &s2.RegionCoverer{MaxLevel: 30, MaxCells: MaxCells}
	union := rc.Covering(c)
	union.Normalize()
	out := make([]Range, 0, len(union))
	for _, id := range union {
		r := Range{Min: key(uint64(id.RangeMin())), Max: key(uint64(id.RangeMax()))}
		if n := len(out); n > 0 && out[n-1].Max+1 >= r.Min {
			out[n-1].Max = max(out[n-1].Max, r.Max)
			continue
		}
		out = append(out, r)
	}
	return out
}

// DistanceKm is the great-circle distance between two points (haversine).
func DistanceKm(lat1, lng1, lat2, lng2 float64) float64 {
	// The same operations, in the same order, as the SQL of package search.
	φ1, φ2 := lat1*RadiansPerDegree, lat2*RadiansPerDegree
	λ1, λ2 := lng1*RadiansPerDegree, lng2*RadiansPerDegree
	a := math.Pow(math.Sin((φ2-φ1)/2), 2) + math.Cos(φ1)*math.Cos(φ2)*math.Pow(math.Sin((λ2-λ1)/2), 2)
	return 2 * EarthRadiusKm * math.Asin(math.Min(1, math.Sqrt(a)))
}
