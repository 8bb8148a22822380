package tenancy

import "github.com/kansrijk/brug/internal/validate"

// Settings are a tenant's own configuration, stored as JSON on the tenant.
type Settings struct {
	// PublicDirectory makes published organisations, locations and services
	// readable without signing in.
	PublicDirectory bool `json:"publicDirectory"`
	// DefaultWaitingNormDays is the waiting-time norm a new service gets when
	// none is given.
	DefaultWaitingNormDays int `json:"defaultWaitingNormDays,omitempty"`
}

// MaxWaitingNormDays is the longest waiting-time norm a service (and so a
// tenant's default) may have.
const MaxWaitingNormDays = 730

// Update returns the settings with the given changes applied; nil leaves a
// setting as it is.
func (s Settings) Update(publicDirectory *bool, defaultWaitingNormDays *int) (Settings, error) {
	if publicDirectory != nil {
		s.PublicDirectory = *publicDirectory
	}
	if d := defaultWaitingNormDays; d != nil {
		if *d < 1 || *d > MaxWaitingNormDays {
			return s, validate.Fieldf("defaultWaitingNormDays", "must be between 1 and %d days", MaxWaitingNormDays)
		}
		s.DefaultWaitingNormDays = *d
	}
	return s, nil
}
