package seed

import (
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/directory"
)

// This file holds the demo network as plain tables; demo.go turns them into
// rows. Organisation names are fictional; municipalities, NIS codes,
// postcodes and street names are real.

// Onderwijsnetten: a school, its CLB, its leersteuncentrum and its
// pedagogical guidance belong to the same educational network.
const (
	netVrij = "vrij" // Katholiek Onderwijs Vlaanderen
	netGO   = "go"   // GO! onderwijs van de Vlaamse Gemeenschap
	netOVSG = "ovsg" // stedelijk en gemeentelijk onderwijs (OVSG)
)

// netLabels names each educational network in descriptions.
var netLabels = map[string]string{
	netVrij: "het katholiek onderwijs",
	netGO:   "het GO! onderwijs van de Vlaamse Gemeenschap",
	netOVSG: "het stedelijk onderwijs (OVSG)",
}

// demoSlug is the tenant whose presence means the demo was already seeded.
const demoSlug = "leuven"

// city is one demo tenant: a real Flemish municipality.
type city struct {
	slug     string
	name     string
	nis      string
	province string
	lat, lon float64
	// phoneZone is the Belgian trunk zone without the leading 0, e.g. "16".
	phoneZone string
	streets   []street
	orgs      []orgSpec
}

// street is a real street of the municipality with its postcode and borough.
type street struct {
	name     string
	postcode string
	borough  string
}

// orgSpec describes one fictional organisation.
type orgSpec struct {
	name string
	kind organization.Kind
	// net is the educational network for schools and school-bound
	// services; empty for everyone else.
	net string
	// street pins the first location to this street of the city; empty
	// lets the generator pick one.
	street string
	// first is the index of the first service template to use for this
	// organisation's kind (e.g. after-school care instead of baby care).
	first int
}

