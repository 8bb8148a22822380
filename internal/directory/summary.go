package directory

import "time"

// NetworkSummary is the health of one municipality's network map, kept
// current by the network_summary job after every change to the directory.
type NetworkSummary struct {
	// Organizations is the number of organisations.
	Organizations int `json:"organizations"`
	// Partnerships is the number of partnerships.
	Partnerships int `json:"partnerships"`
	// Components is the number of connected parts of the network, ignoring
	// the direction of partnerships; 1 means everyone is linked.
	Components int `json:"components"`
	// IsolatedOrganizationIDs are organisations without any partnership.
	IsolatedOrganizationIDs []string `json:"isolatedOrganizationIDs"`
	// Services is the number of active services.
	Services int `json:"services"`
	// Accepting, Waitlist and Closed count active services by capacity status.
	Accepting int `json:"accepting"`
	Waitlist  int `json:"waitlist"`
	Closed    int `json:"closed"`
	// StaleCapacity counts active services whose capacity was never given or
	// not updated within StaleCapacityAfter.
	StaleCapacity int `json:"staleCapacity"`
	// ComputedAt is when the summary was computed.
	ComputedAt time.Time `json:"computedAt"`
}

// StaleCapacityAfter is how old capacity figures may get before a service
// counts as stale in the network summary.
const StaleCapacityAfter = 90 * 24 * time.Hour
