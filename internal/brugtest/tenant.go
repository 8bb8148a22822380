package brugtest

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent/tenant"
	"github.com/kansrijk/brug/internal/app"
	"github.com/kansrijk/brug/internal/tenancy"
)

// Tenant creates a municipality with the given slug and a made-up NIS code
// and returns its id.
func Tenant(t testing.TB, a *app.App, slug string) string {
	t.Helper()
	ctx := tenancy.System(context.Background())
	n, err := a.Store.Client(ctx).Tenant.Query().Count(ctx)
	require.NoError(t, err)
	tn, err := a.Store.Client(ctx).Tenant.Create().
		SetSlug(slug).
		SetName("Gemeente " + slug).
		SetNisCode(nisCode(n)).
		SetTerritory(tenant.TerritoryFLANDERS).
		SetProvince("Vlaams-Brabant").
		SetCentroidLatitude(50.88).
		SetCentroidLongitude(4.70).
		Save(ctx)
	require.NoError(t, err)
	return tn.ID
}

func nisCode(n int) string {
	const digits = "0123456789"
	code := []byte("99000")
	for i := 4; i >= 2 && n > 0; i-- {
		code[i] = digits[n%10]
		n /= 10
	}
	return string(code)
}
