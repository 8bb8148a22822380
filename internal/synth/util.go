package synth

import (
	"encoding/base32"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/kansrijk/brug/internal/geo"
)

// idGen makes ids in gid's format (a type prefix, "_" and a UUIDv7 in
// lowercase base32hex) from a random source instead of the clock, so that
// they are the same on every run. The timestamps count up one millisecond
// per id from idEpoch: ids stay time-ordered, as gid's are, which keeps
// primary-key indexes append-mostly, and they cannot meet ids made by
// gid.New now.
type idGen struct {
	rng *rand.Rand
	ms  uint64
}

// idEpoch is the first timestamp of generated ids: the start of the
// 2025–2026 school year.
var idEpoch = time.Date(2025, time.September, 1, 0, 0, 0, 0, time.UTC)

var idEncoding = base32.HexEncoding.WithPadding(base32.NoPadding)

func newIDGen(rng *rand.Rand) *idGen {
	return &idGen{rng: rng, ms: uint64(idEpoch.UnixMilli())}
}

// next returns the next id with the given prefix.
func (g *idGen) next(prefix string) string {
	var u [16]byte
	g.ms++
	var ts [8]byte
	binary.BigEndian.PutUint64(ts[:], g.ms)
	copy(u[:6], ts[2:])
	binary.BigEndian.PutUint64(u[8:], g.rng.Uint64())
	r := g.rng.Uint32()
	u[6] = 0x70 | byte(r&0x0f) // version 7
	u[7] = byte(r >> 8)
	u[8] = 0x80 | u[8]&0x3f // RFC 9562 variant
	return prefix + "_" + strings.ToLower(idEncoding.EncodeToString(u[:]))
}

// Rough outline of the Flemish Region, for keeping generated points on land
// and out of Brussels. It is a box, the North Sea coast and a circle around
// the centre of Brussels: good enough for synthetic addresses.
const (
	minLat, maxLat = 50.69, 51.50
	minLng, maxLng = 2.55, 5.91
	brusselsLat    = 50.8467
	brusselsLng    = 4.3525
	brusselsKm     = 5.0
)

// coast is the Belgian coastline from De Panne to the Zwin, as (longitude,
// latitude) points from west to east; land lies south of it.
var coast = [][2]float64{
	{2.545, 51.090}, {2.640, 51.121}, {2.721, 51.152}, {2.820, 51.190}, {2.910, 51.231},
	{2.960, 51.250}, {3.030, 51.276}, {3.080, 51.298}, {3.130, 51.315}, {3.190, 51.333},
	{3.280, 51.352}, {3.370, 51.370},
}

// inFlanders reports whether a point lies within the rough outline.
func inFlanders(lat, lng float64) bool {
	if lat < minLat || lat > maxLat || lng < minLng || lng > maxLng {
		return false
	}
	if distKm(lat, lng, brusselsLat, brusselsLng) < brusselsKm {
		return false
	}
	for i := 1; i < len(coast); i++ {
		a, b := coast[i-1], coast[i]
		if lng >= a[0] && lng <= b[0] {
			shore := a[1] + (lng-a[0])*(b[1]-a[1])/(b[0]-a[0])
			return lat < shore-0.002
		}
	}
	return true
}

// nearby returns a point around (lat, lng), rounded to six decimals: with
// minMetres zero a Gaussian scatter (sigmaMetres) truncated at maxMetres,
// otherwise a point at a uniform distance between minMetres and maxMetres.
// It stays within inFlanders; after many misses it returns the centre.
func (g *generator) nearby(lat, lng, minMetres, maxMetres float64) (float64, float64) {
	const metresPerDegree = 111_320.0
	for range 200 {
		var north, east float64
		if minMetres == 0 {
			north, east = g.rng.NormFloat64()*sigmaMetres, g.rng.NormFloat64()*sigmaMetres
		} else {
			d := minMetres + (maxMetres-minMetres)*g.rng.Float64()
			bearing := 2 * math.Pi * g.rng.Float64()
			north, east = d*math.Cos(bearing), d*math.Sin(bearing)
		}
		if math.Hypot(north, east) > maxMetres {
			continue
		}
		la := round6(lat + north/metresPerDegree)
		lo := round6(lng + east/(metresPerDegree*math.Cos(lat*math.Pi/180)))
		if inFlanders(la, lo) {
			return la, lo
		}
	}
	return lat, lng
}

// distKm is the great-circle distance in kilometres.
func distKm(lat1, lng1, lat2, lng2 float64) float64 { return geo.DistanceKm(lat1, lng1, lat2, lng2) }

// slugify turns a name into lowercase ASCII words joined by hyphens:
// accents are stripped, apostrophes dropped, anything else that is not a
// letter or digit separates words.
func slugify(name string) string {
	// A chain keeps state, so each call needs its own.
	stripMarks := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	plain, _, err := transform.String(stripMarks, strings.ToLower(name))
	if err != nil {
		plain = strings.ToLower(name)
	}
	var b strings.Builder
	dash := false
	for _, r := range plain {
		switch {
		case r == '\'' || r == '’':
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	return b.String()
}

// uniqueSlug returns slug, or slug with a numeric suffix, so that it is in
// neither set, and records it in mine. It fits the tenant slug's 63 characters.
func uniqueSlug(slug string, mine, theirs map[string]bool) string {
	slug = strings.TrimRight(truncate(slug, 60), "-")
	cand := slug
	for n := 2; mine[cand] || theirs[cand]; n++ {
		cand = fmt.Sprintf("%s-%d", slug, n)
	}
	mine[cand] = true
	return cand
}

// roman writes n (1 to 3999) in Roman numerals, for borough names.
func roman(n int) string {
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	symbols := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}

// kbo formats an enterprise number from its first eight digits (base must
// be below 20,000,000 so the number starts with 0 or 1) and appends the
// mod-97 check digits.
func kbo(base int) string {
	d := fmt.Sprintf("%08d%02d", base, 97-base%97)
	return d[:4] + "." + d[4:7] + "." + d[7:]
}

// phone returns a fictional Belgian landline number in the given zone from
// three random parts (0..799, 0..99, 0..99).
func phone(zone string, a, b, c int) string {
	if len(zone) == 1 { // one-digit zones have seven-digit subscriber numbers
		return fmt.Sprintf("+32 %s %03d %02d %02d", zone, 200+a, b, c)
	}
	return fmt.Sprintf("+32 %s %02d %02d %02d", zone, 20+a%80, b, c)
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
