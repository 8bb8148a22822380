package bench

import (
	"context"
	"testing"

	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/member"
	"github.com/kansrijk/brug/internal/search"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/synth"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

// BenchmarkSearch measures one search on a small synthetic directory on
// SQLite (20 municipalities, 2,000 locations, 6,000 services), through
// search.Search as a SCHOOL member (the API path without HTTP and GraphQL)
// and as the hand-written SQL baseline. It needs no PostgreSQL:
//
//	go test -run '^$' -bench Search ./internal/bench
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Config{DataDir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(st.Close)
	if err := st.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	const seed = 1
	if _, err := synth.Generate(ctx, st, synth.Config{Tenants: 20, Locations: 2_000, Services: 6_000, Seed: seed}); err != nil {
		b.Fatal(err)
	}
	w, err := pickWorld(ctx, st, seed)
	if err != nil {
		b.Fatal(err)
	}
	iss, err := auth.NewDevIssuer("https://bench.brug.invalid/oidc")
	if err != nil {
		b.Fatal(err)
	}
	claims, err := member.EnsureDevMember(ctx, st, iss, member.DevMember{Tenant: w.slug, Role: viewer.School})
	if err != nil {
		b.Fatal(err)
	}
	sess, err := member.NewService(st).SignIn(ctx, &auth.Identity{Issuer: iss.URL(), Subject: claims.Subject, Email: claims.Email, EmailVerified: true})
	if err != nil {
		b.Fatal(err)
	}
	caller, tid, err := sess.Caller(w.tenantID)
	if err != nil {
		b.Fatal(err)
	}
	// What the HTTP front puts in a request's context.
	reqCtx := viewer.With(tenancy.WithRegionMates(tenancy.WithTenant(ctx, tid), w.mates), caller)
	qs := w.queries(distinctQueries, seed)

	b.Run("search", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if _, err := search.Search(reqCtx, st.Client(reqCtx), qs[i%len(qs)].searchQuery()); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("raw", func(b *testing.B) {
		rs := &raw{st: st, w: w}
		i := 0
		for b.Loop() {
			if _, _, err := rs.search(ctx, qs[i%len(qs)]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}
