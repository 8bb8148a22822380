package synth

import (
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/service"
	"github.com/kansrijk/brug/internal/directory"
)

// This file holds the vocabulary the generator draws from. Organisation
// names are fictional; street names are the common Flemish ones found in
// almost every municipality.

// kindShare is how often each kind of organisation occurs beyond the first
// one of every kind that each tenant gets, in parts per hundred or so.
var kindShare = []struct {
	kind   organization.Kind
	weight int
}{
	{organization.KindSCHOOL, 24},
	{organization.KindCHILDCARE, 20},
	{organization.KindLEISURE, 10},
	{organization.KindGENERAL_PRACTITIONER, 9},
	{organization.KindFAMILY_SUPPORT, 5},
	{organization.KindYOUTH_CARE_PROVIDER, 5},
	{organization.KindDIAGNOSTIC_CENTRE, 4},
	{organization.KindMENTAL_HEALTH_CENTRE, 4},
	{organization.KindSPECIAL_EDUCATION, 3},
	{organization.KindCLB, 3},
	{organization.KindLEARNING_SUPPORT_CENTRE, 3},
	{organization.KindSOCIAL_SERVICES, 3},
	{organization.KindPEDAGOGICAL_GUIDANCE, 2},
	{organization.KindHUIS_VAN_HET_KIND, 1},
	{organization.KindOTHER, 1},
}

// firstKinds is the order in which a tenant's first organisations cover
// every kind: the Huis van het Kind (the hub of the network) and the Huis
// van Gedrag (the dispatcher) come first.
var firstKinds = []organization.Kind{
	organization.KindHUIS_VAN_HET_KIND, organization.KindOTHER,
	organization.KindSCHOOL, organization.KindCLB, organization.KindCHILDCARE,
	organization.KindLEARNING_SUPPORT_CENTRE, organization.KindDIAGNOSTIC_CENTRE,
	organization.KindPEDAGOGICAL_GUIDANCE, organization.KindMENTAL_HEALTH_CENTRE,
	organization.KindFAMILY_SUPPORT, organization.KindSPECIAL_EDUCATION,
	organization.KindYOUTH_CARE_PROVIDER, organization.KindGENERAL_PRACTITIONER,
	organization.KindSOCIAL_SERVICES, organization.KindLEISURE,
}

// serviceWeight is how many services an organisation of a kind tends to
// offer relative to others: care providers more than a leisure club.
var serviceWeight = map[organization.Kind]int{
	organization.KindSCHOOL:                  1,
	organization.KindCHILDCARE:               1,
	organization.KindLEISURE:                 1,
	organization.KindGENERAL_PRACTITIONER:    1,
	organization.KindHUIS_VAN_HET_KIND:       3,
	organization.KindOTHER:                   3,
	organization.KindCLB:                     4,
	organization.KindLEARNING_SUPPORT_CENTRE: 4,
	organization.KindDIAGNOSTIC_CENTRE:       4,
	organization.KindMENTAL_HEALTH_CENTRE:    4,
	organization.KindFAMILY_SUPPORT:          3,
	organization.KindYOUTH_CARE_PROVIDER:     3,
	organization.KindSPECIAL_EDUCATION:       2,
	organization.KindPEDAGOGICAL_GUIDANCE:    2,
	organization.KindSOCIAL_SERVICES:         2,
}

// namePattern makes organisation names: a prefix, then (if the list is not
// empty) a name, then the municipality when withTown is set. "{town}" in a
// prefix places the municipality inside it instead.
type namePattern struct {
	prefixes []string
	names    []string
	withTown bool
}

