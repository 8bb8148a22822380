package gqldoc

// glossary describes Brug's domain enum values, keyed by "Enum.VALUE" or,
// where the value means the same in every enum, by "VALUE".
var glossary = map[string]string{
	// Organization kinds.
	"CHILDCARE":               "Childcare (kinderopvang) for babies, toddlers or school-age children.",
	"HUIS_VAN_HET_KIND":       "Huis van het Kind: local partnership for families with children and young people.",
	"SCHOOL":                  "A school (basisonderwijs or secundair onderwijs).",
	"LEISURE":                 "Leisure: youth work, sports, music or arts for children and young people.",
	"CLB":                     "Centrum voor Leerlingenbegeleiding: pupil guidance centre working with schools.",
	"LEARNING_SUPPORT_CENTRE": "Leersteuncentrum (formerly ondersteuningsnetwerk): learning support for pupils in mainstream schools.",
	"PEDAGOGICAL_GUIDANCE":    "Pedagogische begeleidingsdienst (DPB): pedagogical guidance for schools, phases 0 and 1.",
	"SPECIAL_EDUCATION":       "Buitengewoon onderwijs (BuO): special education.",
	"DIAGNOSTIC_CENTRE":       "Diagnostic centre, e.g. a centre for developmental disorders (COS/CAR).",
	"MENTAL_HEALTH_CENTRE":    "Centrum voor Geestelijke Gezondheidszorg (CGG) or other mental-health provider.",
	"FAMILY_SUPPORT":          "Family support, e.g. Opvoedingswinkel or Kind en Gezin's consultation.",
	"YOUTH_CARE_PROVIDER":     "Youth-care provider (jeugdhulpaanbieder).",
	"GENERAL_PRACTITIONER":    "General practitioner (huisarts) or group practice.",
	"SOCIAL_SERVICES":         "Social services, e.g. the OCMW or CAW.",
	"OTHER":                   "Anything else.",
	// Service categories.
	"DIAGNOSTICS":       "Diagnosis or assessment, e.g. for ADHD or autism.",
	"SCHOOL_SUPPORT":    "Support for a pupil and the team in school.",
	"BEHAVIOUR_SUPPORT": "Support with difficult behaviour.",
	"PARENTING_SUPPORT": "Parenting support (opvoedingsondersteuning).",
	"THERAPY":           "Therapy, e.g. speech, motor or psychotherapy.",
	"TIME_OUT":          "Time-out programme for a pupil outside the class or school.",
	"FAMILY_CLASS":      "Family class (gezinsklas): parents and child work together with a coach.",
	"CRISIS":            "Crisis help, available at short notice.",
	"INFORMATION":       "Information and advice.",
	// Needs.
	"ADHD":      "Attention-deficit/hyperactivity disorder (suspected or diagnosed).",
	"AUTISM":    "Autism spectrum (suspected or diagnosed).",
	"LEARNING":  "Learning difficulties, e.g. dyslexia or dyscalculia.",
	"BEHAVIOUR": "Behavioural difficulties.",
	"LANGUAGE":  "Speech or language development, including Dutch as a second language.",
	"MOTOR":     "Motor development.",
	"EMOTIONAL": "Emotional wellbeing, anxiety or mood.",
	"SOCIAL":    "Social contact and relationships.",
	// Capacity status.
	"ACCEPTING": "Takes new children now.",
	"WAITLIST":  "Takes new children through a waiting list.",
	"CLOSED":    "Takes no new children.",
	// Service status.
	"ACTIVE":             "The service runs.",
	"INACTIVE":           "The service no longer runs.",
	"TEMPORARILY_CLOSED": "The service is paused for a while.",
	// Partnership kinds.
	"REFERS_TO":      "The first organisation refers children or families to the second.",
	"SUPPORTS":       "The first organisation supports the second, e.g. a CLB supporting a school.",
	"NETWORK_MEMBER": "The first organisation is a member of the network the second coordinates.",
	"CO_LOCATED":     "The two organisations work from the same building.",
	"DISPATCHES_TO":  "The first organisation (e.g. a Huis van Gedrag) dispatches questions to the second.",
	// Territories.
	"FLANDERS": "The Flemish Region.",
	"BRUSSELS": "The Brussels-Capital Region.",
	// Roles.
	"Role.ADMIN":    "The municipality's network coordinator: everything in the municipality.",
	"Role.EDITOR":   "Staff of one organisation: edits that organisation, its locations, services and partnerships.",
	"Role.SCHOOL":   "Staff of a school or CLB: reads the directory and registers referrals for its own organisation.",
	"Role.PROVIDER": "Staff of a provider: keeps its own services' capacity current.",
	"Role.VIEWER":   "Reads the directory.",
	// Audit actions.
	"CREATE": "The object was created.",
	"UPDATE": "The object was changed.",
	"DELETE": "The object was deleted.",
	// Order direction.
	"ASC":  "Ascending order.",
	"DESC": "Descending order.",
}
