package seed

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/partnership"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/tenancy"
)

// Demo inserts the demo network (tenants leuven, genk, gent) unless a tenant
// with slug "leuven" already exists; it reports whether it inserted anything.
//
// ctx must be a system context (tenancy.System): the rows span tenants and
// carry their tenant ids explicitly. client may be bound to a transaction;
// every row is written through it, one bulk insert per entity type.
func Demo(ctx context.Context, client *ent.Client) (bool, error) {
	exists, err := client.Tenant.Query().Where(tenant.Slug(demoSlug)).Exist(ctx)
	if err != nil {
		return false, fmt.Errorf("seeding demo: checking for tenant %q: %w", demoSlug, err)
	}
	if exists {
		return false, nil
	}
	p := &plan{client: client}
	for _, c := range cities {
		if err := p.addCity(c); err != nil {
			return false, fmt.Errorf("seeding %s: %w", c.slug, err)
		}
	}
	if err := p.save(ctx); err != nil {
		return false, fmt.Errorf("seeding demo: %w", err)
	}
	return true, nil
}

// plan collects the builders of every row before anything is written.
type plan struct {
	client   *ent.Client
	tenants  []*ent.TenantCreate
	orgs     []*ent.OrganizationCreate
	locs     []*ent.LocationCreate
	services []*ent.ServiceCreate
	links    []*ent.PartnershipCreate
}

// save writes the plan, parents before children.
func (p *plan) save(ctx context.Context) error {
	if err := p.client.Tenant.CreateBulk(p.tenants...).Exec(ctx); err != nil {
		return fmt.Errorf("inserting tenants: %w", err)
	}
	if err := p.client.Organization.CreateBulk(p.orgs...).Exec(ctx); err != nil {
		return fmt.Errorf("inserting organisations: %w", err)
	}
	if err := p.client.Location.CreateBulk(p.locs...).Exec(ctx); err != nil {
		return fmt.Errorf("inserting locations: %w", err)
	}
	if err := p.client.Service.CreateBulk(p.services...).Exec(ctx); err != nil {
		return fmt.Errorf("inserting services: %w", err)
	}
	if err := p.client.Partnership.CreateBulk(p.links...).Exec(ctx); err != nil {
		return fmt.Errorf("inserting partnerships: %w", err)
	}
	return nil
}

// org is an organisation of the plan with the ids it was given.
type org struct {
	id     string
	spec   orgSpec
	locIDs []string
}

// addCity plans one tenant with its organisations, locations, services and
// partnerships. The random source is seeded with the NIS code, so a city
// always gets the same addresses, capacities and dates.
func (p *plan) addCity(c city) error {
	nis, err := strconv.ParseUint(c.nis, 10, 64)
	if err != nil {
		return fmt.Errorf("NIS code %q: %w", c.nis, err)
	}
	rng := rand.New(rand.NewPCG(nis, 1))
	tenantID := gid.New(gid.Tenant)
	p.tenants = append(p.tenants, p.client.Tenant.Create().
		SetID(tenantID).
		SetSlug(c.slug).
		SetName(c.name).
		SetNisCode(c.nis).
		SetTerritory(tenant.TerritoryFLANDERS).
		SetProvince(c.province).
		SetCentroidLatitude(c.lat).
		SetCentroidLongitude(c.lon).
		SetSettings(tenancy.Settings{PublicDirectory: false, DefaultWaitingNormDays: 60}))

	orgs := make([]*org, 0, len(c.orgs))
	perKind := map[organization.Kind]int{}
	for i, spec := range c.orgs {
		o := &org{id: gid.New(gid.Organization), spec: spec}
		n := perKind[spec.kind]
		perKind[spec.kind]++
		if err := p.addOrg(c, tenantID, o, i, n, rng); err != nil {
			return fmt.Errorf("organisation %q: %w", spec.name, err)
		}
		p.addServices(tenantID, o, rng)
		orgs = append(orgs, o)
	}
	return p.addPartnerships(tenantID, orgs, rng)
}

