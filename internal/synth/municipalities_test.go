package synth

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/gid"
)

func TestMunicipalityTable(t *testing.T) {
	t.Parallel()
	require.GreaterOrEqual(t, len(municipalities), 150)
	nis := map[string]bool{}
	slugs := map[string]bool{}
	perProvince := map[string]int{}
	for _, m := range municipalities {
		require.Regexp(t, `^[1-7][0-9]{4}$`, m.nis, m.name)
		require.False(t, nis[m.nis], "NIS code %s twice", m.nis)
		nis[m.nis] = true
		s := slugify(m.name)
		require.Regexp(t, `^[a-z0-9]+(-[a-z0-9]+)*$`, s)
		require.False(t, slugs[s], "slug %s twice", s)
		slugs[s] = true
		require.Contains(t, provinces, m.province, m.name)
		perProvince[m.province]++
		require.Regexp(t, `^[1-9][0-9]{3}$`, m.postcode, m.name)
		require.True(t, inFlanders(m.lat, m.lng), "%s (%f,%f) lies outside the outline", m.name, m.lat, m.lng)
		require.Contains(t, phoneZones, m.nis[:2], m.name)
		// The NIS code's first digit names the province.
		first := map[string]string{"1": provAntwerpen, "2": provVlaamsBrabant, "3": provWestVlaanderen, "4": provOostVlaanderen, "7": provLimburg}
		require.Equal(t, first[m.nis[:1]], m.province, m.name)
	}
	require.Len(t, perProvince, 5)
	for nis := range centreCities {
		require.True(t, slices.ContainsFunc(municipalities, func(m municipality) bool { return m.nis == nis }), nis)
	}
}

func TestSlugify(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Sint-Genesius-Rode":              "sint-genesius-rode",
		"De Panne":                        "de-panne",
		"Crèche 't Kabouterhuis":          "creche-t-kabouterhuis",
		"GO! Basisschool Mozaïek Aalst":   "go-basisschool-mozaiek-aalst",
		"Huis van het Kind Aalst – Noord": "huis-van-het-kind-aalst-noord",
	} {
		require.Equal(t, want, slugify(in), in)
	}
}

func TestIDs(t *testing.T) {
	t.Parallel()
	g := newIDGen(rand.New(rand.NewPCG(1, 2)))
	h := newIDGen(rand.New(rand.NewPCG(1, 2)))
	prev := ""
	format := regexp.MustCompile(`^org_[0-9a-v]{26}$`)
	for range 1000 {
		id := g.next(gid.Organization)
		require.Equal(t, id, h.next(gid.Organization), "the same source gives the same ids")
		require.Regexp(t, format, id)
		table, err := gid.Table(id)
		require.NoError(t, err)
		require.Equal(t, "organizations", table)
		require.Greater(t, id, prev, "ids are time-ordered")
		prev = id
	}
	require.NotEqual(t, gid.New(gid.Organization)[:8], prev[:8], "generated ids lie before those made now")
	require.True(t, strings.HasPrefix(prev, "org_"))
}

func TestApportion(t *testing.T) {
	t.Parallel()
	got := apportion(10, []float64{1, 1, 1})
	require.Equal(t, []int{4, 3, 3}, got)
	got = apportion(1000, []float64{0.3, 5, 2.2, 1})
	sum := 0
	for _, n := range got {
		sum += n
	}
	require.Equal(t, 1000, sum)
	require.Equal(t, []int{0, 0, 0}, apportion(0, []float64{1, 2, 3}))
}

func TestRoman(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]string{2: "II", 3: "III", 4: "IV", 9: "IX", 14: "XIV"} {
		require.Equal(t, want, roman(n))
	}
}
