package tenancy

// Settings are a tenant's own configuration, stored as JSON on the tenant.
type Settings struct {
	// PublicDirectory makes published organisations, locations and services
	// readable without signing in.
	PublicDirectory bool `json:"publicDirectory"`
	// DefaultWaitingNormDays is the waiting-time norm a new service gets when
	// none is given.
	DefaultWaitingNormDays int `json:"defaultWaitingNormDays,omitempty"`
}
