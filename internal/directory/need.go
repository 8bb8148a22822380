package directory

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Need is a category of a child's support need that a service addresses.
type Need string

// The needs Brug knows. Their GraphQL names are the same strings.
const (
	NeedADHD      Need = "ADHD"
	NeedAutism    Need = "AUTISM"
	NeedLearning  Need = "LEARNING"
	NeedBehaviour Need = "BEHAVIOUR"
	NeedLanguage  Need = "LANGUAGE"
	NeedMotor     Need = "MOTOR"
	NeedEmotional Need = "EMOTIONAL"
	NeedSocial    Need = "SOCIAL"
	NeedOther     Need = "OTHER"
)

// Needs lists every Need in a stable order.
var Needs = []Need{NeedADHD, NeedAutism, NeedLearning, NeedBehaviour, NeedLanguage, NeedMotor, NeedEmotional, NeedSocial, NeedOther}

// Valid reports whether n is a known need.
func (n Need) Valid() bool { return slices.Contains(Needs, n) }

// MarshalGQL writes the need as a GraphQL enum value.
func (n Need) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(n))) }

// UnmarshalGQL reads a GraphQL enum value.
func (n *Need) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("need must be a string, got %T", v)
	}
	if !Need(s).Valid() {
		return fmt.Errorf("%q is not a valid Need", s)
	}
	*n = Need(s)
	return nil
}

// NormalizeNeeds returns the needs sorted in their canonical order without
// duplicates, or an error naming the first unknown one.
func NormalizeNeeds(in []Need) ([]Need, error) {
	out := make([]Need, 0, len(in))
	for _, n := range Needs {
		if slices.Contains(in, n) {
			out = append(out, n)
		}
	}
	for _, n := range in {
		if !n.Valid() {
			return nil, fmt.Errorf("%q is not a valid need", n)
		}
	}
	return out, nil
}

// MaxCarePhase is the highest phase of the zorgcontinuüm (3: individually
// adapted curriculum or special education).
const MaxCarePhase = 3

// NormalizeCarePhases returns the phases sorted without duplicates, or an
// error if one lies outside 0..3.
func NormalizeCarePhases(in []int) ([]int, error) {
	out := make([]int, 0, len(in))
	for _, p := range in {
		if p < 0 || p > MaxCarePhase {
			return nil, fmt.Errorf("care phase %d is outside 0..%d", p, MaxCarePhase)
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out, nil
}
