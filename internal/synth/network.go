package synth

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/partnership"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/geo"
	"github.com/kansrijk/brug/internal/gid"
)

// Shape of a municipality's network.
const (
	locationsPerOrg = 1.2  // locations per organisation, on average
	publishedShare  = 0.7  // share of organisations that are published
	sigmaMetres     = 2500 // spread of locations around the centre
	maxMetres       = 12_000
)

// org is a generated organisation with what its children need.
type org struct {
	id     string
	name   string
	kind   organization.Kind
	locIDs []string
}

// organizations generates the tenant's organisations: the first ones cover
// every kind (the Huis van het Kind first: it is the hub of the network),
// the rest follow kindShare.
func (g *generator) organizations(b *batch, t *tenantPlan) []*org {
	n := max(1, min(t.locations, int(float64(t.locations)/locationsPerOrg+0.5)))
	total := 0
	for _, k := range kindShare {
		total += k.weight
	}
	used := map[string]bool{}
	zone := phoneZones[t.base.nis[:2]]
	orgs := make([]*org, 0, n)
	for i := range n {
		var kind organization.Kind
		if i < len(firstKinds) {
			kind = firstKinds[i]
		} else {
			r := g.rng.IntN(total)
			for _, k := range kindShare {
				if r < k.weight {
					kind = k.kind
					break
				}
				r -= k.weight
			}
		}
		o := &org{id: g.ids.next(gid.Organization), kind: kind}
		descs := orgDescriptions[kind]
		if kind == organization.KindOTHER {
			if i < len(firstKinds) {
				// The dispatcher every municipality is meant to have.
				o.name = "Huis van Gedrag " + t.base.name
				used[o.name] = true
				descs = descs[:1]
			} else {
				descs = descs[1:]
			}
		}
		if o.name == "" {
			o.name = g.orgName(kind, t.base.name, used)
		}
		domain := slugify(o.name) + ".be"
		var enterprise any
		if g.rng.IntN(3) != 0 {
			enterprise = kbo(2_000_000 + g.rng.IntN(7_000_000))
		}
		published := i < 2 || g.rng.Float64() < publishedShare
		desc := strings.ReplaceAll(descs[g.rng.IntN(len(descs))], "{town}", t.base.name)
		b.orgs.add(o.id, g.now, g.now, o.name, kind.String(), desc, "https://www."+domain, "info@"+domain,
			phone(zone, g.rng.IntN(800), g.rng.IntN(100), g.rng.IntN(100)), enterprise, published, t.id)
		orgs = append(orgs, o)
	}
	return orgs
}

// orgName draws a name for an organisation of the kind that is not yet
// used in the municipality.
func (g *generator) orgName(kind organization.Kind, town string, used map[string]bool) string {
	patterns := namePatterns[kind]
	var name string
	for attempt := range 12 {
		p := patterns[g.rng.IntN(len(patterns))]
		name = strings.ReplaceAll(p.prefixes[g.rng.IntN(len(p.prefixes))], "{town}", town)
		if len(p.names) > 0 {
			name += " " + p.names[g.rng.IntN(len(p.names))]
		}
		if p.withTown {
			name += " " + town
		}
		if attempt >= 6 {
			name += " – " + quarters[g.rng.IntN(len(quarters))]
		}
		if !used[name] {
			used[name] = true
			return name
		}
	}
	for n := 2; ; n++ {
		if c := name + " " + strconv.Itoa(n); !used[c] {
			used[c] = true
			return c
		}
	}
}

// locations gives every organisation one location and the rest of the
// tenant's locations to organisations drawn at random, spread around the
// municipality's centre.
func (g *generator) locations(b *batch, t *tenantPlan, orgs []*org) {
	count := make([]int, len(orgs))
	for i := range orgs {
		count[i] = 1
	}
	for range t.locations - len(orgs) {
		count[g.rng.IntN(len(orgs))]++
	}
	for i, o := range orgs {
		for k := range count[i] {
			street := streets[g.rng.IntN(len(streets))]
			name := o.name
			if k > 0 {
				name = truncate(o.name+" – "+street, 200)
			}
			house := strconv.Itoa(1 + g.rng.IntN(180))
			switch g.rng.IntN(20) {
			case 0:
				house += "A"
			case 1:
				house += " bus " + strconv.Itoa(1+g.rng.IntN(4))
			}
			lat, lng := g.nearby(t.lat, t.lng, 0, maxMetres)
			var access any
			if note := accessibilityNotes[g.rng.IntN(len(accessibilityNotes))]; note != "" {
				access = note
			}
			id := g.ids.next(gid.Location)
			b.locations.add(id, g.now, g.now, name, street, house, t.base.postcode, t.base.name, "BE",
				lat, lng, access, geo.Cell(lat, lng), t.id, o.id)
			o.locIDs = append(o.locIDs, id)
		}
	}
}

