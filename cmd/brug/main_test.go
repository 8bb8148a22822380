package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDevModeNeedsForceWithPostgres: development mode trusts Brug's own
// token issuer, so it is refused with a DATABASE_URL unless forced.
func TestDevModeNeedsForceWithPostgres(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	t.Setenv("BRUG_DEV", "")
	t.Setenv("BRUG_DEV_FORCE", "")
	cases := []struct {
		name    string
		args    []string
		dev     bool
		refused bool
	}{
		{"embedded default is dev", nil, true, false},
		{"postgres is not dev", []string{"--database-url", "postgres://db/brug"}, false, false},
		{"dev with postgres is refused", []string{"--database-url", "postgres://db/brug", "--dev=true"}, false, true},
		{"dev with postgres when forced", []string{"--database-url", "postgres://db/brug", "--dev=true", "--dev-force"}, true, false},
		{"dev off on sqlite", []string{"--dev=false"}, false, false},
	}
	for _, c := range cases {
		o, err := parse("serve", c.args)
		if c.refused {
			require.ErrorContains(t, err, "BRUG_DEV_FORCE", c.name)
			continue
		}
		require.NoError(t, err, c.name)
		require.Equal(t, c.dev, o.dev, c.name)
	}
}