// addOrg plans an organisation (the i-th of its city, the n-th of its kind)
// and its one or two locations.
func (p *plan) addOrg(c city, tenantID string, o *org, i, n int, rng *rand.Rand) error {
	spec := o.spec
	domain := slugify(spec.name) + ".be"
	published := i%2 == 0 || spec.kind == organization.KindHUIS_VAN_HET_KIND || spec.kind == organization.KindOTHER
	oc := p.client.Organization.Create().
		SetID(o.id).
		SetTenantID(tenantID).
		SetName(spec.name).
		SetKind(spec.kind).
		SetDescription(describe(c, spec, n)).
		SetWebsite("https://www." + domain).
		SetEmail("info@" + domain).
		SetPhone(phone(c.phoneZone, rng)).
		SetPublished(published)
	if i%3 != 2 {
		oc.SetEnterpriseNumber(kbo(2_000_000 + rng.IntN(7_000_000)))
	}
	p.orgs = append(p.orgs, oc)

	count := 1
	if rng.IntN(3) == 0 {
		count = 2
	}
	candidates := boroughStreets(c, spec.name)
	for k := range count {
		st := candidates[rng.IntN(len(candidates))]
		if k == 0 && spec.street != "" {
			var ok bool
			if st, ok = findStreet(c, spec.street); !ok {
				return fmt.Errorf("street %q is not in the street table of %s", spec.street, c.name)
			}
		}
		name := spec.name
		if count > 1 {
			name = "Hoofdzetel"
			if k > 0 {
				name = "Antenne " + st.borough + " – " + st.name
			}
		}
		lat, lon := scatter(c.lat, c.lon, 2500, rng)
		locID := gid.New(gid.Location)
		lc := p.client.Location.Create().
			SetID(locID).
			SetTenantID(tenantID).
			SetOrganizationID(o.id).
			SetName(name).
			SetStreet(st.name).
			SetHouseNumber(strconv.Itoa(1 + rng.IntN(180))).
			SetPostcode(st.postcode).
			SetMunicipality(st.borough).
			SetLatitude(lat).
			SetLongitude(lon)
		if note := accessibilityNotes[rng.IntN(len(accessibilityNotes))]; note != "" {
			lc.SetAccessibility(note)
		}
		p.locs = append(p.locs, lc)
		o.locIDs = append(o.locIDs, locID)
	}
	return nil
}

// addServices plans the services of an organisation from its kind's
// templates, starting at the template its spec names.
func (p *plan) addServices(tenantID string, o *org, rng *rand.Rand) {
	templates := serviceTemplates[o.spec.kind]
	limit, ok := maxServices[o.spec.kind]
	if !ok {
		limit = 3
	}
	limit = min(limit, len(templates))
	if limit == 0 {
		return
	}
	count := 1 + rng.IntN(limit)
	for k := range count {
		t := templates[(o.spec.first+k)%len(templates)]
		maximum := max(1, t.maximum/2+rng.IntN(t.maximum/2+1))
		status, available := capacity(maximum, rng)
		locIDs := o.locIDs
		if len(locIDs) > 1 && rng.IntN(3) == 0 {
			locIDs = locIDs[:1]
		}
		p.services = append(p.services, p.client.Service.Create().
			SetTenantID(tenantID).
			SetOrganizationID(o.id).
			SetName(t.name).
			SetDescription(t.desc).
			SetCategory(t.category).
			SetNeeds(t.needs).
			SetCarePhases(t.phases).
			SetMinAge(t.minAge).
			SetMaxAge(t.maxAge).
			SetLanguages(languages(rng)).
			SetHowToApply(t.howToApply).
			SetCapacityUnit(t.unit).
			SetCapacityMaximum(maximum).
			SetCapacityAvailable(available).
			SetCapacityStatus(status).
			SetWaitingNormDays(t.normDays).
			AddLocationIDs(locIDs...))
	}
}

// capacity picks a capacity status and the free places that go with it:
// about half the services accept children, a third keep a waiting list and
// the rest are closed for new children.
func capacity(maximum int, rng *rand.Rand) (service.CapacityStatus, int) {
	switch r := rng.IntN(20); {
	case r < 10:
		return service.CapacityStatusACCEPTING, 1 + rng.IntN(maximum)
	case r < 17:
		return service.CapacityStatusWAITLIST, 0
	default:
		return service.CapacityStatusCLOSED, 0
	}
}

// languages mostly returns Dutch only, sometimes Dutch with French or English.
func languages(rng *rand.Rand) []string {
	switch r := rng.IntN(10); {
	case r < 6:
		return []string{"nl"}
	case r < 8:
		return []string{"nl", "en"}
	default:
		return []string{"nl", "fr"}
	}
}

// linkSet plans partnerships, skipping self-links and duplicates.
type linkSet struct {
	p        *plan
	tenantID string
	rng      *rand.Rand
	seen     map[[3]string]bool
}

