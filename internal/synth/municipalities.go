package synth

// Provinces of the Flemish Region, as stored in tenants.province.
const (
	provAntwerpen      = "Antwerpen"
	provLimburg        = "Limburg"
	provOostVlaanderen = "Oost-Vlaanderen"
	provVlaamsBrabant  = "Vlaams-Brabant"
	provWestVlaanderen = "West-Vlaanderen"
)

// provinces lists the Flemish provinces in the order tenants are drawn
// from them (see pickMunicipalities).
var provinces = []string{provAntwerpen, provLimburg, provOostVlaanderen, provVlaamsBrabant, provWestVlaanderen}

// municipality is a real Flemish municipality: its NIS code (Statbel), name,
// province, main postcode and approximate centre (WGS 84, within about 2 km).
type municipality struct {
	nis      string
	name     string
	province string
	postcode string
	lat, lng float64
}

// municipalities are the 308 municipalities of the Flemish Region as they
// stood from the 1977 mergers until the 2019 mergers, with their NIS codes of
// that time, grouped by arrondissement (the first two digits of the code).
// The later mergers (2019, 2025) are not applied: a benchmark needs many
// realistically spread municipalities more than it needs today's map, and
// every entry here is a real place with its real name and postcode.
var municipalities = []municipality{
	// Arrondissement Antwerpen
	{"11001", "Aartselaar", provAntwerpen, "2630", 51.134, 4.384},
	{"11002", "Antwerpen", provAntwerpen, "2000", 51.219, 4.402},
	{"11004", "Boechout", provAntwerpen, "2530", 51.160, 4.497},
	{"11005", "Boom", provAntwerpen, "2850", 51.092, 4.366},
	{"11007", "Borsbeek", provAntwerpen, "2150", 51.192, 4.486},
	{"11008", "Brasschaat", provAntwerpen, "2930", 51.291, 4.492},
	{"11009", "Brecht", provAntwerpen, "2960", 51.350, 4.638},
	{"11013", "Edegem", provAntwerpen, "2650", 51.156, 4.443},
	{"11016", "Essen", provAntwerpen, "2910", 51.468, 4.468},
	{"11018", "Hemiksem", provAntwerpen, "2620", 51.145, 4.340},
	{"11021", "Hove", provAntwerpen, "2540", 51.154, 4.465},
	{"11022", "Kalmthout", provAntwerpen, "2920", 51.384, 4.475},
	{"11023", "Kapellen", provAntwerpen, "2950", 51.313, 4.433},
	{"11024", "Kontich", provAntwerpen, "2550", 51.134, 4.447},
	{"11025", "Lint", provAntwerpen, "2547", 51.127, 4.496},
	{"11029", "Mortsel", provAntwerpen, "2640", 51.170, 4.456},
	{"11030", "Niel", provAntwerpen, "2845", 51.110, 4.332},
	{"11035", "Ranst", provAntwerpen, "2520", 51.190, 4.560},
	{"11037", "Rumst", provAntwerpen, "2840", 51.079, 4.425},
	{"11038", "Schelle", provAntwerpen, "2627", 51.125, 4.341},
	{"11039", "Schilde", provAntwerpen, "2970", 51.241, 4.583},
	{"11040", "Schoten", provAntwerpen, "2900", 51.252, 4.502},
	{"11044", "Stabroek", provAntwerpen, "2940", 51.332, 4.371},
	{"11050", "Wijnegem", provAntwerpen, "2110", 51.228, 4.519},
	{"11052", "Wommelgem", provAntwerpen, "2160", 51.205, 4.522},
	{"11053", "Wuustwezel", provAntwerpen, "2990", 51.392, 4.595},
	{"11054", "Zandhoven", provAntwerpen, "2240", 51.214, 4.661},
	{"11055", "Zoersel", provAntwerpen, "2980", 51.268, 4.712},
	{"11056", "Zwijndrecht", provAntwerpen, "2070", 51.216, 4.327},
	{"11057", "Malle", provAntwerpen, "2390", 51.300, 4.700},

	// Arrondissement Mechelen
	{"12002", "Berlaar", provAntwerpen, "2590", 51.118, 4.659},
	{"12005", "Bonheiden", provAntwerpen, "2820", 51.023, 4.546},
	{"12007", "Bornem", provAntwerpen, "2880", 51.098, 4.243},
	{"12009", "Duffel", provAntwerpen, "2570", 51.093, 4.492},
	{"12014", "Heist-op-den-Berg", provAntwerpen, "2220", 51.075, 4.724},
	{"12021", "Lier", provAntwerpen, "2500", 51.131, 4.570},
	{"12025", "Mechelen", provAntwerpen, "2800", 51.026, 4.478},
	{"12026", "Nijlen", provAntwerpen, "2560", 51.161, 4.670},
	{"12029", "Putte", provAntwerpen, "2580", 51.057, 4.632},
	{"12030", "Puurs", provAntwerpen, "2870", 51.075, 4.288},
	{"12034", "Sint-Amands", provAntwerpen, "2890", 51.056, 4.207},
	{"12035", "Sint-Katelijne-Waver", provAntwerpen, "2860", 51.066, 4.533},
	{"12040", "Willebroek", provAntwerpen, "2830", 51.060, 4.360},

	// Arrondissement Turnhout
	{"13001", "Arendonk", provAntwerpen, "2370", 51.322, 5.083},
	{"13002", "Baarle-Hertog", provAntwerpen, "2387", 51.443, 4.930},
	{"13003", "Balen", provAntwerpen, "2490", 51.168, 5.170},
	{"13004", "Beerse", provAntwerpen, "2340", 51.318, 4.855},
	{"13006", "Dessel", provAntwerpen, "2480", 51.238, 5.116},
	{"13008", "Geel", provAntwerpen, "2440", 51.163, 4.990},
	{"13010", "Grobbendonk", provAntwerpen, "2280", 51.191, 4.736},
	{"13011", "Herentals", provAntwerpen, "2200", 51.177, 4.836},
	{"13012", "Herenthout", provAntwerpen, "2270", 51.141, 4.755},
	{"13013", "Herselt", provAntwerpen, "2230", 51.050, 4.881},
	{"13014", "Hoogstraten", provAntwerpen, "2320", 51.400, 4.760},
	{"13016", "Hulshout", provAntwerpen, "2235", 51.075, 4.791},
	{"13017", "Kasterlee", provAntwerpen, "2460", 51.241, 4.966},
	{"13019", "Lille", provAntwerpen, "2275", 51.240, 4.824},
	{"13021", "Meerhout", provAntwerpen, "2450", 51.132, 5.078},
	{"13023", "Merksplas", provAntwerpen, "2330", 51.358, 4.864},
	{"13025", "Mol", provAntwerpen, "2400", 51.191, 5.116},
	{"13029", "Olen", provAntwerpen, "2250", 51.144, 4.860},
	{"13031", "Oud-Turnhout", provAntwerpen, "2360", 51.320, 4.984},
	{"13035", "Ravels", provAntwerpen, "2380", 51.372, 4.992},
	{"13036", "Retie", provAntwerpen, "2470", 51.267, 5.084},
	{"13037", "Rijkevorsel", provAntwerpen, "2310", 51.348, 4.760},
	{"13040", "Turnhout", provAntwerpen, "2300", 51.323, 4.945},
	{"13044", "Vorselaar", provAntwerpen, "2290", 51.202, 4.770},
	{"13046", "Vosselaar", provAntwerpen, "2350", 51.309, 4.889},
	{"13049", "Westerlo", provAntwerpen, "2260", 51.090, 4.917},
	{"13053", "Laakdal", provAntwerpen, "2430", 51.086, 5.000},

	// Arrondissement Halle-Vilvoorde
	{"23002", "Asse", provVlaamsBrabant, "1730", 50.910, 4.198},
	{"23003", "Beersel", provVlaamsBrabant, "1650", 50.766, 4.300},
	{"23009", "Bever", provVlaamsBrabant, "1547", 50.717, 3.944},
	{"23016", "Dilbeek", provVlaamsBrabant, "1700", 50.848, 4.260},
	{"23023", "Galmaarden", provVlaamsBrabant, "1570", 50.743, 3.966},
	{"23024", "Gooik", provVlaamsBrabant, "1755", 50.794, 4.115},
	{"23025", "Grimbergen", provVlaamsBrabant, "1850", 50.934, 4.372},
	{"23027", "Halle", provVlaamsBrabant, "1500", 50.734, 4.235},
	{"23032", "Herne", provVlaamsBrabant, "1540", 50.724, 4.015},
	{"23033", "Hoeilaart", provVlaamsBrabant, "1560", 50.767, 4.472},
	{"23038", "Kampenhout", provVlaamsBrabant, "1910", 50.943, 4.552},
	{"23039", "Kapelle-op-den-Bos", provVlaamsBrabant, "1880", 51.010, 4.363},
	{"23044", "Liedekerke", provVlaamsBrabant, "1770", 50.880, 4.087},
	{"23045", "Londerzeel", provVlaamsBrabant, "1840", 51.005, 4.301},
	{"23047", "Machelen", provVlaamsBrabant, "1830", 50.910, 4.442},
	{"23050", "Meise", provVlaamsBrabant, "1860", 50.939, 4.327},
	{"23052", "Merchtem", provVlaamsBrabant, "1785", 50.960, 4.233},
	{"23060", "Opwijk", provVlaamsBrabant, "1745", 50.969, 4.186},
	{"23062", "Overijse", provVlaamsBrabant, "3090", 50.775, 4.535},
	{"23064", "Pepingen", provVlaamsBrabant, "1670", 50.759, 4.159},
	{"23077", "Sint-Pieters-Leeuw", provVlaamsBrabant, "1600", 50.780, 4.244},
	{"23081", "Steenokkerzeel", provVlaamsBrabant, "1820", 50.916, 4.509},
	{"23086", "Ternat", provVlaamsBrabant, "1740", 50.866, 4.170},
	{"23088", "Vilvoorde", provVlaamsBrabant, "1800", 50.928, 4.425},
	{"23094", "Zaventem", provVlaamsBrabant, "1930", 50.884, 4.473},
	{"23096", "Zemst", provVlaamsBrabant, "1980", 50.983, 4.461},
	{"23097", "Roosdaal", provVlaamsBrabant, "1760", 50.838, 4.085},
	{"23098", "Drogenbos", provVlaamsBrabant, "1620", 50.787, 4.314},
	{"23099", "Kraainem", provVlaamsBrabant, "1950", 50.861, 4.469},
	{"23100", "Lennik", provVlaamsBrabant, "1750", 50.805, 4.162},
	{"23101", "Linkebeek", provVlaamsBrabant, "1630", 50.770, 4.337},
	{"23102", "Sint-Genesius-Rode", provVlaamsBrabant, "1640", 50.747, 4.357},
	{"23103", "Wemmel", provVlaamsBrabant, "1780", 50.909, 4.308},
	{"23104", "Wezembeek-Oppem", provVlaamsBrabant, "1970", 50.840, 4.494},
	{"23105", "Affligem", provVlaamsBrabant, "1790", 50.910, 4.115},

	// Arrondissement Leuven
	{"24001", "Aarschot", provVlaamsBrabant, "3200", 50.985, 4.837},
	{"24007", "Begijnendijk", provVlaamsBrabant, "3130", 51.020, 4.783},
	{"24008", "Bekkevoort", provVlaamsBrabant, "3460", 50.942, 5.000},
	{"24009", "Bertem", provVlaamsBrabant, "3060", 50.865, 4.628},
	{"24011", "Bierbeek", provVlaamsBrabant, "3360", 50.829, 4.760},
	{"24014", "Boortmeerbeek", provVlaamsBrabant, "3190", 50.980, 4.575},
	{"24016", "Boutersem", provVlaamsBrabant, "3370", 50.836, 4.836},
	{"24020", "Diest", provVlaamsBrabant, "3290", 50.989, 5.051},
	{"24028", "Geetbets", provVlaamsBrabant, "3450", 50.893, 5.114},
	{"24033", "Haacht", provVlaamsBrabant, "3150", 50.977, 4.638},
	{"24038", "Herent", provVlaamsBrabant, "3020", 50.907, 4.672},
	{"24041", "Hoegaarden", provVlaamsBrabant, "3320", 50.776, 4.890},
	{"24043", "Holsbeek", provVlaamsBrabant, "3220", 50.921, 4.757},
	{"24045", "Huldenberg", provVlaamsBrabant, "3040", 50.790, 4.585},
	{"24048", "Keerbergen", provVlaamsBrabant, "3140", 51.003, 4.633},
	{"24054", "Kortenaken", provVlaamsBrabant, "3470", 50.910, 5.060},
	{"24055", "Kortenberg", provVlaamsBrabant, "3070", 50.882, 4.542},
	{"24059", "Landen", provVlaamsBrabant, "3400", 50.753, 5.082},
	{"24062", "Leuven", provVlaamsBrabant, "3000", 50.880, 4.700},
	{"24066", "Lubbeek", provVlaamsBrabant, "3210", 50.883, 4.840},
	{"24086", "Oud-Heverlee", provVlaamsBrabant, "3050", 50.834, 4.664},
	{"24094", "Rotselaar", provVlaamsBrabant, "3110", 50.953, 4.716},
	{"24104", "Tervuren", provVlaamsBrabant, "3080", 50.823, 4.514},
	{"24107", "Tielt-Winge", provVlaamsBrabant, "3390", 50.935, 4.890},
	{"24109", "Tienen", provVlaamsBrabant, "3300", 50.808, 4.938},
	{"24130", "Zoutleeuw", provVlaamsBrabant, "3440", 50.833, 5.104},
	{"24133", "Linter", provVlaamsBrabant, "3350", 50.836, 5.030},
	{"24134", "Scherpenheuvel-Zichem", provVlaamsBrabant, "3270", 50.999, 4.976},
	{"24135", "Tremelo", provVlaamsBrabant, "3120", 50.993, 4.706},
	{"24137", "Glabbeek", provVlaamsBrabant, "3380", 50.873, 4.952},

	// Arrondissement Brugge
	{"31003", "Beernem", provWestVlaanderen, "8730", 51.139, 3.339},
	{"31004", "Blankenberge", provWestVlaanderen, "8370", 51.313, 3.132},
	{"31005", "Brugge", provWestVlaanderen, "8000", 51.209, 3.225},
	{"31006", "Damme", provWestVlaanderen, "8340", 51.251, 3.282},
	{"31012", "Jabbeke", provWestVlaanderen, "8490", 51.183, 3.089},
	{"31022", "Oostkamp", provWestVlaanderen, "8020", 51.154, 3.232},
	{"31033", "Torhout", provWestVlaanderen, "8820", 51.065, 3.101},
	{"31040", "Zedelgem", provWestVlaanderen, "8210", 51.143, 3.137},
	{"31042", "Zuienkerke", provWestVlaanderen, "8377", 51.264, 3.156},
	{"31043", "Knokke-Heist", provWestVlaanderen, "8300", 51.346, 3.287},

	// Arrondissement Diksmuide
	{"32003", "Diksmuide", provWestVlaanderen, "8600", 51.032, 2.864},
	{"32006", "Houthulst", provWestVlaanderen, "8650", 50.977, 2.950},
	{"32010", "Koekelare", provWestVlaanderen, "8680", 51.090, 2.978},
	{"32011", "Kortemark", provWestVlaanderen, "8610", 51.029, 3.043},
	{"32030", "Lo-Reninge", provWestVlaanderen, "8647", 50.955, 2.757},

	// Arrondissement Ieper
	{"33011", "Ieper", provWestVlaanderen, "8900", 50.851, 2.886},
	{"33016", "Mesen", provWestVlaanderen, "8957", 50.764, 2.899},
	{"33021", "Poperinge", provWestVlaanderen, "8970", 50.855, 2.727},
	{"33029", "Wervik", provWestVlaanderen, "8940", 50.780, 3.040},
	{"33037", "Zonnebeke", provWestVlaanderen, "8980", 50.872, 2.987},
	{"33039", "Heuvelland", provWestVlaanderen, "8950", 50.790, 2.813},
	{"33040", "Langemark-Poelkapelle", provWestVlaanderen, "8920", 50.913, 2.916},
	{"33041", "Vleteren", provWestVlaanderen, "8640", 50.919, 2.734},

	// Arrondissement Kortrijk
	{"34002", "Anzegem", provWestVlaanderen, "8570", 50.835, 3.473},
	{"34003", "Avelgem", provWestVlaanderen, "8580", 50.774, 3.445},
	{"34009", "Deerlijk", provWestVlaanderen, "8540", 50.852, 3.354},
	{"34013", "Harelbeke", provWestVlaanderen, "8530", 50.855, 3.309},
	{"34022", "Kortrijk", provWestVlaanderen, "8500", 50.828, 3.265},
	{"34023", "Kuurne", provWestVlaanderen, "8520", 50.852, 3.284},
	{"34025", "Lendelede", provWestVlaanderen, "8860", 50.885, 3.237},
	{"34027", "Menen", provWestVlaanderen, "8930", 50.797, 3.122},
	{"34040", "Waregem", provWestVlaanderen, "8790", 50.889, 3.427},
	{"34041", "Wevelgem", provWestVlaanderen, "8560", 50.811, 3.185},
	{"34042", "Zwevegem", provWestVlaanderen, "8550", 50.811, 3.338},
	{"34043", "Spiere-Helkijn", provWestVlaanderen, "8587", 50.728, 3.362},

	// Arrondissement Oostende
	{"35002", "Bredene", provWestVlaanderen, "8450", 51.236, 2.975},
	{"35005", "Gistel", provWestVlaanderen, "8470", 51.157, 2.972},
	{"35006", "Ichtegem", provWestVlaanderen, "8480", 51.094, 3.013},
	{"35011", "Middelkerke", provWestVlaanderen, "8430", 51.185, 2.820},
	{"35013", "Oostende", provWestVlaanderen, "8400", 51.216, 2.913},
	{"35014", "Oudenburg", provWestVlaanderen, "8460", 51.184, 3.004},
	{"35029", "De Haan", provWestVlaanderen, "8420", 51.273, 3.035},

	// Arrondissement Roeselare
	{"36006", "Hooglede", provWestVlaanderen, "8830", 50.983, 3.084},
	{"36007", "Ingelmunster", provWestVlaanderen, "8770", 50.921, 3.254},
	{"36008", "Izegem", provWestVlaanderen, "8870", 50.915, 3.213},
	{"36010", "Ledegem", provWestVlaanderen, "8880", 50.858, 3.125},
	{"36011", "Lichtervelde", provWestVlaanderen, "8810", 51.033, 3.140},
	{"36012", "Moorslede", provWestVlaanderen, "8890", 50.892, 3.061},
	{"36015", "Roeselare", provWestVlaanderen, "8800", 50.946, 3.124},
	{"36019", "Staden", provWestVlaanderen, "8840", 50.975, 3.015},

	// Arrondissement Tielt
	{"37002", "Dentergem", provWestVlaanderen, "8720", 50.965, 3.417},
	{"37007", "Meulebeke", provWestVlaanderen, "8760", 50.950, 3.288},
	{"37010", "Oostrozebeke", provWestVlaanderen, "8780", 50.921, 3.337},
	{"37011", "Pittem", provWestVlaanderen, "8740", 51.007, 3.262},
	{"37012", "Ruiselede", provWestVlaanderen, "8755", 51.040, 3.387},
	{"37015", "Tielt", provWestVlaanderen, "8700", 50.999, 3.327},
	{"37017", "Wielsbeke", provWestVlaanderen, "8710", 50.905, 3.370},
	{"37018", "Wingene", provWestVlaanderen, "8750", 51.057, 3.272},
	{"37020", "Ardooie", provWestVlaanderen, "8850", 50.976, 3.199},

	// Arrondissement Veurne
	{"38002", "Alveringem", provWestVlaanderen, "8690", 50.977, 2.711},
	{"38008", "De Panne", provWestVlaanderen, "8660", 51.100, 2.590},
	{"38014", "Koksijde", provWestVlaanderen, "8670", 51.116, 2.637},
	{"38016", "Nieuwpoort", provWestVlaanderen, "8620", 51.130, 2.751},
	{"38025", "Veurne", provWestVlaanderen, "8630", 51.072, 2.662},

	// Arrondissement Aalst
	{"41002", "Aalst", provOostVlaanderen, "9300", 50.937, 4.040},
	{"41011", "Denderleeuw", provOostVlaanderen, "9470", 50.885, 4.076},
	{"41018", "Geraardsbergen", provOostVlaanderen, "9500", 50.773, 3.882},
	{"41024", "Haaltert", provOostVlaanderen, "9450", 50.906, 4.001},
	{"41027", "Herzele", provOostVlaanderen, "9550", 50.888, 3.890},
	{"41034", "Lede", provOostVlaanderen, "9340", 50.966, 3.987},
	{"41048", "Ninove", provOostVlaanderen, "9400", 50.828, 4.025},
	{"41063", "Sint-Lievens-Houtem", provOostVlaanderen, "9520", 50.920, 3.861},
	{"41081", "Zottegem", provOostVlaanderen, "9620", 50.869, 3.811},
	{"41082", "Erpe-Mere", provOostVlaanderen, "9420", 50.925, 3.966},

	// Arrondissement Dendermonde
	{"42003", "Berlare", provOostVlaanderen, "9290", 51.030, 4.003},
	{"42004", "Buggenhout", provOostVlaanderen, "9255", 51.016, 4.201},
	{"42006", "Dendermonde", provOostVlaanderen, "9200", 51.029, 4.101},
	{"42008", "Hamme", provOostVlaanderen, "9220", 51.098, 4.137},
	{"42010", "Laarne", provOostVlaanderen, "9270", 51.029, 3.850},
	{"42011", "Lebbeke", provOostVlaanderen, "9280", 50.999, 4.134},
	{"42023", "Waasmunster", provOostVlaanderen, "9250", 51.106, 4.087},
	{"42025", "Wetteren", provOostVlaanderen, "9230", 50.999, 3.881},
	{"42026", "Wichelen", provOostVlaanderen, "9260", 50.994, 3.976},
	{"42028", "Zele", provOostVlaanderen, "9240", 51.066, 4.037},

	// Arrondissement Eeklo
	{"43002", "Assenede", provOostVlaanderen, "9960", 51.226, 3.751},
	{"43005", "Eeklo", provOostVlaanderen, "9900", 51.186, 3.566},
	{"43007", "Kaprijke", provOostVlaanderen, "9970", 51.217, 3.616},
	{"43010", "Maldegem", provOostVlaanderen, "9990", 51.208, 3.444},
	{"43014", "Sint-Laureins", provOostVlaanderen, "9980", 51.242, 3.529},
	{"43018", "Zelzate", provOostVlaanderen, "9060", 51.200, 3.810},

	// Arrondissement Gent
	{"44001", "Aalter", provOostVlaanderen, "9880", 51.087, 3.449},
	{"44011", "Deinze", provOostVlaanderen, "9800", 50.984, 3.530},
	{"44012", "De Pinte", provOostVlaanderen, "9840", 50.993, 3.648},
	{"44013", "Destelbergen", provOostVlaanderen, "9070", 51.059, 3.800},
	{"44019", "Evergem", provOostVlaanderen, "9940", 51.113, 3.708},
	{"44020", "Gavere", provOostVlaanderen, "9890", 50.929, 3.662},
	{"44021", "Gent", provOostVlaanderen, "9000", 51.054, 3.725},
	{"44029", "Knesselare", provOostVlaanderen, "9910", 51.140, 3.412},
	{"44034", "Lochristi", provOostVlaanderen, "9080", 51.097, 3.833},
	{"44036", "Lovendegem", provOostVlaanderen, "9920", 51.101, 3.612},
	{"44040", "Melle", provOostVlaanderen, "9090", 51.002, 3.799},
	{"44043", "Merelbeke", provOostVlaanderen, "9820", 50.994, 3.745},
	{"44045", "Moerbeke", provOostVlaanderen, "9180", 51.174, 3.930},
	{"44048", "Nazareth", provOostVlaanderen, "9810", 50.957, 3.595},
	{"44049", "Nevele", provOostVlaanderen, "9850", 51.036, 3.547},
	{"44052", "Oosterzele", provOostVlaanderen, "9860", 50.950, 3.800},
	{"44064", "Sint-Martens-Latem", provOostVlaanderen, "9830", 51.016, 3.633},
	{"44072", "Waarschoot", provOostVlaanderen, "9950", 51.154, 3.614},
	{"44073", "Wachtebeke", provOostVlaanderen, "9185", 51.167, 3.875},
	{"44080", "Zomergem", provOostVlaanderen, "9930", 51.120, 3.565},
	{"44081", "Zulte", provOostVlaanderen, "9870", 50.920, 3.449},

	// Arrondissement Oudenaarde
	{"45017", "Kruishoutem", provOostVlaanderen, "9770", 50.901, 3.528},
	{"45035", "Oudenaarde", provOostVlaanderen, "9700", 50.845, 3.605},
	{"45041", "Ronse", provOostVlaanderen, "9600", 50.746, 3.600},
	{"45057", "Zingem", provOostVlaanderen, "9750", 50.903, 3.652},
	{"45059", "Brakel", provOostVlaanderen, "9660", 50.800, 3.760},
	{"45060", "Kluisbergen", provOostVlaanderen, "9690", 50.770, 3.520},
	{"45061", "Wortegem-Petegem", provOostVlaanderen, "9790", 50.845, 3.519},
	{"45062", "Horebeke", provOostVlaanderen, "9667", 50.835, 3.689},
	{"45063", "Lierde", provOostVlaanderen, "9570", 50.812, 3.830},
	{"45064", "Maarkedal", provOostVlaanderen, "9680", 50.800, 3.650},
	{"45065", "Zwalm", provOostVlaanderen, "9630", 50.880, 3.740},

	// Arrondissement Sint-Niklaas
	{"46003", "Beveren", provOostVlaanderen, "9120", 51.212, 4.256},
	{"46013", "Kruibeke", provOostVlaanderen, "9150", 51.170, 4.310},
	{"46014", "Lokeren", provOostVlaanderen, "9160", 51.104, 3.992},
	{"46020", "Sint-Gillis-Waas", provOostVlaanderen, "9170", 51.222, 4.123},
	{"46021", "Sint-Niklaas", provOostVlaanderen, "9100", 51.166, 4.143},
	{"46024", "Stekene", provOostVlaanderen, "9190", 51.209, 4.037},
	{"46025", "Temse", provOostVlaanderen, "9140", 51.126, 4.212},

	// Arrondissement Hasselt
	{"71002", "As", provLimburg, "3665", 51.006, 5.584},
	{"71004", "Beringen", provLimburg, "3580", 51.049, 5.226},
	{"71011", "Diepenbeek", provLimburg, "3590", 50.908, 5.418},
	{"71016", "Genk", provLimburg, "3600", 50.965, 5.500},
	{"71017", "Gingelom", provLimburg, "3890", 50.748, 5.133},
	{"71020", "Halen", provLimburg, "3545", 50.948, 5.111},
	{"71022", "Hasselt", provLimburg, "3500", 50.930, 5.338},
	{"71024", "Herk-de-Stad", provLimburg, "3540", 50.940, 5.166},
	{"71034", "Leopoldsburg", provLimburg, "3970", 51.117, 5.258},
	{"71037", "Lummen", provLimburg, "3560", 50.988, 5.191},
	{"71045", "Nieuwerkerken", provLimburg, "3850", 50.863, 5.193},
	{"71047", "Opglabbeek", provLimburg, "3660", 51.043, 5.583},
	{"71053", "Sint-Truiden", provLimburg, "3800", 50.816, 5.186},
	{"71057", "Tessenderlo", provLimburg, "3980", 51.065, 5.089},
	{"71066", "Zonhoven", provLimburg, "3520", 50.991, 5.366},
	{"71067", "Zutendaal", provLimburg, "3690", 50.932, 5.575},
	{"71069", "Ham", provLimburg, "3945", 51.100, 5.160},
	{"71070", "Heusden-Zolder", provLimburg, "3550", 51.032, 5.313},

	// Arrondissement Maaseik
	{"72003", "Bocholt", provLimburg, "3950", 51.173, 5.579},
	{"72004", "Bree", provLimburg, "3960", 51.141, 5.597},
	{"72018", "Kinrooi", provLimburg, "3640", 51.146, 5.742},
	{"72020", "Lommel", provLimburg, "3920", 51.230, 5.314},
	{"72021", "Maaseik", provLimburg, "3680", 51.098, 5.787},
	{"72025", "Neerpelt", provLimburg, "3910", 51.228, 5.432},
	{"72029", "Overpelt", provLimburg, "3900", 51.210, 5.418},
	{"72030", "Peer", provLimburg, "3990", 51.131, 5.458},
	{"72037", "Hamont-Achel", provLimburg, "3930", 51.253, 5.548},
	{"72038", "Hechtel-Eksel", provLimburg, "3940", 51.127, 5.368},
	{"72039", "Houthalen-Helchteren", provLimburg, "3530", 51.033, 5.376},
	{"72040", "Meeuwen-Gruitrode", provLimburg, "3670", 51.090, 5.530},
	{"72041", "Dilsen-Stokkem", provLimburg, "3650", 51.030, 5.720},

	// Arrondissement Tongeren
	{"73001", "Alken", provLimburg, "3570", 50.875, 5.306},
	{"73006", "Bilzen", provLimburg, "3740", 50.873, 5.519},
	{"73009", "Borgloon", provLimburg, "3840", 50.803, 5.344},
	{"73022", "Heers", provLimburg, "3870", 50.755, 5.300},
	{"73028", "Herstappe", provLimburg, "3717", 50.727, 5.424},
	{"73032", "Hoeselt", provLimburg, "3730", 50.849, 5.488},
	{"73040", "Kortessem", provLimburg, "3720", 50.860, 5.390},
	{"73042", "Lanaken", provLimburg, "3620", 50.893, 5.647},
	{"73066", "Riemst", provLimburg, "3770", 50.809, 5.602},
	{"73083", "Tongeren", provLimburg, "3700", 50.781, 5.464},
	{"73098", "Wellen", provLimburg, "3830", 50.840, 5.340},
	{"73107", "Maasmechelen", provLimburg, "3630", 50.965, 5.694},
	{"73109", "Voeren", provLimburg, "3790", 50.757, 5.790},
}

// centreCities weighs the Flemish centrumsteden (and most of all the two
// largest cities) heavier when locations are shared out, so that a city
// network is several times the size of a village's, as it is in reality.
var centreCities = map[string]float64{
	"11002": 10, // Antwerpen
	"44021": 7,  // Gent
	"31005": 3,  // Brugge
	"24062": 3,  // Leuven
	"12025": 3,  // Mechelen
	"41002": 3,  // Aalst
	"71022": 3,  // Hasselt
	"34022": 3,  // Kortrijk
	"46021": 3,  // Sint-Niklaas
	"35013": 3,  // Oostende
	"71016": 3,  // Genk
	"36015": 3,  // Roeselare
	"13040": 3,  // Turnhout
}

// phoneZones maps an arrondissement (the first two digits of a NIS code) to
// its Belgian telephone zone without the leading 0.
var phoneZones = map[string]string{
	"11": "3", "12": "15", "13": "14",
	"23": "2", "24": "16",
	"31": "50", "32": "51", "33": "57", "34": "56", "35": "59", "36": "51", "37": "51", "38": "58",
	"41": "53", "42": "52", "43": "9", "44": "9", "45": "55", "46": "3",
	"71": "11", "72": "89", "73": "12",
}