var (
	childcareNames = []string{"De Speelvogel", "'t Kabouterhuis", "De Rupsjes", "Het Nestje", "De Boomhut", "Pimpampoentje", "De Kleine Wereld", "Het Zonnetje", "De Vlindertjes", "Kwetternest", "De Ukkepuk", "Bollebozen", "Tuimelaartje", "De Pagadders", "Het Ooievaarsnest", "De Knuffelbeer"}
	schoolNames    = []string{"De Regenboog", "De Klimboom", "Sint-Jozef", "Sint-Maria", "Het Klaverblad", "De Wegwijzer", "De Zonnebloem", "Mozaïek", "De Horizon", "Het Kompas", "De Sleutel", "Sint-Lodewijk", "De Vlinderboom", "Het Open Venster", "De Puzzel", "Ter Linde", "De Toverfluit", "Het Spoor"}
	leisureNames   = []string{"De Zolder", "'t Hok", "De Kelder", "Kadee", "Den Tap", "De Loods", "Spektakel", "Okapi", "De Schuur", "Tamtam", "De Speelberg", "Vrijbuiter"}
	careNames      = []string{"De Waterkant", "Kairos", "Het Veer", "De Linde", "Ankerpunt", "Zonnewende", "De Sprong", "Kindwijs", "Groeikracht", "De Overstap", "Tandem", "Kantelpunt", "De Wissel", "Sporen", "Traject", "Het Baken", "De Kering", "Oever"}
	specialNames   = []string{"De Horizon", "Het Anker", "De Kaai", "Ter Bank", "De Vlindertuin", "Het Kapelletje", "De Zonnewijzer", "De Ark", "Het Molenhuis", "De Kleine Stap"}
	practiceNames  = []string{"De Linde", "Het Park", "De Brug", "Ter Beke", "De Vaart", "Zevenbronnen", "De Meersen", "Het Hof", "De Kouter", "Ter Heide"}
)

// namePatterns lists the ways each kind of organisation is named.
var namePatterns = map[organization.Kind][]namePattern{
	organization.KindCHILDCARE: {
		{prefixes: []string{"Kinderdagverblijf", "Kinderopvang", "Crèche"}, names: childcareNames},
		{prefixes: []string{"Buitenschoolse Kinderopvang"}, names: childcareNames},
		{prefixes: []string{"Onthaalouderdienst {town}", "Loket Kinderopvang {town}"}},
	},
	organization.KindHUIS_VAN_HET_KIND: {
		{prefixes: []string{"Huis van het Kind {town}"}},
	},
	organization.KindSCHOOL: {
		{prefixes: []string{"Vrije Basisschool", "Gemeentelijke Basisschool", "GO! Basisschool", "Stedelijke Basisschool"}, names: schoolNames, withTown: true},
		{prefixes: []string{"Sint-Jan-Berchmanscollege", "Sint-Vincentiusinstituut", "Onze-Lieve-Vrouwecollege", "GO! Atheneum", "Technisch Instituut", "Vrij Lyceum", "GO! Middenschool", "Stedelijk Lyceum"}, withTown: true},
	},
	organization.KindLEISURE: {
		{prefixes: []string{"Jeugdhuis", "Speelpleinwerking", "Jeugdbeweging"}, names: leisureNames},
		{prefixes: []string{"Sportdienst {town} – Sportkampen", "Openbare Bibliotheek {town}", "Academie voor Muziek en Woord {town}", "Jeugddienst {town}"}},
	},
	organization.KindCLB: {
		{prefixes: []string{"Vrij CLB {town}", "GO! CLB {town}", "CLB Stedelijk Onderwijs {town}", "Vrij CLB Regio {town}"}},
	},
	organization.KindLEARNING_SUPPORT_CENTRE: {
		{prefixes: []string{"Leersteuncentrum", "GO! Leersteuncentrum", "Leersteuncentrum OVSG"}, names: careNames, withTown: true},
	},
	organization.KindPEDAGOGICAL_GUIDANCE: {
		{prefixes: []string{"Pedagogische Begeleiding Katholiek Onderwijs Regio {town}", "Pedagogische Begeleidingsdienst GO! {town}", "Pedagogische Begeleiding Stedelijk Onderwijs {town}"}},
	},
	organization.KindSPECIAL_EDUCATION: {
		{prefixes: []string{"Buitengewoon Basisonderwijs", "GO! Buitengewoon Secundair Onderwijs", "Vrij Buitengewoon Onderwijs"}, names: specialNames, withTown: true},
	},
	organization.KindDIAGNOSTIC_CENTRE: {
		{prefixes: []string{"Centrum voor Ontwikkelingsstoornissen {town}"}},
		{prefixes: []string{"Diagnostisch Centrum", "Praktijk voor Kinderpsychologie", "Multidisciplinaire Praktijk"}, names: careNames, withTown: true},
	},
	organization.KindMENTAL_HEALTH_CENTRE: {
		{prefixes: []string{"CGG"}, names: careNames},
		{prefixes: []string{"Ambulant Centrum Kinder- en Jeugdpsychiatrie {town}", "Centrum Geestelijke Gezondheidszorg {town} – Kinderen en Jongeren"}},
	},
	organization.KindFAMILY_SUPPORT: {
		{prefixes: []string{"Opvoedingswinkel {town}", "Opvoedingspunt {town}"}},
		{prefixes: []string{"Gezinsondersteuning", "Oudercentrum", "Gezinsbegeleiding"}, names: careNames},
	},
	organization.KindYOUTH_CARE_PROVIDER: {
		{prefixes: []string{"Time-outproject", "Thuisbegeleidingsdienst", "Dagcentrum", "Jeugdhulp"}, names: careNames},
	},
	organization.KindGENERAL_PRACTITIONER: {
		{prefixes: []string{"Huisartsenpraktijk", "Groepspraktijk"}, names: practiceNames},
		{prefixes: []string{"Wijkgezondheidscentrum {town}"}},
	},
	organization.KindSOCIAL_SERVICES: {
		{prefixes: []string{"Sociaal Huis {town} (OCMW)", "OCMW {town} – Dienst Schuldhulp", "Sociaal Huis {town} – Antenne"}},
	},
	organization.KindOTHER: {
		{prefixes: []string{"Overlegplatform Jeugdhulp {town}", "Welzijnsoverleg {town}", "Netwerk Integrale Jeugdhulp {town}"}},
	},
}