// add plans a partnership from → to of the given kind.
func (s *linkSet) add(from, to *org, kind partnership.Kind, note string) {
	if from == nil || to == nil || from.id == to.id {
		return
	}
	key := [3]string{from.id, to.id, string(kind)}
	if s.seen[key] {
		return
	}
	s.seen[key] = true
	since := time.Date(2016+s.rng.IntN(9), time.Month(1+s.rng.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
	pc := s.p.client.Partnership.Create().
		SetTenantID(s.tenantID).
		SetFromID(from.id).
		SetToID(to.id).
		SetKind(kind).
		SetSince(since)
	if note != "" {
		pc.SetNote(note)
	}
	s.p.links = append(s.p.links, pc)
}

// addPartnerships plans the network of a city. Every organisation is a
// member of the Huis van het Kind's network, which makes the map one
// connected graph; the other links follow how the Flemish landscape works.
func (p *plan) addPartnerships(tenantID string, orgs []*org, rng *rand.Rand) error {
	byKind := map[organization.Kind][]*org{}
	for _, o := range orgs {
		byKind[o.spec.kind] = append(byKind[o.spec.kind], o)
	}
	hubs := byKind[organization.KindHUIS_VAN_HET_KIND]
	dispatchers := byKind[organization.KindOTHER]
	if len(hubs) == 0 || len(dispatchers) == 0 {
		return fmt.Errorf("the demo needs a Huis van het Kind and a Huis van Gedrag")
	}
	hub, hvg := hubs[0], dispatchers[0]
	s := &linkSet{p: p, tenantID: tenantID, rng: rng, seen: map[[3]string]bool{}}

	// The Huis van Gedrag is housed in the Huis van het Kind and dispatches
	// behaviour questions by care phase.
	s.add(hvg, hub, partnership.KindCO_LOCATED, "Het Huis van Gedrag houdt zitdag in het Huis van het Kind.")
	for _, o := range byKind[organization.KindPEDAGOGICAL_GUIDANCE] {
		s.add(hvg, o, partnership.KindDISPATCHES_TO, "Vragen in fase 0-1: brede basiszorg en verhoogde zorg.")
	}
	for _, k := range []organization.Kind{organization.KindCLB, organization.KindLEARNING_SUPPORT_CENTRE, organization.KindSPECIAL_EDUCATION} {
		for _, o := range byKind[k] {
			s.add(hvg, o, partnership.KindDISPATCHES_TO, "Vragen in fase 2-3: uitbreiding van zorg en individueel aangepast curriculum.")
		}
	}

	// Schools work with the CLB, leersteuncentrum and pedagogical guidance
	// of their own educational network.
	for _, k := range []organization.Kind{organization.KindSCHOOL, organization.KindSPECIAL_EDUCATION} {
		for _, school := range byKind[k] {
			net := school.spec.net
			clb := sameNet(byKind[organization.KindCLB], net)
			s.add(school, clb, partnership.KindREFERS_TO, "Leerlingen met zorgvragen vanaf fase 2 worden aangemeld bij het CLB.")
			s.add(clb, school, partnership.KindSUPPORTS, "Vaste CLB-contactpersoon en maandelijks MDO.")
			if k == organization.KindSPECIAL_EDUCATION {
				s.add(school, sameNet(byKind[organization.KindLEARNING_SUPPORT_CENTRE], net), partnership.KindSUPPORTS,
					"Deelt expertise uit het buitengewoon onderwijs met het leersteuncentrum.")
				continue
			}
			s.add(school, hvg, partnership.KindREFERS_TO, "")
			s.add(sameNet(byKind[organization.KindLEARNING_SUPPORT_CENTRE], net), school, partnership.KindSUPPORTS, "")
			s.add(sameNet(byKind[organization.KindPEDAGOGICAL_GUIDANCE], net), school, partnership.KindSUPPORTS, "")
		}
	}

	// CLBs and GPs refer on to diagnostics and care.
	for _, clb := range byKind[organization.KindCLB] {
		for _, k := range []organization.Kind{organization.KindDIAGNOSTIC_CENTRE, organization.KindMENTAL_HEALTH_CENTRE, organization.KindYOUTH_CARE_PROVIDER} {
			for _, o := range byKind[k] {
				s.add(clb, o, partnership.KindREFERS_TO, "")
			}
		}
	}
	for _, gp := range byKind[organization.KindGENERAL_PRACTITIONER] {
		for _, k := range []organization.Kind{organization.KindDIAGNOSTIC_CENTRE, organization.KindMENTAL_HEALTH_CENTRE} {
			for _, o := range byKind[k] {
				s.add(gp, o, partnership.KindREFERS_TO, "")
			}
		}
	}
	for _, d := range byKind[organization.KindDIAGNOSTIC_CENTRE] {
		for _, o := range byKind[organization.KindMENTAL_HEALTH_CENTRE] {
			s.add(d, o, partnership.KindREFERS_TO, "Doorverwijzing voor behandeling na diagnose.")
		}
	}

	// Basic provisions and family support around the Huis van het Kind.
	familySupport := byKind[organization.KindFAMILY_SUPPORT]
	for i, o := range byKind[organization.KindCHILDCARE] {
		if len(familySupport) > 0 {
			s.add(o, familySupport[i%len(familySupport)], partnership.KindREFERS_TO, "")
		}
	}
	for _, k := range []organization.Kind{organization.KindFAMILY_SUPPORT, organization.KindSOCIAL_SERVICES} {
		for _, o := range byKind[k] {
			s.add(o, hub, partnership.KindCO_LOCATED, "Spreekuur in het Huis van het Kind.")
		}
	}
	for _, o := range orgs {
		s.add(o, hub, partnership.KindNETWORK_MEMBER, "")
	}
	return nil
}

// sameNet returns the first organisation of the given educational network,
// or the first of the list when none matches; nil for an empty list.
func sameNet(orgs []*org, net string) *org {
	for _, o := range orgs {
		if o.spec.net == net {
			return o
		}
	}
	if len(orgs) > 0 {
		return orgs[0]
	}
	return nil
}

// describe fills in the description template for the n-th organisation of
// its kind.
func describe(c city, spec orgSpec, n int) string {
	templates := orgDescriptions[spec.kind]
	if len(templates) == 0 {
		return ""
	}
	return strings.NewReplacer("{city}", c.name, "{net}", netLabels[spec.net]).Replace(templates[n%len(templates)])
}

// boroughStreets returns the streets of the borough an organisation's name
// mentions (e.g. "Kessel-Lo"), or every street of the city when it names none.
func boroughStreets(c city, name string) []street {
	var out []street
	for _, st := range c.streets {
		if st.borough != c.name && strings.Contains(name, st.borough) {
			out = append(out, st)
		}
	}
	if len(out) == 0 {
		return c.streets
	}
	return out
}

// findStreet looks a street up in the city's table.
func findStreet(c city, name string) (street, bool) {
	for _, st := range c.streets {
		if st.name == name {
			return st, true
		}
	}
	return street{}, false
}

// kbo formats an enterprise number from its first eight digits (base must
// be below 20,000,000 so the number starts with 0 or 1) and appends the
// mod-97 check digits.
func kbo(base int) string {
	d := fmt.Sprintf("%08d%02d", base, 97-base%97)
	return d[:4] + "." + d[4:7] + "." + d[7:]
}

// phone returns a fictional Belgian landline number in the given zone.
func phone(zone string, rng *rand.Rand) string {
	if len(zone) == 1 { // one-digit zones have seven-digit subscriber numbers
		return fmt.Sprintf("+32 %s %03d %02d %02d", zone, 200+rng.IntN(800), rng.IntN(100), rng.IntN(100))
	}
	return fmt.Sprintf("+32 %s %02d %02d %02d", zone, 20+rng.IntN(80), rng.IntN(100), rng.IntN(100))
}

// scatter returns a point uniformly distributed within radius metres of
// (lat, lon).
func scatter(lat, lon, radius float64, rng *rand.Rand) (float64, float64) {
	const metresPerDegree = 111_320.0
	d := radius * math.Sqrt(rng.Float64())
	bearing := 2 * math.Pi * rng.Float64()
	dLat := d * math.Cos(bearing) / metresPerDegree
	dLon := d * math.Sin(bearing) / (metresPerDegree * math.Cos(lat*math.Pi/180))
	return round6(lat + dLat), round6(lon + dLon)
}

// round6 rounds a coordinate to six decimals (about 10 cm).
func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// slugify turns a name into a lowercase, hyphenated domain label.
func slugify(name string) string {
	name = strings.NewReplacer("é", "e", "è", "e", "ë", "e", "ï", "i", "ö", "o", "ü", "u", "'", "", "!", "").Replace(strings.ToLower(name))
	var b strings.Builder
	dash := false
	for _, r := range name {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}