// services shares the tenant's services out over its organisations (one
// each first, then by serviceWeight) and generates them from the kind's
// templates.
func (g *generator) services(b *batch, t *tenantPlan, orgs []*org) {
	count := make([]int, len(orgs))
	left := t.services
	for i := range orgs {
		if left == 0 {
			break
		}
		count[i]++
		left--
	}
	cum := make([]int, len(orgs))
	total := 0
	for i, o := range orgs {
		total += serviceWeight[o.kind]
		cum[i] = total
	}
	for range left {
		r := g.rng.IntN(total)
		lo, hi := 0, len(cum)-1
		for lo < hi {
			mid := (lo + hi) / 2
			if cum[mid] > r {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		count[lo]++
	}
	for i, o := range orgs {
		templates := serviceTemplates[o.kind]
		first := g.rng.IntN(len(templates))
		for k := range count[i] {
			g.service(b, t, o, templates[(first+k)%len(templates)], k/len(templates))
		}
	}
}

// service generates one service from a template; round > 0 is a repeat of
// the template in the same organisation, which gets a variant name.
func (g *generator) service(b *batch, t *tenantPlan, o *org, s serviceSpec, round int) {
	name := s.name
	if round > 0 {
		name += " – " + serviceVariants[(round-1)%len(serviceVariants)]
		if round > len(serviceVariants) {
			name += " " + strconv.Itoa(1+(round-1)/len(serviceVariants))
		}
	}
	want := append([]directory.Need(nil), s.needs...)
	if g.rng.IntN(7) == 0 {
		want = append(want, directory.Needs[g.rng.IntN(len(directory.Needs))])
	}
	needs, err := directory.NormalizeNeeds(want)
	if err != nil {
		panic(fmt.Sprintf("synth: template %q: %v", s.name, err))
	}
	phases, err := directory.NormalizeCarePhases(s.phases)
	if err != nil {
		panic(fmt.Sprintf("synth: template %q: %v", s.name, err))
	}
	langs := languages(g.rng.IntN(100))
	// Ages vary by a year around the template's, except at the usual
	// limits (birth, 18, 21, 25).
	minAge, maxAge := s.minAge, s.maxAge
	if minAge > 0 {
		minAge += g.rng.IntN(3) - 1
	}
	if maxAge < 18 {
		maxAge = max(maxAge+g.rng.IntN(3)-1, minAge)
	}

	var available, maximum any
	status := service.CapacityStatusACCEPTING
	if g.rng.IntN(20) > 0 { // one in twenty does not publish its capacity
		most := max(1, s.maximum/2+g.rng.IntN(s.maximum/2+1))
		maximum = most
		switch r := g.rng.IntN(20); {
		case r < 10:
			available = 1 + g.rng.IntN(most)
		case r < 17:
			status, available = service.CapacityStatusWAITLIST, 0
		default:
			status, available = service.CapacityStatusCLOSED, 0
		}
	} else if g.rng.IntN(2) == 0 {
		status = service.CapacityStatusWAITLIST
	}
	capacityUpdated := g.now.Add(-time.Duration(g.rng.IntN(60*24*60)) * time.Minute)
	runs := service.StatusACTIVE
	switch r := g.rng.IntN(100); {
	case r >= 96:
		runs = service.StatusINACTIVE
	case r >= 92:
		runs = service.StatusTEMPORARILY_CLOSED
	}

	id := g.ids.next(gid.Service)
	b.services.add(id, g.now, g.now, name, s.desc, s.category.String(), mustJSON(needs), mustJSON(phases),
		minAge, maxAge, mustJSON(langs), s.howToApply, s.unit, available, maximum, capacityUpdated,
		status.String(), s.normDays, runs.String(), directory.NeedsMask(needs), directory.PhasesMask(phases),
		directory.LanguageCodes(langs), t.id, o.id)

	// One location of the organisation, or two for a third of those with more.
	first := g.rng.IntN(len(o.locIDs))
	b.serviceLocations.add(id, o.locIDs[first])
	if len(o.locIDs) > 1 && g.rng.IntN(3) == 0 {
		second := (first + 1 + g.rng.IntN(len(o.locIDs)-1)) % len(o.locIDs)
		b.serviceLocations.add(id, o.locIDs[second])
	}
}

// languages mostly returns Dutch only, often with French or English, and
// now and then with a language of a large migrant community; r is in 0..99.
func languages(r int) []string {
	switch {
	case r < 60:
		return []string{"nl"}
	case r < 75:
		return []string{"nl", "en"}
	case r < 90:
		return []string{"nl", "fr"}
	case r < 94:
		return []string{"nl", "fr", "en"}
	case r < 97:
		return []string{"nl", "tr"}
	default:
		return []string{"nl", "ar"}
	}
}

// links generates a tenant's partnerships without duplicates or self-links.
type links struct {
	g    *generator
	b    *batch
	t    *tenantPlan
	seen map[[3]string]bool
}

func (l *links) add(from, to *org, kind partnership.Kind) {
	if from == nil || to == nil || from.id == to.id {
		return
	}
	key := [3]string{from.id, to.id, string(kind)}
	if l.seen[key] {
		return
	}
	l.seen[key] = true
	rng := l.g.rng
	since := time.Date(2010+rng.IntN(16), time.Month(1+rng.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
	var note any
	if n := partnershipNotes[rng.IntN(len(partnershipNotes))]; n != "" {
		note = n
	}
	l.b.partnerships.add(l.g.ids.next(gid.Partnership), l.g.now, l.g.now, kind.String(), note, since, l.t.id, from.id, to.id)
}

// partnerships links a tenant's organisations the way the Flemish landscape
// works: everyone is a member of the Huis van het Kind's network (so the
// map is one connected graph), the Huis van Gedrag dispatches to guidance,
// CLBs and learning support, schools refer to a CLB, and so on, a few links
// per organisation.
func (g *generator) partnerships(b *batch, t *tenantPlan, orgs []*org) {
	byKind := map[organization.Kind][]*org{}
	for _, o := range orgs {
		byKind[o.kind] = append(byKind[o.kind], o)
	}
	pick := func(k organization.Kind) *org {
		if os := byKind[k]; len(os) > 0 {
			return os[g.rng.IntN(len(os))]
		}
		return nil
	}
	first := func(k organization.Kind) *org {
		if os := byKind[k]; len(os) > 0 {
			return os[0]
		}
		return nil
	}
	chance := func(n int) bool { return g.rng.IntN(n) == 0 }
	// The first Huis van het Kind is the hub, the first Huis van Gedrag
	// the dispatcher; small tenants may lack either.
	hub, hvg := first(organization.KindHUIS_VAN_HET_KIND), first(organization.KindOTHER)
	l := &links{g: g, b: b, t: t, seen: map[[3]string]bool{}}
	for _, o := range orgs {
		l.add(o, hub, partnership.KindNETWORK_MEMBER)
		switch o.kind {
		case organization.KindOTHER:
			if o == hvg {
				l.add(o, hub, partnership.KindCO_LOCATED)
				for _, k := range []organization.Kind{organization.KindPEDAGOGICAL_GUIDANCE, organization.KindCLB, organization.KindLEARNING_SUPPORT_CENTRE, organization.KindSPECIAL_EDUCATION} {
					for _, to := range byKind[k] {
						l.add(o, to, partnership.KindDISPATCHES_TO)
					}
				}
			}
		case organization.KindSCHOOL:
			clb := pick(organization.KindCLB)
			l.add(o, clb, partnership.KindREFERS_TO)
			if chance(2) {
				l.add(clb, o, partnership.KindSUPPORTS)
			}
			if chance(3) {
				l.add(pick(organization.KindLEARNING_SUPPORT_CENTRE), o, partnership.KindSUPPORTS)
			}
			if chance(3) {
				l.add(o, hvg, partnership.KindREFERS_TO)
			}
		case organization.KindSPECIAL_EDUCATION:
			l.add(o, pick(organization.KindLEARNING_SUPPORT_CENTRE), partnership.KindSUPPORTS)
			l.add(o, pick(organization.KindCLB), partnership.KindREFERS_TO)
		case organization.KindPEDAGOGICAL_GUIDANCE:
			for range 3 {
				l.add(o, pick(organization.KindSCHOOL), partnership.KindSUPPORTS)
			}
		case organization.KindCLB:
			l.add(o, pick(organization.KindDIAGNOSTIC_CENTRE), partnership.KindREFERS_TO)
			l.add(o, pick(organization.KindMENTAL_HEALTH_CENTRE), partnership.KindREFERS_TO)
			if chance(2) {
				l.add(o, pick(organization.KindYOUTH_CARE_PROVIDER), partnership.KindREFERS_TO)
			}
		case organization.KindGENERAL_PRACTITIONER:
			l.add(o, pick(organization.KindDIAGNOSTIC_CENTRE), partnership.KindREFERS_TO)
			if chance(2) {
				l.add(o, pick(organization.KindMENTAL_HEALTH_CENTRE), partnership.KindREFERS_TO)
			}
		case organization.KindDIAGNOSTIC_CENTRE:
			l.add(o, pick(organization.KindMENTAL_HEALTH_CENTRE), partnership.KindREFERS_TO)
		case organization.KindMENTAL_HEALTH_CENTRE:
			if chance(3) {
				l.add(o, pick(organization.KindYOUTH_CARE_PROVIDER), partnership.KindREFERS_TO)
			}
		case organization.KindCHILDCARE:
			if chance(2) {
				l.add(o, pick(organization.KindFAMILY_SUPPORT), partnership.KindREFERS_TO)
			}
		case organization.KindFAMILY_SUPPORT, organization.KindSOCIAL_SERVICES:
			l.add(o, hub, partnership.KindCO_LOCATED)
		case organization.KindYOUTH_CARE_PROVIDER:
			if chance(3) {
				l.add(o, pick(organization.KindSCHOOL), partnership.KindSUPPORTS)
			}
		case organization.KindLEISURE:
			if chance(5) {
				l.add(o, hvg, partnership.KindREFERS_TO)
			}
		}
	}
}