// quarters qualify a name that is already taken in a municipality, the way
// real organisations tell their sites apart.
var quarters = []string{"Centrum", "Noord", "Zuid", "Oost", "West", "Kouter", "Heide", "Dorp", "Station", "Veld", "Molenwijk", "Broek", "Hoek", "Meersen", "Kerkwijk", "Bos"}

// orgDescriptions are description templates per kind; {town} is replaced by
// the municipality.
var orgDescriptions = map[organization.Kind][]string{
	organization.KindCHILDCARE: {
		"Erkende kinderopvang in {town} voor baby's en peuters, inclusief opvang voor kinderen met een specifieke zorgbehoefte.",
		"Kleinschalige opvang met vaste begeleiders per leefgroep; signaleert ontwikkelingsvragen vroeg en verwijst door naar het Huis van het Kind.",
	},
	organization.KindHUIS_VAN_HET_KIND: {
		"Samenwerkingsverband van alle partners rond gezinnen met kinderen en jongeren in {town}: consultatiebureau, opvoedingsondersteuning, ontmoeting en doorverwijzing.",
	},
	organization.KindSCHOOL: {
		"School in {town} die werkt volgens het zorgcontinuüm en vanaf fase 2 het CLB en het leersteuncentrum inschakelt.",
		"School met een uitgebouwd zorgbeleid: brede basiszorg in elke klas en een zorgcoördinator als aanspreekpunt.",
		"School in {town} met aandacht voor taalstimulering, welbevinden en een positief klasklimaat.",
	},
	organization.KindLEISURE: {
		"Vrijetijdsaanbod voor kinderen en jongeren in {town}, toegankelijk voor wie extra ondersteuning nodig heeft.",
		"Laagdrempelige ontmoetingsplek en activiteiten voor jongeren, met oog voor welbevinden.",
	},
	organization.KindCLB: {
		"Centrum voor leerlingenbegeleiding voor de scholen in {town}: leren en studeren, onderwijsloopbaan, psychisch en sociaal functioneren en preventieve gezondheidszorg.",
	},
	organization.KindLEARNING_SUPPORT_CENTRE: {
		"Leersteuncentrum (opvolger van het ondersteuningsnetwerk) dat leerlingen met specifieke onderwijsbehoeften, hun leraren en het schoolteam ondersteunt in fase 2 en 3.",
	},
	organization.KindPEDAGOGICAL_GUIDANCE: {
		"Pedagogische begeleidingsdienst die schoolteams versterkt in brede basiszorg en verhoogde zorg (fase 0 en 1).",
	},
	organization.KindSPECIAL_EDUCATION: {
		"School voor buitengewoon onderwijs in {town} met een individueel aangepast curriculum (fase 3).",
	},
	organization.KindDIAGNOSTIC_CENTRE: {
		"Multidisciplinair team voor diagnostiek bij vermoeden van autisme, ADHD, taal-, leer- en motorische ontwikkelingsstoornissen.",
		"Diagnostisch centrum voor kinderen en jongeren met leer- en gedragsvragen; koppelt terug naar ouders, school en CLB.",
	},
	organization.KindMENTAL_HEALTH_CENTRE: {
		"Ambulante diagnostiek en behandeling bij emotionele, gedrags- en ontwikkelingsproblemen, in samenwerking met school en CLB.",
	},
	organization.KindFAMILY_SUPPORT: {
		"Gezinsondersteuning in {town}: kortdurende, laagdrempelige begeleiding aan huis bij opvoedingsvragen.",
		"Gratis en anoniem advies voor ouders en professionals over opvoeden, gedrag en ontwikkeling.",
	},
	organization.KindYOUTH_CARE_PROVIDER: {
		"Erkende jeugdhulpaanbieder met time-outtrajecten en mobiele begeleiding van gezinnen.",
	},
	organization.KindGENERAL_PRACTITIONER: {
		"Huisartsenpraktijk in {town}, eerste aanspreekpunt voor gezinnen bij gezondheids- en ontwikkelingsvragen.",
		"Wijkgezondheidscentrum met huisartsen, verpleegkundigen en een sociaal werker; laagdrempelig voor kwetsbare gezinnen.",
	},
	organization.KindSOCIAL_SERVICES: {
		"Sociale dienstverlening in {town}: schuldhulp en ondersteuning bij schoolkosten en kinderopvang.",
	},
	organization.KindOTHER: {
		// The first is the Huis van Gedrag's, the others any other's.
		"Eén aanspreekpunt in {town} voor scholen, ouders en kinderopvang met vragen over moeilijk gedrag; verheldert de vraag en dispatcht ze naar de juiste partner.",
		"Overleg van de partners rond kinderen en jongeren in {town}, dat knelpunten in het aanbod signaleert en samenwerking afspreekt.",
	},
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

// Shorthands for the needs, to keep the templates readable.
const (
	adhd      = directory.NeedADHD
	autism    = directory.NeedAutism
	learning  = directory.NeedLearning
	behaviour = directory.NeedBehaviour
	lang      = directory.NeedLanguage
	motor     = directory.NeedMotor
	emotional = directory.NeedEmotional
	social    = directory.NeedSocial
	other     = directory.NeedOther
)

func needs(n ...directory.Need) []directory.Need { return n }

// serviceTemplates lists the services each kind of organisation offers.
var serviceTemplates = map[organization.Kind][]serviceSpec{
	organization.KindCHILDCARE: {
		{"Opvang voor baby's en peuters", "Dagopvang voor kinderen van 0 tot 3 jaar, ook voor kinderen met een specifieke zorgbehoefte.", service.CategoryCHILDCARE, needs(), []int{0}, 0, 3, "plaatsen", 28, 90, "Aanvraag via het Loket Kinderopvang."},
		{"Buitenschoolse opvang", "Opvang voor en na school, op woensdagnamiddag en in de vakanties.", service.CategoryCHILDCARE, needs(), []int{0}, 2, 12, "plaatsen", 60, 30, "Inschrijven via de website."},
		{"Inclusieve opvang", "Opvang met extra begeleiding voor kinderen met een beperking of ontwikkelingsvraag.", service.CategoryCHILDCARE, needs(motor, lang, social), []int{0, 1}, 0, 6, "plaatsen", 8, 90, "Aanvraag samen met het Huis van het Kind."},
	},
	organization.KindHUIS_VAN_HET_KIND: {
		{"Opvoedingsondersteuning en consultatiebureau", "Preventieve gezondheidszorg voor jonge kinderen en laagdrempelige opvoedingsondersteuning.", service.CategoryPARENTING_SUPPORT, needs(), []int{0}, 0, 6, "consulten per week", 60, 30, "Afspraak via het onthaal."},
		{"Wegwijs voor gezinnen", "Onthaal en doorverwijzing voor alle vragen van gezinnen: opvang, school, vrije tijd, zorg en financiële steun.", service.CategoryINFORMATION, needs(other), []int{0, 1}, 0, 18, "gesprekken per week", 30, 30, "Binnenlopen of bellen."},
		{"Ontmoetingsgroep jonge ouders", "Wekelijkse ontmoeting en vorming voor ouders van jonge kinderen.", service.CategoryPARENTING_SUPPORT, needs(social), []int{0}, 0, 4, "gezinnen", 20, 30, "Vrij aansluiten."},
	},
	organization.KindSCHOOL: {
		{"Zorgbeleid en leerlingenbegeleiding", "Brede basiszorg en verhoogde zorg door het zorgteam, met een zorgcoördinator als aanspreekpunt.", service.CategorySCHOOL_SUPPORT, needs(learning, behaviour), []int{0, 1}, 3, 18, "leerlingen", 40, 30, "Via de klasleraar of de zorgcoördinator."},
		{"Taalbad en onthaalonderwijs", "Intensief Nederlands voor nieuwkomers en leerlingen met een taalachterstand.", service.CategorySCHOOL_SUPPORT, needs(lang), []int{1}, 5, 18, "leerlingen", 20, 60, "Aanmelden bij de directie."},
		{"Huiswerkklas", "Begeleide studie na de lessen voor leerlingen die thuis weinig ondersteuning hebben.", service.CategorySCHOOL_SUPPORT, needs(learning), []int{0, 1}, 6, 14, "plaatsen", 25, 30, "Inschrijven bij het secretariaat."},
	},
	organization.KindLEISURE: {
		{"Speelpleinwerking", "Speelplein in de schoolvakanties met inclusieve werking.", service.CategoryLEISURE, needs(social), []int{0}, 4, 14, "kinderen per dag", 120, 30, "Inschrijven per week."},
		{"Open jeugdwerking", "Open huis, ateliers en begeleiding voor jongeren.", service.CategoryLEISURE, needs(social, emotional), []int{0}, 12, 25, "deelnemers", 80, 30, "Vrij binnenlopen."},
		{"Inclusieve sportkampen", "Sportkampen met aangepaste groepen voor kinderen met een beperking.", service.CategoryLEISURE, needs(motor, social), []int{0}, 4, 16, "plaatsen per kamp", 40, 60, "Online inschrijven; kansentarief via het Sociaal Huis."},
		{"Huiswerkbegeleiding en voorleesuurtjes", "Gratis huiswerkklas en voorlezen met vrijwilligers.", service.CategoryINFORMATION, needs(lang, learning), []int{0, 1}, 6, 14, "plaatsen", 30, 30, "Aanmelden aan de balie of via de school."},
	},
	organization.KindCLB: {
		{"Handelingsgerichte diagnostiek", "Onderzoek naar de onderwijs- en opvoedingsbehoeften van een leerling, met advies en zo nodig een verslag.", service.CategoryDIAGNOSTICS, needs(adhd, autism, learning, behaviour, emotional), []int{2, 3}, 3, 21, "aanmeldingen per maand", 40, 60, "Via de CLB-contactpersoon van de school."},
		{"Draaischijf naar jeugdhulp", "Verheldert de vraag en leidt leerling en gezin naar passende jeugdhulp.", service.CategoryINFORMATION, needs(emotional, behaviour, social, other), []int{2, 3}, 3, 21, "aanmeldingen per maand", 30, 30, "Via de CLB-medewerker van de school."},
		{"Begeleiding bij leren en studeren", "Individuele begeleiding van leerlingen met leerproblemen.", service.CategorySCHOOL_SUPPORT, needs(learning, lang), []int{2, 3}, 5, 21, "trajecten", 50, 60, "Aanmelding door de school."},
	},
	organization.KindLEARNING_SUPPORT_CENTRE: {
		{"Leerondersteuning in de klas", "Ondersteuners werken in de klas met leerling en leraar, op basis van een (gemotiveerd) verslag.", service.CategorySCHOOL_SUPPORT, needs(learning, behaviour, adhd, autism, motor), []int{2, 3}, 3, 21, "begeleidingen", 80, 60, "Aanvraag door de school samen met het CLB."},
		{"Ondersteuning bij autisme", "Gespecialiseerde ondersteuning voor leerlingen met autisme en hun schoolteam.", service.CategorySCHOOL_SUPPORT, needs(autism, social), []int{2, 3}, 3, 21, "begeleidingen", 30, 60, "Aanvraag met het CLB-verslag."},
		{"Coaching van zorgteams", "Samen met het zorgteam een aanpak uitwerken voor een klas of groep.", service.CategorySCHOOL_SUPPORT, needs(behaviour, learning), []int{2}, 3, 18, "trajecten", 20, 90, "Aanvraag door de directie."},
	},
	organization.KindPEDAGOGICAL_GUIDANCE: {
		{"Begeleiding brede basiszorg", "Begeleiding van schoolteams bij differentiatie en klasmanagement.", service.CategorySCHOOL_SUPPORT, needs(learning, behaviour), []int{0, 1}, 2, 18, "schoolbegeleidingen", 25, 60, "De directie vraagt begeleiding aan."},
		{"Vorming omgaan met moeilijk gedrag", "Nascholing en intervisie over klasklimaat, de-escalatie en gedragsvragen.", service.CategoryBEHAVIOUR_SUPPORT, needs(behaviour, adhd, social), []int{0, 1}, 3, 18, "sessies per trimester", 12, 90, "Inschrijven via het nascholingsaanbod."},
	},
	organization.KindSPECIAL_EDUCATION: {
		{"Inschrijving buitengewoon onderwijs", "Onderwijs op maat met een individueel aangepast curriculum en therapie op school.", service.CategorySCHOOL_SUPPORT, needs(learning, autism, behaviour, lang, motor), []int{3}, 3, 21, "leerlingplaatsen", 30, 60, "Inschrijven met een CLB-verslag."},
		{"Expertise voor het gewoon onderwijs", "Leraren van het buitengewoon onderwijs delen hun expertise via het leersteuncentrum.", service.CategorySCHOOL_SUPPORT, needs(behaviour, autism, learning), []int{2, 3}, 3, 21, "trajecten", 15, 90, "Aanvraag via het leersteuncentrum."},
	},
	organization.KindDIAGNOSTIC_CENTRE: {
		{"Multidisciplinaire diagnostiek ontwikkelingsstoornissen", "Onderzoek door arts, psycholoog, logopedist en kinesitherapeut, met verslag voor school en CLB.", service.CategoryDIAGNOSTICS, needs(adhd, autism, learning, lang, motor), []int{2, 3}, 2, 18, "intakes per maand", 12, 90, "Verwijzing door CLB, huisarts of kinderarts."},
		{"ADHD-diagnostiek", "Diagnostisch traject bij vermoeden van ADHD, met observatie op school.", service.CategoryDIAGNOSTICS, needs(adhd, behaviour), []int{2, 3}, 6, 18, "intakes per maand", 8, 90, "Aanmelding door het CLB."},
		{"Autismediagnostiek bij jonge kinderen", "Vroegtijdige diagnostiek bij vermoeden van autisme, met begeleiding van ouders.", service.CategoryDIAGNOSTICS, needs(autism, social, lang), []int{2, 3}, 2, 7, "intakes per maand", 6, 90, "Verwijzing door huisarts, kinderarts of CLB."},
		{"Logopedisch onderzoek en therapie", "Onderzoek en behandeling van taal-, spraak- en leerstoornissen.", service.CategoryTHERAPY, needs(lang, learning), []int{1, 2}, 3, 16, "plaatsen", 20, 60, "Afspraak na voorschrift van de arts."},
	},
	organization.KindMENTAL_HEALTH_CENTRE: {
		{"Ambulante begeleiding kinderen en jongeren", "Diagnostiek en therapie bij angst, somberheid, trauma en gedragsproblemen.", service.CategoryTHERAPY, needs(emotional, behaviour, social), []int{2, 3}, 4, 18, "trajecten", 25, 90, "Aanmelding via het telefonisch onthaal."},
		{"Crisisinterventie jongeren", "Snelle, kortdurende interventie voor jongeren in acute psychische nood.", service.CategoryCRISIS, needs(emotional), []int{2, 3}, 12, 25, "plaatsen per week", 4, 14, "Telefonisch aanmelden door CLB, huisarts of jeugdhulp."},
		{"Oudergroep ADHD en gedrag", "Oudertraining in groep voor ouders van kinderen met ADHD of gedragsproblemen.", service.CategoryPARENTING_SUPPORT, needs(adhd, behaviour), []int{1, 2}, 4, 12, "gezinnen per reeks", 10, 90, "Inschrijven na een intakegesprek."},
	},
	organization.KindFAMILY_SUPPORT: {
		{"Opvoedingsondersteuning aan huis", "Een gezinsbegeleider werkt thuis met de ouders aan dagelijkse opvoedingsvragen.", service.CategoryFAMILY_SUPPORT, needs(behaviour, emotional), []int{0, 1}, 0, 18, "gezinnen", 25, 60, "Aanmelden via telefoon of e-mail."},
		{"Vragenspreekuur opvoeding", "Gratis gesprek met een pedagoog over opvoeden, gedrag, slapen, eten of schoolstress.", service.CategoryPARENTING_SUPPORT, needs(behaviour, social, emotional), []int{0, 1}, 0, 18, "gesprekken per week", 15, 30, "Vrij binnenlopen of een afspraak maken."},
		{"Gezinsklas", "Ouder en kind volgen samen enkele weken een klas rond gedrag en leren.", service.CategoryFAMILY_CLASS, needs(behaviour, learning), []int{1, 2}, 6, 12, "gezinnen per reeks", 8, 90, "Aanmelding door school of CLB."},
	},
	organization.KindYOUTH_CARE_PROVIDER: {
		{"Time-out voor leerlingen", "Kortdurend time-outtraject buiten de school met een terugkeerplan.", service.CategoryTIME_OUT, needs(behaviour, emotional), []int{2, 3}, 10, 18, "plaatsen", 8, 30, "Aanmelding door de school samen met het CLB."},
		{"Contextbegeleiding", "Intensieve mobiele begeleiding van gezinnen bij ernstige opvoedings- en gedragsproblemen.", service.CategoryFAMILY_SUPPORT, needs(behaviour, emotional, social), []int{2, 3}, 0, 18, "gezinnen", 20, 90, "Via de intersectorale toegangspoort."},
		{"Crisisjeugdhulp", "Crisisbegeleiding binnen 24 uur voor kinderen en jongeren in een acute situatie.", service.CategoryCRISIS, needs(behaviour, emotional), []int{2, 3}, 0, 18, "plaatsen per week", 5, 14, "Via het crisismeldpunt minderjarigen."},
	},
	organization.KindGENERAL_PRACTITIONER: {
		{"Huisartsenconsult en doorverwijzing", "Eerste medische beoordeling bij ontwikkelings- en gedragsvragen en gerichte doorverwijzing.", service.CategoryINFORMATION, needs(adhd, emotional, other), []int{0, 1}, 0, 25, "consulten per week", 40, 30, "Afspraak via telefoon of online agenda."},
		{"Spreekuur jongeren", "Vertrouwelijk spreekuur voor jongeren over gezondheid, stress en welbevinden.", service.CategoryINFORMATION, needs(emotional, social), []int{0, 1}, 12, 25, "consulten per week", 10, 14, "Vrij binnenlopen op woensdagnamiddag."},
	},
	organization.KindSOCIAL_SERVICES: {
		{"Sociaal onthaal voor gezinnen", "Informatie en hulp bij rechten, inkomen, huisvesting en schoolkosten.", service.CategoryINFORMATION, needs(other), []int{0, 1}, 0, 25, "gesprekken per week", 50, 30, "Vrij binnenlopen of een afspraak maken."},
		{"Ondersteuning bij schoolkosten", "Financiële tussenkomst en afbetalingsplannen voor schoolrekeningen, opvang en vrije tijd.", service.CategoryFAMILY_SUPPORT, needs(other), []int{0}, 2, 25, "dossiers per maand", 30, 60, "Aanvraag bij de maatschappelijk werker."},
	},
	organization.KindOTHER: {
		{"Aanmeldpunt gedragsvragen", "Eén loket voor vragen over moeilijk gedrag; binnen vijf werkdagen naar de juiste partner gedispatcht.", service.CategoryINFORMATION, needs(behaviour, adhd, autism, emotional), []int{0, 1, 2, 3}, 2, 18, "vragen per week", 25, 30, "Via het online formulier of telefonisch."},
		{"Snelle consultatie voor scholen", "Een gedragsdeskundige komt binnen twee weken langs op school voor observatie en advies.", service.CategoryBEHAVIOUR_SUPPORT, needs(behaviour), []int{0, 1, 2}, 3, 18, "consultaties per maand", 20, 30, "Na aanmelding bij het aanmeldpunt."},
	},
}

// serviceVariants tell apart the services an organisation offers more than
// once from the same template.
var serviceVariants = []string{"avondaanbod", "regio Noord", "regio Zuid", "kortdurend traject", "zomeraanbod", "groepsaanbod", "jonge kinderen", "tieners"}

// streets are street names found in most Flemish municipalities.
var streets = []string{
	"Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Nieuwstraat", "Schoolstraat",
	"Kapelstraat", "Beekstraat", "Veldstraat", "Hoogstraat", "Kouterstraat", "Markt", "Grote Markt",
	"Kasteelstraat", "Bosstraat", "Lindenlaan", "Populierenlaan", "Meersstraat", "Heidestraat",
	"Koning Albertlaan", "Leopoldlaan", "Brugstraat", "Kloosterstraat", "Pastorijstraat",
	"Gemeenteplein", "Sint-Jansstraat", "Nieuwe Baan", "Ringlaan", "Vaartstraat", "Processiestraat",
	"Hofstraat", "Bruggestraat", "Boomgaardstraat", "Zandstraat", "Smissestraat", "Weverstraat",
}

// accessibilityNotes are sample accessibility remarks; empty means none.
var accessibilityNotes = []string{
	"",
	"",
	"Rolstoeltoegankelijk; aangepast sanitair aanwezig.",
	"Bushalte op 200 meter; fietsenstalling aan de ingang.",
	"Gelijkvloerse inkom; lift naar alle verdiepingen.",
	"Toegang via de zij-ingang; parkeerplaats voor personen met een handicap.",
}

// partnershipNotes are sample notes on partnerships; empty means none.
var partnershipNotes = []string{
	"", "", "",
	"Maandelijks overleg tussen beide teams.",
	"Vaste contactpersoon en gedeeld aanmeldformulier.",
	"Samenwerkingsovereenkomst, jaarlijks geëvalueerd.",
}