// cities is the demo network: Leuven is first and is the sentinel tenant.
var cities = []city{
	{
		slug: "leuven", name: "Leuven", nis: "24062", province: "Vlaams-Brabant",
		lat: 50.8798, lon: 4.7005, phoneZone: "16",
		streets: []street{
			{"Naamsestraat", "3000", "Leuven"},
			{"Tiensestraat", "3000", "Leuven"},
			{"Brusselsestraat", "3000", "Leuven"},
			{"Bondgenotenlaan", "3000", "Leuven"},
			{"Diestsestraat", "3000", "Leuven"},
			{"Parijsstraat", "3000", "Leuven"},
			{"Vital Decosterstraat", "3000", "Leuven"},
			{"Kapucijnenvoer", "3000", "Leuven"},
			{"Tervuursevest", "3000", "Leuven"},
			{"Minderbroedersstraat", "3000", "Leuven"},
			{"Ridderstraat", "3000", "Leuven"},
			{"Blijde-Inkomststraat", "3000", "Leuven"},
			{"Mechelsestraat", "3000", "Leuven"},
			{"Redingenstraat", "3000", "Leuven"},
			{"Vaartkom", "3000", "Leuven"},
			{"Naamsesteenweg", "3001", "Heverlee"},
			{"Geldenaaksebaan", "3001", "Heverlee"},
			{"Celestijnenlaan", "3001", "Heverlee"},
			{"Kardinaal Mercierlaan", "3001", "Heverlee"},
			{"Waversebaan", "3001", "Heverlee"},
			{"Diestsesteenweg", "3010", "Kessel-Lo"},
			{"Martelarenlaan", "3010", "Kessel-Lo"},
			{"Tiensesteenweg", "3010", "Kessel-Lo"},
			{"Koning Albertlaan", "3010", "Kessel-Lo"},
			{"Aarschotsesteenweg", "3012", "Wilsele"},
			{"Kolonel Begaultlaan", "3012", "Wilsele"},
			{"Wakkerzeelsestraat", "3018", "Wijgmaal"},
		},
		orgs: []orgSpec{
			{name: "Huis van het Kind Leuven", kind: organization.KindHUIS_VAN_HET_KIND, street: "Vital Decosterstraat"},
			{name: "Huis van Gedrag Leuven", kind: organization.KindOTHER, street: "Vital Decosterstraat"},
			{name: "Kinderdagverblijf De Speelvogel", kind: organization.KindCHILDCARE},
			{name: "Kinderdagverblijf 't Kabouterhuis", kind: organization.KindCHILDCARE},
			{name: "Buitenschoolse Kinderopvang De Bolster", kind: organization.KindCHILDCARE, first: 1},
			{name: "Buitenschoolse Kinderopvang Kessel-Lo", kind: organization.KindCHILDCARE, first: 1},
			{name: "Onthaalouderdienst Leuven", kind: organization.KindCHILDCARE, first: 2},
			{name: "Basisschool De Regenboog", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Vrije Basisschool Sint-Jozef Kessel-Lo", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Vrije Basisschool Heilig Hart Heverlee", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Vrije Basisschool De Linde Wijgmaal", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Stedelijke Basisschool Het Vlot", kind: organization.KindSCHOOL, net: netOVSG},
			{name: "Stedelijke Basisschool De Kleine Prins", kind: organization.KindSCHOOL, net: netOVSG},
			{name: "GO! Basisschool De Wijsneus", kind: organization.KindSCHOOL, net: netGO},
			{name: "GO! Basisschool Wilsele-Dorp", kind: organization.KindSCHOOL, net: netGO},
			{name: "Sint-Geertruicollege Leuven", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Technisch Instituut Sint-Victor", kind: organization.KindSCHOOL, net: netVrij},
			{name: "GO! Atheneum Vaartkom", kind: organization.KindSCHOOL, net: netGO},
			{name: "Stedelijk Lyceum Leuven", kind: organization.KindSCHOOL, net: netOVSG},
			{name: "Buitengewoon Basisonderwijs De Horizon", kind: organization.KindSPECIAL_EDUCATION, net: netVrij},
			{name: "GO! Buitengewoon Secundair Onderwijs Het Anker", kind: organization.KindSPECIAL_EDUCATION, net: netGO},
			{name: "Vrij CLB Leuven-Centrum", kind: organization.KindCLB, net: netVrij},
			{name: "GO! CLB Leuven", kind: organization.KindCLB, net: netGO},
			{name: "CLB Stedelijk Onderwijs Leuven", kind: organization.KindCLB, net: netOVSG},
			{name: "Leersteuncentrum Vlaams-Brabant Oost", kind: organization.KindLEARNING_SUPPORT_CENTRE, net: netVrij},
			{name: "GO! Leersteuncentrum Leuven-Hageland", kind: organization.KindLEARNING_SUPPORT_CENTRE, net: netGO},
			{name: "Leersteuncentrum OVSG Regio Leuven", kind: organization.KindLEARNING_SUPPORT_CENTRE, net: netOVSG},
			{name: "Pedagogische Begeleiding Katholiek Onderwijs Regio Leuven", kind: organization.KindPEDAGOGICAL_GUIDANCE, net: netVrij},
			{name: "Pedagogische Begeleidingsdienst GO! Leuven", kind: organization.KindPEDAGOGICAL_GUIDANCE, net: netGO},
			{name: "Pedagogische Begeleiding Stedelijk Onderwijs Leuven", kind: organization.KindPEDAGOGICAL_GUIDANCE, net: netOVSG},
			{name: "Centrum voor Ontwikkelingsstoornissen Leuven", kind: organization.KindDIAGNOSTIC_CENTRE},
			{name: "Diagnostisch Centrum Kinderpsychologie Heverlee", kind: organization.KindDIAGNOSTIC_CENTRE, first: 1},
			{name: "CGG De Dijle – Team Kinderen en Jongeren", kind: organization.KindMENTAL_HEALTH_CENTRE},
			{name: "Ambulant Centrum Kinder- en Jeugdpsychiatrie Leuven", kind: organization.KindMENTAL_HEALTH_CENTRE, first: 1},
			{name: "Opvoedingswinkel Leuven", kind: organization.KindFAMILY_SUPPORT, first: 1},
			{name: "Gezinsondersteuning Het Nest", kind: organization.KindFAMILY_SUPPORT},
			{name: "Time-outproject Kompas Leuven", kind: organization.KindYOUTH_CARE_PROVIDER},
			{name: "Thuisbegeleidingsdienst De Wissel", kind: organization.KindYOUTH_CARE_PROVIDER, first: 1},
			{name: "Wijkgezondheidscentrum Kessel-Lo Noord", kind: organization.KindGENERAL_PRACTITIONER},
			{name: "Huisartsenpraktijk Vaartkom", kind: organization.KindGENERAL_PRACTITIONER},
			{name: "Sociaal Huis Leuven (OCMW)", kind: organization.KindSOCIAL_SERVICES},
			{name: "Jeugddienst Leuven – Speelpleinwerking", kind: organization.KindLEISURE},
			{name: "Jeugdhuis De Zolder", kind: organization.KindLEISURE, first: 1},
			{name: "Sportdienst Leuven – Sportkampen", kind: organization.KindLEISURE, first: 2},
			{name: "Openbare Bibliotheek Leuven", kind: organization.KindLEISURE, first: 3},
		},
	},
	{
		slug: "genk", name: "Genk", nis: "71016", province: "Limburg",
		lat: 50.9650, lon: 5.5000, phoneZone: "89",
		streets: []street{
			{"Stadsplein", "3600", "Genk"},
			{"Welzijnscampus", "3600", "Genk"},
			{"Stalenstraat", "3600", "Genk"},
			{"Hoogstraat", "3600", "Genk"},
			{"Molenstraat", "3600", "Genk"},
			{"Vennestraat", "3600", "Genk"},
			{"Europalaan", "3600", "Genk"},
			{"Winterslagstraat", "3600", "Genk"},
			{"Hasseltweg", "3600", "Genk"},
			{"Weg naar As", "3600", "Genk"},
			{"Dieplaan", "3600", "Genk"},
			{"Evence Coppéelaan", "3600", "Genk"},
			{"Rootenstraat", "3600", "Genk"},
			{"Noordlaan", "3600", "Genk"},
			{"Bochtlaan", "3600", "Genk"},
			{"Swinnenwijerweg", "3600", "Genk"},
		},
		orgs: []orgSpec{
			{name: "Huis van het Kind Genk", kind: organization.KindHUIS_VAN_HET_KIND, street: "Welzijnscampus"},
			{name: "Huis van Gedrag Genk", kind: organization.KindOTHER, street: "Welzijnscampus"},
			{name: "Kinderdagverblijf Zonnebloem", kind: organization.KindCHILDCARE},
			{name: "Kinderdagverblijf De Kleine Wereld", kind: organization.KindCHILDCARE},
			{name: "Kinderopvang Het Mijnwerkertje", kind: organization.KindCHILDCARE},
			{name: "Buitenschoolse Kinderopvang Genk-Centrum", kind: organization.KindCHILDCARE, first: 1},
			{name: "Onthaalouderdienst Genk", kind: organization.KindCHILDCARE, first: 2},
			{name: "Vrije Basisschool Sint-Albertus Winterslag", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Vrije Basisschool Het Mozaïek Waterschei", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Vrije Basisschool Sint-Martinus Genk-Centrum", kind: organization.KindSCHOOL, net: netVrij},
			{name: "GO! Basisschool Bret-Gelieren", kind: organization.KindSCHOOL, net: netGO},
			{name: "Stedelijke Basisschool Kolderbos", kind: organization.KindSCHOOL, net: netOVSG},
			{name: "Stedelijke Basisschool Sledderlo", kind: organization.KindSCHOOL, net: netOVSG},
			{name: "Stedelijke Basisschool Boxbergheide", kind: organization.KindSCHOOL, net: netOVSG},
			{name: "GO! Atheneum Genk", kind: organization.KindSCHOOL, net: netGO},
			{name: "GO! Technisch Atheneum Zwartberg", kind: organization.KindSCHOOL, net: netGO},
			{name: "Sint-Vincentiusinstituut Genk", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Technisch Instituut Sint-Jozef Genk", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Buitengewoon Basisonderwijs De Zonnewijzer", kind: organization.KindSPECIAL_EDUCATION, net: netVrij},
			{name: "GO! Buitengewoon Secundair Onderwijs De Sprong", kind: organization.KindSPECIAL_EDUCATION, net: netGO},
			{name: "Vrij CLB Limburg – Antenne Genk", kind: organization.KindCLB, net: netVrij},
			{name: "GO! CLB Genk", kind: organization.KindCLB, net: netGO},
			{name: "CLB Stedelijk Onderwijs Genk", kind: organization.KindCLB, net: netOVSG},
			{name: "Leersteuncentrum Limburg Oost", kind: organization.KindLEARNING_SUPPORT_CENTRE, net: netVrij},
			{name: "GO! Leersteuncentrum Limburg", kind: organization.KindLEARNING_SUPPORT_CENTRE, net: netGO},
			{name: "Leersteuncentrum OVSG Limburg", kind: organization.KindLEARNING_SUPPORT_CENTRE, net: netOVSG},
			{name: "Pedagogische Begeleiding Katholiek Onderwijs Regio Limburg", kind: organization.KindPEDAGOGICAL_GUIDANCE, net: netVrij},
			{name: "Pedagogische Begeleidingsdienst GO! Limburg", kind: organization.KindPEDAGOGICAL_GUIDANCE, net: netGO},
			{name: "Pedagogische Begeleiding Stedelijk Onderwijs Genk", kind: organization.KindPEDAGOGICAL_GUIDANCE, net: netOVSG},
			{name: "Centrum voor Ontwikkelingsstoornissen Genk", kind: organization.KindDIAGNOSTIC_CENTRE},
			{name: "Diagnostisch Centrum Ontwikkeling en Leren Genk", kind: organization.KindDIAGNOSTIC_CENTRE, first: 2},
			{name: "CGG Limburg – Team Kinderen en Jongeren Genk", kind: organization.KindMENTAL_HEALTH_CENTRE},
			{name: "Kinder- en Jeugdpsychiatrisch Centrum Genk – Ambulante Zorg", kind: organization.KindMENTAL_HEALTH_CENTRE, first: 1},
			{name: "Opvoedingswinkel Genk", kind: organization.KindFAMILY_SUPPORT, first: 1},
			{name: "Gezinsondersteuning Samen Sterk Genk", kind: organization.KindFAMILY_SUPPORT},
			{name: "Time-outproject De Overstap Genk", kind: organization.KindYOUTH_CARE_PROVIDER},
			{name: "Contextbegeleiding Het Kompas Limburg", kind: organization.KindYOUTH_CARE_PROVIDER, first: 1},
			{name: "Wijkgezondheidscentrum Winterslag", kind: organization.KindGENERAL_PRACTITIONER},
			{name: "Huisartsenpraktijk Bret", kind: organization.KindGENERAL_PRACTITIONER},
			{name: "Sociaal Huis Genk (OCMW)", kind: organization.KindSOCIAL_SERVICES, street: "Welzijnscampus"},
			{name: "Jeugddienst Genk – Speelpleinwerking Kattevennen", kind: organization.KindLEISURE},
			{name: "Jeugdhuis De Mijn", kind: organization.KindLEISURE, first: 1},
			{name: "Sportdienst Genk – Sportkampen", kind: organization.KindLEISURE, first: 2},
			{name: "Openbare Bibliotheek Genk", kind: organization.KindLEISURE, first: 3},
		},
	},
	{
		slug: "gent", name: "Gent", nis: "44021", province: "Oost-Vlaanderen",
		lat: 51.0543, lon: 3.7174, phoneZone: "9",
		streets: []street{
			{"Korenmarkt", "9000", "Gent"},
			{"Veldstraat", "9000", "Gent"},
			{"Sint-Pietersnieuwstraat", "9000", "Gent"},
			{"Overpoortstraat", "9000", "Gent"},
			{"Coupure Links", "9000", "Gent"},
			{"Kouter", "9000", "Gent"},
			{"Vlaanderenstraat", "9000", "Gent"},
			{"Bagattenstraat", "9000", "Gent"},
			{"Sleepstraat", "9000", "Gent"},
			{"Rooigemlaan", "9000", "Gent"},
			{"Dampoortstraat", "9000", "Gent"},
			{"Phoenixstraat", "9000", "Gent"},
			{"Bevrijdingslaan", "9000", "Gent"},
			{"Brugsesteenweg", "9030", "Mariakerke"},
			{"Deinsesteenweg", "9031", "Drongen"},
			{"Botestraat", "9032", "Wondelgem"},
			{"Antwerpsesteenweg", "9040", "Sint-Amandsberg"},
			{"Dendermondsesteenweg", "9040", "Sint-Amandsberg"},
			{"Heiveldstraat", "9040", "Sint-Amandsberg"},
			{"Eksaardserijweg", "9041", "Oostakker"},
			{"Brusselsesteenweg", "9050", "Ledeberg"},
			{"Hundelgemsesteenweg", "9050", "Ledeberg"},
			{"Kortrijksesteenweg", "9051", "Sint-Denijs-Westrem"},
			{"Grotesteenweg-Noord", "9052", "Zwijnaarde"},
		},
		orgs: []orgSpec{
			{name: "Huis van het Kind Gent", kind: organization.KindHUIS_VAN_HET_KIND, street: "Sleepstraat"},
			{name: "Huis van Gedrag Gent", kind: organization.KindOTHER, street: "Sleepstraat"},
			{name: "Kinderdagverblijf De Ketelbinkjes", kind: organization.KindCHILDCARE},
			{name: "Kinderdagverblijf Het Bollebooske", kind: organization.KindCHILDCARE},
			{name: "Kinderdagverblijf De Pagadder Drongen", kind: organization.KindCHILDCARE, street: "Deinsesteenweg"},
			{name: "Kinderopvang Klein Kasteel Sint-Amandsberg", kind: organization.KindCHILDCARE, street: "Heiveldstraat"},
			{name: "Buitenschoolse Kinderopvang De Boomhut Ledeberg", kind: organization.KindCHILDCARE, first: 1, street: "Brusselsesteenweg"},
			{name: "Onthaalouderdienst Gent", kind: organization.KindCHILDCARE, first: 2},
			{name: "Vrije Basisschool Sint-Paulus Sint-Amandsberg", kind: organization.KindSCHOOL, net: netVrij, street: "Antwerpsesteenweg"},
			{name: "Vrije Basisschool Onze-Lieve-Vrouw Drongen", kind: organization.KindSCHOOL, net: netVrij, street: "Deinsesteenweg"},
			{name: "Vrije Basisschool Zonnebloem Oostakker", kind: organization.KindSCHOOL, net: netVrij, street: "Eksaardserijweg"},
			{name: "Stedelijke Basisschool De Wondere Wereld", kind: organization.KindSCHOOL, net: netOVSG},
			{name: "Stedelijke Basisschool Het Prieeltje Ledeberg", kind: organization.KindSCHOOL, net: netOVSG, street: "Hundelgemsesteenweg"},
			{name: "Stedelijke Basisschool De Buurt Muide", kind: organization.KindSCHOOL, net: netOVSG},
			{name: "GO! Basisschool De Vlieger Mariakerke", kind: organization.KindSCHOOL, net: netGO, street: "Brugsesteenweg"},
			{name: "GO! Basisschool Het Klaverblad Wondelgem", kind: organization.KindSCHOOL, net: netGO, street: "Botestraat"},
			{name: "GO! Basisschool De Toverfluit Zwijnaarde", kind: organization.KindSCHOOL, net: netGO, street: "Grotesteenweg-Noord"},
			{name: "Sint-Amandscollege Gent", kind: organization.KindSCHOOL, net: netVrij},
			{name: "Technisch Instituut Sint-Jozef Zwijnaarde", kind: organization.KindSCHOOL, net: netVrij, street: "Grotesteenweg-Noord"},
			{name: "GO! Atheneum Gent-Zuid", kind: organization.KindSCHOOL, net: netGO},
			{name: "Stedelijk Lyceum Gent-Oost", kind: organization.KindSCHOOL, net: netOVSG},
			{name: "Basisschool De Bijenkorf Brugse Poort", kind: organization.KindSCHOOL, net: netVrij, street: "Phoenixstraat"},
			{name: "Buitengewoon Basisonderwijs De Oever", kind: organization.KindSPECIAL_EDUCATION, net: netVrij},
			{name: "Stedelijk Buitengewoon Basisonderwijs De Kameleon", kind: organization.KindSPECIAL_EDUCATION, net: netOVSG},
			{name: "GO! Buitengewoon Secundair Onderwijs Het Spoor", kind: organization.KindSPECIAL_EDUCATION, net: netGO},
			{name: "Vrij CLB Gent-Centrum", kind: organization.KindCLB, net: netVrij},
			{name: "GO! CLB Gent", kind: organization.KindCLB, net: netGO},
			{name: "CLB Stedelijk Onderwijs Gent", kind: organization.KindCLB, net: netOVSG},
			{name: "Leersteuncentrum Oost-Vlaanderen Centrum", kind: organization.KindLEARNING_SUPPORT_CENTRE, net: netVrij},
			{name: "GO! Leersteuncentrum Gent-Meetjesland", kind: organization.KindLEARNING_SUPPORT_CENTRE, net: netGO},
			{name: "Leersteuncentrum Stad Gent", kind: organization.KindLEARNING_SUPPORT_CENTRE, net: netOVSG},
			{name: "Pedagogische Begeleiding Katholiek Onderwijs Regio Gent", kind: organization.KindPEDAGOGICAL_GUIDANCE, net: netVrij},
			{name: "Pedagogische Begeleidingsdienst GO! Gent", kind: organization.KindPEDAGOGICAL_GUIDANCE, net: netGO},
			{name: "Pedagogische Begeleiding Stedelijk Onderwijs Gent", kind: organization.KindPEDAGOGICAL_GUIDANCE, net: netOVSG},
			{name: "Centrum voor Ontwikkelingsstoornissen Gent", kind: organization.KindDIAGNOSTIC_CENTRE},
			{name: "Diagnostisch Centrum Kind en Leren Zwijnaarde", kind: organization.KindDIAGNOSTIC_CENTRE, first: 1, street: "Grotesteenweg-Noord"},
			{name: "CGG Gent – Team Kinderen en Jongeren", kind: organization.KindMENTAL_HEALTH_CENTRE},
			{name: "Centrum voor Kinder- en Jeugdpsychiatrie Gent – Ambulante Zorg", kind: organization.KindMENTAL_HEALTH_CENTRE, first: 1},
			{name: "Opvoedingswinkel Gent", kind: organization.KindFAMILY_SUPPORT, first: 1},
			{name: "Gezinsondersteuning Kleine Kracht Gent", kind: organization.KindFAMILY_SUPPORT},
			{name: "Time-outproject De Sloep Gent", kind: organization.KindYOUTH_CARE_PROVIDER},
			{name: "Thuisbegeleidingsdienst Het Anker Gent", kind: organization.KindYOUTH_CARE_PROVIDER, first: 1},
			{name: "Wijkgezondheidscentrum Ledeberg", kind: organization.KindGENERAL_PRACTITIONER, street: "Brusselsesteenweg"},
			{name: "Huisartsenpraktijk Brugse Poort", kind: organization.KindGENERAL_PRACTITIONER, street: "Phoenixstraat"},
			{name: "Sociaal Huis Gent (OCMW)", kind: organization.KindSOCIAL_SERVICES},
			{name: "Jeugddienst Gent – Speelpleinwerking", kind: organization.KindLEISURE},
			{name: "Jeugdhuis De Loods", kind: organization.KindLEISURE, first: 1},
			{name: "Sportdienst Gent – Sportkampen", kind: organization.KindLEISURE, first: 2},
			{name: "Openbare Bibliotheek Gent", kind: organization.KindLEISURE, first: 3},
		},
	},
}

// orgDescriptions holds description templates per organisation kind; the
// n-th organisation of a kind in a city uses template n modulo the list.
// {city} is replaced by the municipality, {net} by the educational network.
var orgDescriptions = map[organization.Kind][]string{
	organization.KindCHILDCARE: {
		"Erkende kinderopvang in {city} voor baby's en peuters. Werkt inclusief en zoekt samen met ouders en het Huis van het Kind naar extra ondersteuning wanneer een kind meer zorg nodig heeft.",
		"Kleinschalige kinderopvang met vaste begeleiders per leefgroep. Signaleert vroeg ontwikkelingsvragen en verwijst door naar de gezinsondersteuning in {city}.",
	},
	organization.KindHUIS_VAN_HET_KIND: {
		"Samenwerkingsverband van alle partners rond gezinnen met kinderen en jongeren in {city}: consultatiebureau, opvoedingsondersteuning, ontmoeting en doorverwijzing. Het Huis van het Kind coördineert het lokale netwerk van basisvoorzieningen.",
	},
	organization.KindSCHOOL: {
		"School van {net} in {city}. Het zorgteam werkt volgens het zorgcontinuüm en schakelt bij vragen vanaf fase 2 het CLB en het leersteuncentrum in.",
		"School van {net} met een uitgebouwd zorgbeleid: brede basiszorg in elke klas, een zorgcoördinator als aanspreekpunt en overleg met het CLB over leerlingen met specifieke onderwijsbehoeften.",
		"School van {net} in {city} met aandacht voor taalstimulering, welbevinden en een positief klasklimaat. Bij gedragsvragen zoekt de school snel contact met het Huis van Gedrag.",
	},
	organization.KindLEISURE: {
		"Vrijetijdsaanbod voor kinderen en jongeren in {city}, toegankelijk voor wie extra ondersteuning nodig heeft. Werkt samen met het Huis van het Kind om drempels te verlagen.",
		"Laagdrempelige ontmoetingsplek en activiteiten voor jongeren in {city}. Begeleiders hebben oog voor welbevinden en verwijzen jongeren zo nodig door.",
	},
	organization.KindCLB: {
		"Centrum voor leerlingenbegeleiding voor de scholen van {net} in {city}. Begeleidt leerlingen, ouders en scholen bij leren en studeren, onderwijsloopbaan, psychisch en sociaal functioneren en preventieve gezondheidszorg. Stelt handelingsgericht diagnostisch onderzoek op en is de draaischijf naar jeugdhulp.",
	},
	organization.KindLEARNING_SUPPORT_CENTRE: {
		"Leersteuncentrum van {net} (opvolger van het ondersteuningsnetwerk). Ondersteunt leerlingen met specifieke onderwijsbehoeften in het gewoon onderwijs, hun leraren en het schoolteam, in de fasen 2 en 3 van het zorgcontinuüm.",
	},
	organization.KindPEDAGOGICAL_GUIDANCE: {
		"Pedagogische begeleidingsdienst van {net}. Versterkt schoolteams in brede basiszorg en verhoogde zorg (fase 0 en 1): klasmanagement, differentiatie, omgaan met gedrag en professionalisering van zorgcoördinatoren.",
	},
	organization.KindSPECIAL_EDUCATION: {
		"School voor buitengewoon onderwijs van {net} in {city}. Biedt een individueel aangepast curriculum (fase 3) en deelt expertise met het leersteuncentrum en de scholen van het gewoon onderwijs.",
	},
	organization.KindDIAGNOSTIC_CENTRE: {
		"Centrum voor Ontwikkelingsstoornissen: multidisciplinair team (arts, psycholoog, logopedist, kinesitherapeut) voor diagnostiek bij vermoeden van autisme, ADHD, taal-, leer- en motorische ontwikkelingsstoornissen. Aanmelding via CLB, huisarts of kinderarts.",
		"Diagnostisch centrum voor kinderen en jongeren met leer- en gedragsvragen. Werkt handelingsgericht en koppelt de resultaten terug naar ouders, school en CLB.",
	},
	organization.KindMENTAL_HEALTH_CENTRE: {
		"Centrum voor geestelijke gezondheidszorg met een team voor kinderen en jongeren. Ambulante diagnostiek en behandeling bij emotionele, gedrags- en ontwikkelingsproblemen, in samenwerking met school en CLB.",
		"Ambulante kinder- en jeugdpsychiatrie: consultatie, diagnostiek en behandeling voor kinderen en jongeren met complexe psychische problemen, met mobiele ondersteuning in de klas.",
	},
	organization.KindFAMILY_SUPPORT: {
		"Gezinsondersteuning in {city}: begeleiding aan huis voor gezinnen met opvoedingsvragen, kortdurend en laagdrempelig, in samenwerking met het Huis van het Kind.",
		"Opvoedingswinkel: gratis en anoniem advies voor ouders en professionals over opvoeden, gedrag en ontwikkeling, met vragenspreekuren en oudergroepen.",
	},
	organization.KindYOUTH_CARE_PROVIDER: {
		"Erkende jeugdhulpaanbieder met time-outtrajecten voor jongeren die op school dreigen vast te lopen. Werkt samen met school, CLB en ouders aan een snelle terugkeer naar de klas.",
		"Jeugdhulp in de context van het gezin: mobiele begeleiding bij ernstige opvoedings- en gedragsproblemen, toegankelijk via de intersectorale toegangspoort of rechtstreeks.",
	},
	organization.KindGENERAL_PRACTITIONER: {
		"Huisartsenpraktijk in {city}, eerste aanspreekpunt voor gezinnen bij gezondheids- en ontwikkelingsvragen. Verwijst gericht door naar diagnostiek en geestelijke gezondheidszorg.",
		"Wijkgezondheidscentrum met huisartsen, verpleegkundigen en een sociaal werker. Forfaitaire zorg, laagdrempelig voor kwetsbare gezinnen in {city}.",
	},
	organization.KindSOCIAL_SERVICES: {
		"Sociaal Huis van {city}: sociale dienstverlening, schuldhulp en ondersteuning bij schoolkosten en kinderopvang. Werkt samen met scholen en het Huis van het Kind tegen kinderarmoede.",
	},
	organization.KindOTHER: {
		"Huis van Gedrag {city}: één aanspreekpunt voor scholen, ouders en kinderopvang met vragen over moeilijk gedrag. Het Huis van Gedrag verheldert de vraag binnen enkele werkdagen en dispatcht ze: naar de pedagogische begeleiding voor brede basiszorg en verhoogde zorg (fase 0-1), naar het CLB, het leersteuncentrum of het buitengewoon onderwijs voor uitbreiding van zorg en een aangepast curriculum (fase 2-3).",
	},
}

// accessibilityNotes are sample accessibility remarks for locations.
var accessibilityNotes = []string{
	"",
	"Rolstoeltoegankelijk; aangepast sanitair aanwezig.",
	"Bushalte op 200 meter; fietsenstalling aan de ingang.",
	"Gelijkvloerse inkom; lift naar alle verdiepingen.",
	"Toegang via de zij-ingang; parkeerplaats voor personen met een handicap.",
}

// serviceSpec is a template for a service of some organisation kind.
type serviceSpec struct {
	name       string
	desc       string
	category   service.Category
	needs      []directory.Need
	phases     []int
	minAge     int
	maxAge     int
	unit       string
	maximum    int
	normDays   int
	howToApply string
}

// maxServices caps how many services an organisation of a kind gets; kinds
// not listed get up to three.
var maxServices = map[organization.Kind]int{
	organization.KindSCHOOL:            0,
	organization.KindCHILDCARE:         1,
	organization.KindLEISURE:           1,
	organization.KindHUIS_VAN_HET_KIND: 2,
}

// serviceTemplates lists the services each kind of organisation offers.
var serviceTemplates = map[organization.Kind][]serviceSpec{
	organization.KindCHILDCARE: {
		{
			name: "Opvang voor baby's en peuters", category: service.CategoryCHILDCARE,
			desc:   "Dagopvang voor kinderen van 0 tot 3 jaar, met inclusieve opvang voor kinderen met een specifieke zorgbehoefte.",
			phases: []int{0}, minAge: 0, maxAge: 3, unit: "plaatsen", maximum: 28, normDays: 90,
			howToApply: "Aanvraag via het Loket Kinderopvang van de stad.",
		},
		{
			name: "Buitenschoolse opvang", category: service.CategoryCHILDCARE,
			desc:   "Opvang voor en na school, op woensdagnamiddag en in de schoolvakanties.",
			phases: []int{0}, minAge: 2, maxAge: 12, unit: "plaatsen", maximum: 60, normDays: 30,
			howToApply: "Inschrijven via de website; voorrang voor kinderen van werkende ouders en kwetsbare gezinnen.",
		},
		{
			name: "Opvang bij onthaalouders", category: service.CategoryCHILDCARE,
			desc:   "Gezinsopvang bij erkende onthaalouders in de buurt, in kleine groepen.",
			phases: []int{0}, minAge: 0, maxAge: 3, unit: "plaatsen", maximum: 40, normDays: 90,
			howToApply: "Aanvraag via het Loket Kinderopvang.",
		},
	},
	organization.KindHUIS_VAN_HET_KIND: {
		{
			name: "Opvoedingsondersteuning en consultatiebureau", category: service.CategoryPARENTING_SUPPORT,
			desc:   "Preventieve gezondheidszorg voor jonge kinderen en laagdrempelige opvoedingsondersteuning voor ouders.",
			phases: []int{0}, minAge: 0, maxAge: 6, unit: "consulten per week", maximum: 60, normDays: 30,
			howToApply: "Afspraak maken via het onthaal of de website.",
		},
		{
			name: "Wegwijs voor gezinnen", category: service.CategoryINFORMATION,
			desc:   "Onthaal en doorverwijzing voor alle vragen van gezinnen: opvang, school, vrije tijd, zorg en financiële steun.",
			needs:  []directory.Need{directory.NeedOther},
			phases: []int{0, 1}, minAge: 0, maxAge: 18, unit: "gesprekken per week", maximum: 30, normDays: 30,
			howToApply: "Binnenlopen tijdens de openingsuren of bellen.",
		},
	},
	organization.KindLEISURE: {
		{
			name: "Speelpleinwerking", category: service.CategoryLEISURE,
			desc:   "Speelplein in de schoolvakanties met inclusieve werking en extra begeleiding waar nodig.",
			needs:  []directory.Need{directory.NeedSocial},
			phases: []int{0}, minAge: 4, maxAge: 14, unit: "kinderen per dag", maximum: 120, normDays: 30,
			howToApply: "Inschrijven per week via de website van de jeugddienst.",
		},
		{
			name: "Open jeugdwerking", category: service.CategoryLEISURE,
			desc:   "Open huis, ateliers en begeleiding voor jongeren, met aandacht voor wie het moeilijk heeft op school.",
			needs:  []directory.Need{directory.NeedSocial, directory.NeedEmotional},
			phases: []int{0}, minAge: 12, maxAge: 25, unit: "deelnemers", maximum: 80, normDays: 30,
			howToApply: "Vrij binnenlopen tijdens de openingsuren.",
		},
		{
			name: "Inclusieve sportkampen", category: service.CategoryLEISURE,
			desc:   "Sportkampen in de vakanties, met aangepaste groepen voor kinderen met een beperking.",
			needs:  []directory.Need{directory.NeedMotor, directory.NeedSocial},
			phases: []int{0}, minAge: 4, maxAge: 16, unit: "plaatsen per kamp", maximum: 40, normDays: 60,
			howToApply: "Online inschrijven; kansentarief via het Sociaal Huis.",
		},
		{
			name: "Huiswerkbegeleiding en voorleesuurtjes", category: service.CategoryINFORMATION,
			desc:   "Gratis huiswerkklas en voorlezen voor kinderen, met vrijwilligers en taalstimulering.",
			needs:  []directory.Need{directory.NeedLanguage, directory.NeedLearning},
			phases: []int{0, 1}, minAge: 6, maxAge: 14, unit: "plaatsen", maximum: 30, normDays: 30,
			howToApply: "Aanmelden aan de balie of via de school.",
		},
	},
	organization.KindCLB: {
		{
			name: "Handelingsgerichte diagnostiek", category: service.CategoryDIAGNOSTICS,
			desc:   "Onderzoek naar de onderwijs- en opvoedingsbehoeften van een leerling, met advies aan school en ouders en zo nodig een verslag of gemotiveerd verslag.",
			needs:  []directory.Need{directory.NeedADHD, directory.NeedAutism, directory.NeedLearning, directory.NeedBehaviour, directory.NeedEmotional},
			phases: []int{2, 3}, minAge: 3, maxAge: 21, unit: "aanmeldingen per maand", maximum: 40, normDays: 60,
			howToApply: "De zorgcoördinator meldt aan via de CLB-contactpersoon van de school; ouders kunnen ook rechtstreeks contact opnemen.",
		},
		{
			name: "Draaischijf naar jeugdhulp", category: service.CategoryINFORMATION,
			desc:   "Het CLB verheldert de vraag en leidt leerling en gezin naar passende jeugdhulp of geestelijke gezondheidszorg.",
			needs:  []directory.Need{directory.NeedEmotional, directory.NeedBehaviour, directory.NeedSocial, directory.NeedOther},
			phases: []int{2, 3}, minAge: 3, maxAge: 21, unit: "aanmeldingen per maand", maximum: 30, normDays: 30,
			howToApply: "Via de CLB-medewerker van de school of het onthaal van het CLB.",
		},
		{
			name: "Begeleiding bij leren en studeren", category: service.CategorySCHOOL_SUPPORT,
			desc:   "Individuele begeleiding van leerlingen met leerproblemen en overleg met het zorgteam over redelijke aanpassingen.",
			needs:  []directory.Need{directory.NeedLearning, directory.NeedLanguage},
			phases: []int{2, 3}, minAge: 5, maxAge: 21, unit: "trajecten", maximum: 50, normDays: 60,
			howToApply: "Aanmelding door de school na overleg met de ouders.",
		},
	},
	organization.KindLEARNING_SUPPORT_CENTRE: {
		{
			name: "Leerondersteuning in de klas", category: service.CategorySCHOOL_SUPPORT,
			desc:   "Ondersteuners werken in de klas met de leerling en de leraar, op basis van een verslag of gemotiveerd verslag van het CLB.",
			needs:  []directory.Need{directory.NeedLearning, directory.NeedBehaviour, directory.NeedADHD, directory.NeedAutism, directory.NeedMotor},
			phases: []int{2, 3}, minAge: 3, maxAge: 21, unit: "begeleidingen", maximum: 80, normDays: 60,
			howToApply: "De school vraagt ondersteuning aan via het aanvraagformulier van het leersteuncentrum, samen met het CLB.",
		},
		{
			name: "Ondersteuning bij autisme", category: service.CategorySCHOOL_SUPPORT,
			desc:   "Gespecialiseerde ondersteuning voor leerlingen met autisme en hun schoolteam: structuur, communicatie en sociale vaardigheden.",
			needs:  []directory.Need{directory.NeedAutism, directory.NeedSocial},
			phases: []int{2, 3}, minAge: 3, maxAge: 21, unit: "begeleidingen", maximum: 30, normDays: 60,
			howToApply: "Aanvraag door de school met het CLB-verslag.",
		},
		{
			name: "Coaching van zorgteams", category: service.CategorySCHOOL_SUPPORT,
			desc:   "Teamgerichte ondersteuning: samen met het zorgteam een aanpak uitwerken voor een klas of groep leerlingen.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedLearning},
			phases: []int{2}, minAge: 3, maxAge: 18, unit: "trajecten", maximum: 20, normDays: 90,
			howToApply: "Aanvraag door de directie of de zorgcoördinator.",
		},
	},
	organization.KindPEDAGOGICAL_GUIDANCE: {
		{
			name: "Begeleiding brede basiszorg", category: service.CategorySCHOOL_SUPPORT,
			desc:   "Begeleiding van schoolteams bij differentiatie, klasmanagement en het uitbouwen van brede basiszorg en verhoogde zorg.",
			needs:  []directory.Need{directory.NeedLearning, directory.NeedBehaviour},
			phases: []int{0, 1}, minAge: 2, maxAge: 18, unit: "schoolbegeleidingen", maximum: 25, normDays: 60,
			howToApply: "De directie vraagt begeleiding aan bij de regionale begeleider.",
		},
		{
			name: "Vorming omgaan met moeilijk gedrag", category: service.CategoryBEHAVIOUR_SUPPORT,
			desc:   "Nascholing en intervisie voor leraren over een positief klasklimaat, de-escalatie en het omgaan met gedragsvragen.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedADHD, directory.NeedSocial},
			phases: []int{0, 1}, minAge: 3, maxAge: 18, unit: "sessies per trimester", maximum: 12, normDays: 90,
			howToApply: "Inschrijven via het nascholingsaanbod of op vraag van de school.",
		},
	},
	organization.KindSPECIAL_EDUCATION: {
		{
			name: "Inschrijving buitengewoon onderwijs", category: service.CategorySCHOOL_SUPPORT,
			desc:   "Onderwijs op maat met een individueel aangepast curriculum, kleine klassen en therapie op school.",
			needs:  []directory.Need{directory.NeedLearning, directory.NeedAutism, directory.NeedBehaviour, directory.NeedLanguage, directory.NeedMotor},
			phases: []int{3}, minAge: 3, maxAge: 21, unit: "leerlingplaatsen", maximum: 30, normDays: 60,
			howToApply: "Inschrijven met een verslag van het CLB voor het passende type.",
		},
		{
			name: "Expertise voor het gewoon onderwijs", category: service.CategorySCHOOL_SUPPORT,
			desc:   "Leraren van het buitengewoon onderwijs delen hun expertise met scholen van het gewoon onderwijs, via het leersteuncentrum.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedAutism, directory.NeedLearning},
			phases: []int{2, 3}, minAge: 3, maxAge: 21, unit: "trajecten", maximum: 15, normDays: 90,
			howToApply: "Aanvraag via het leersteuncentrum.",
		},
	},
	organization.KindDIAGNOSTIC_CENTRE: {
		{
			name: "Multidisciplinaire diagnostiek ontwikkelingsstoornissen", category: service.CategoryDIAGNOSTICS,
			desc:   "Volledig onderzoek door arts, psycholoog, logopedist en kinesitherapeut, met adviesgesprek en verslag voor school en CLB.",
			needs:  []directory.Need{directory.NeedADHD, directory.NeedAutism, directory.NeedLearning, directory.NeedLanguage, directory.NeedMotor},
			phases: []int{2, 3}, minAge: 2, maxAge: 18, unit: "intakes per maand", maximum: 12, normDays: 90,
			howToApply: "Verwijzing door CLB, huisarts of kinderarts met het aanmeldformulier.",
		},
		{
			name: "ADHD-diagnostiek", category: service.CategoryDIAGNOSTICS,
			desc:   "Diagnostisch traject bij vermoeden van ADHD, met observatie op school en advies over aanpak en eventuele medicatie.",
			needs:  []directory.Need{directory.NeedADHD, directory.NeedBehaviour},
			phases: []int{2, 3}, minAge: 6, maxAge: 18, unit: "intakes per maand", maximum: 8, normDays: 90,
			howToApply: "Aanmelding door het CLB met het verslag van de handelingsgerichte diagnostiek.",
		},
		{
			name: "Autismediagnostiek bij jonge kinderen", category: service.CategoryDIAGNOSTICS,
			desc:   "Vroegtijdige diagnostiek bij vermoeden van autisme, met begeleiding van ouders na de diagnose.",
			needs:  []directory.Need{directory.NeedAutism, directory.NeedSocial, directory.NeedLanguage},
			phases: []int{2, 3}, minAge: 2, maxAge: 7, unit: "intakes per maand", maximum: 6, normDays: 90,
			howToApply: "Verwijzing door huisarts, kinderarts, Kind en Gezin of CLB.",
		},
	},
	organization.KindMENTAL_HEALTH_CENTRE: {
		{
			name: "Ambulante begeleiding kinderen en jongeren", category: service.CategoryTHERAPY,
			desc:   "Diagnostiek en therapie bij angst, somberheid, trauma en gedragsproblemen, met betrokkenheid van ouders en school.",
			needs:  []directory.Need{directory.NeedEmotional, directory.NeedBehaviour, directory.NeedSocial},
			phases: []int{2, 3}, minAge: 4, maxAge: 18, unit: "trajecten", maximum: 25, normDays: 90,
			howToApply: "Aanmelding door ouders, huisarts of CLB via het telefonisch onthaal.",
		},
		{
			name: "Crisisinterventie jongeren", category: service.CategoryCRISIS,
			desc:   "Snelle, kortdurende interventie voor jongeren in acute psychische nood, met opvolging door het eigen netwerk.",
			needs:  []directory.Need{directory.NeedEmotional},
			phases: []int{2, 3}, minAge: 12, maxAge: 25, unit: "plaatsen per week", maximum: 4, normDays: 14,
			howToApply: "Telefonisch aanmelden door CLB, huisarts of jeugdhulp.",
		},
		{
			name: "Oudergroep ADHD en gedrag", category: service.CategoryPARENTING_SUPPORT,
			desc:   "Oudertraining in groep voor ouders van kinderen met ADHD of gedragsproblemen.",
			needs:  []directory.Need{directory.NeedADHD, directory.NeedBehaviour},
			phases: []int{1, 2}, minAge: 4, maxAge: 12, unit: "gezinnen per reeks", maximum: 10, normDays: 90,
			howToApply: "Inschrijven na een intakegesprek.",
		},
	},
	organization.KindFAMILY_SUPPORT: {
		{
			name: "Opvoedingsondersteuning aan huis", category: service.CategoryFAMILY_SUPPORT,
			desc:   "Een gezinsbegeleider komt aan huis en werkt samen met de ouders aan dagelijkse opvoedingsvragen.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedEmotional},
			phases: []int{0, 1}, minAge: 0, maxAge: 18, unit: "gezinnen", maximum: 25, normDays: 60,
			howToApply: "Ouders of professionals melden aan via telefoon of e-mail.",
		},
		{
			name: "Vragenspreekuur opvoeding", category: service.CategoryPARENTING_SUPPORT,
			desc:   "Gratis gesprek met een pedagoog over opvoeden, gedrag, slapen, eten of schoolstress.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedSocial, directory.NeedEmotional},
			phases: []int{0, 1}, minAge: 0, maxAge: 18, unit: "gesprekken per week", maximum: 15, normDays: 30,
			howToApply: "Vrij binnenlopen of een afspraak maken.",
		},
		{
			name: "Gezinsklas", category: service.CategoryFAMILY_CLASS,
			desc:   "Ouder en kind volgen samen enkele weken een klas waarin aan gedrag en leren op school wordt gewerkt.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedLearning},
			phases: []int{1, 2}, minAge: 6, maxAge: 12, unit: "gezinnen per reeks", maximum: 8, normDays: 90,
			howToApply: "Aanmelding door de school of het CLB, met akkoord van de ouders.",
		},
	},
	organization.KindYOUTH_CARE_PROVIDER: {
		{
			name: "Time-out voor leerlingen", category: service.CategoryTIME_OUT,
			desc:   "Kortdurend time-outtraject buiten de school voor leerlingen die dreigen uit te vallen, met een terugkeerplan.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedEmotional},
			phases: []int{2, 3}, minAge: 10, maxAge: 18, unit: "plaatsen", maximum: 8, normDays: 30,
			howToApply: "Aanmelding door de school samen met het CLB.",
		},
		{
			name: "Contextbegeleiding", category: service.CategoryFAMILY_SUPPORT,
			desc:   "Intensieve mobiele begeleiding van gezinnen bij ernstige opvoedings- en gedragsproblemen.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedEmotional, directory.NeedSocial},
			phases: []int{2, 3}, minAge: 0, maxAge: 18, unit: "gezinnen", maximum: 20, normDays: 90,
			howToApply: "Via de intersectorale toegangspoort of rechtstreeks toegankelijk na overleg.",
		},
		{
			name: "Crisisjeugdhulp", category: service.CategoryCRISIS,
			desc:   "Crisisbegeleiding binnen 24 uur voor kinderen en jongeren in een acute gezins- of schoolsituatie.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedEmotional},
			phases: []int{2, 3}, minAge: 0, maxAge: 18, unit: "plaatsen per week", maximum: 5, normDays: 14,
			howToApply: "Telefonisch aanmelden bij het crisismeldpunt minderjarigen.",
		},
	},
	organization.KindGENERAL_PRACTITIONER: {
		{
			name: "Huisartsenconsult en doorverwijzing", category: service.CategoryINFORMATION,
			desc:   "Eerste medische beoordeling bij ontwikkelings- en gedragsvragen en gerichte doorverwijzing naar diagnostiek.",
			needs:  []directory.Need{directory.NeedADHD, directory.NeedEmotional, directory.NeedOther},
			phases: []int{0, 1}, minAge: 0, maxAge: 25, unit: "consulten per week", maximum: 40, normDays: 30,
			howToApply: "Afspraak via telefoon of online agenda.",
		},
	},
	organization.KindSOCIAL_SERVICES: {
		{
			name: "Sociaal onthaal voor gezinnen", category: service.CategoryINFORMATION,
			desc:   "Informatie en hulp bij rechten, inkomen, huisvesting en schoolkosten.",
			needs:  []directory.Need{directory.NeedOther},
			phases: []int{0, 1}, minAge: 0, maxAge: 25, unit: "gesprekken per week", maximum: 50, normDays: 30,
			howToApply: "Vrij binnenlopen tijdens de openingsuren of een afspraak maken.",
		},
		{
			name: "Ondersteuning bij schoolkosten", category: service.CategoryFAMILY_SUPPORT,
			desc:   "Financiële tussenkomst en afbetalingsplannen voor schoolrekeningen, opvang en vrije tijd.",
			needs:  []directory.Need{directory.NeedOther},
			phases: []int{0}, minAge: 2, maxAge: 25, unit: "dossiers per maand", maximum: 30, normDays: 60,
			howToApply: "Aanvraag bij de maatschappelijk werker.",
		},
	},
	organization.KindOTHER: {
		{
			name: "Aanmeldpunt gedragsvragen", category: service.CategoryINFORMATION,
			desc:   "Eén loket voor scholen, kinderopvang en ouders met vragen over moeilijk gedrag; de vraag wordt verhelderd en binnen vijf werkdagen naar de juiste partner gedispatcht.",
			needs:  []directory.Need{directory.NeedBehaviour, directory.NeedADHD, directory.NeedAutism, directory.NeedEmotional},
			phases: []int{0, 1, 2, 3}, minAge: 2, maxAge: 18, unit: "vragen per week", maximum: 25, normDays: 30,
			howToApply: "Aanmelden via het online formulier of telefonisch door de zorgcoördinator.",
		},
		{
			name: "Snelle consultatie voor scholen", category: service.CategoryBEHAVIOUR_SUPPORT,
			desc:   "Een gedragsdeskundige komt binnen twee weken langs op school voor observatie en advies aan het schoolteam.",
			needs:  []directory.Need{directory.NeedBehaviour},
			phases: []int{0, 1, 2}, minAge: 3, maxAge: 18, unit: "consultaties per maand", maximum: 20, normDays: 30,
			howToApply: "Na aanmelding bij het aanmeldpunt.",
		},
	},
}
