package directory

import (
	"slices"
	"strings"
)

// NeedsMask returns the bit set of needs (bit i for Needs[i]), stored on a
// service so that a search filters needs with one integer comparison.
func NeedsMask(needs []Need) int {
	m := 0
	for i, n := range Needs {
		if slices.Contains(needs, n) {
			m |= 1 << i
		}
	}
	return m
}

// PhasesMask returns the bit set of care phases (bit p for phase p).
func PhasesMask(phases []int) int {
	m := 0
	for _, p := range phases {
		if p >= 0 && p <= MaxCarePhase {
			m |= 1 << p
		}
	}
	return m
}

// LanguageCodes returns languages as ",nl,fr,", stored on a service so that
// a search matches a language with one LIKE on both databases.
func LanguageCodes(languages []string) string {
	return "," + strings.Join(languages, ",") + ","
}
