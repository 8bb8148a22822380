package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/auditevent"
	"github.com/kansrijk/brug/ent/organization"
	"github.com/kansrijk/brug/ent/privacy"
	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

// TestAuditAppendOnly checks that the audit event a change writes can be
// neither changed nor deleted: not by raw SQL (a trigger on both databases,
// and on PostgreSQL also the application role's missing privileges) and not
// through ent, not even in the system context (the privacy policy).
func TestAuditAppendOnly(t *testing.T) {
	t.Parallel()
	for _, dialect := range []string{brugtest.SQLite, brugtest.Postgres} {
		t.Run(dialect, func(t *testing.T) {
			t.Parallel()
			if dialect == brugtest.Postgres {
				requirePostgres(t)
			}
			a := brugtest.NewApp(t, dialect, brugtest.Options{})
			tenant := brugtest.Tenant(t, a, "alpha")
			caller := &viewer.Caller{MemberID: "m", Label: "x@y", Role: viewer.Admin}
			ctx := viewer.With(tenancy.WithTenant(t.Context(), tenant), caller)
			require.NoError(t, a.Store.InTx(ctx, func(ctx context.Context) error {
				return a.Store.Client(ctx).Organization.Create().SetName("CLB Noord").SetKind(organization.KindCLB).Exec(ctx)
			}))

			snapshot := func() []string {
				t.Helper()
				var out []string
				brugtest.System(t, a, func(ctx context.Context, c *ent.Client) {
					for _, e := range c.AuditEvent.Query().Order(ent.Asc(auditevent.FieldID)).AllX(ctx) {
						out = append(out, fmt.Sprintf("%s %s %s %s %s %s %s %v %s %s", e.ID, e.TenantID,
							e.OccurredAt.UTC().Format(time.RFC3339Nano), e.ActorID, e.Actor, e.EntityType, e.EntityID,
							e.Fields, e.Action, e.RequestID))
					}
				})
				return out
			}
			var event *ent.AuditEvent
			brugtest.System(t, a, func(ctx context.Context, c *ent.Client) {
				event = c.AuditEvent.Query().OnlyX(ctx)
			})
			require.Equal(t, tenant, event.TenantID)
			require.Equal(t, "m", event.ActorID)
			require.Equal(t, "x@y", event.Actor)
			require.Equal(t, "Organization", event.EntityType)
			require.Equal(t, auditevent.ActionCREATE, event.Action)
			before := snapshot()
			require.Len(t, before, 1)

			statements := []string{"UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events"}
			switch dialect {
			case brugtest.SQLite:
				for _, stmt := range statements {
					_, err := a.Store.DB.ExecContext(t.Context(), stmt)
					require.Error(t, err, stmt)
					require.ErrorContains(t, err, "append-only", stmt)
				}
			case brugtest.Postgres:
				statements = append(statements, "TRUNCATE audit_events")
				// Each statement in a transaction in which every row is
				// visible, so that an empty match cannot pass for a refusal.
				try := func(db *sql.DB, setting, value, stmt string) error {
					t.Helper()
					tx, err := db.BeginTx(t.Context(), nil)
					require.NoError(t, err)
					defer func() { _ = tx.Rollback() }()
					_, err = tx.ExecContext(t.Context(), "SELECT set_config($1, $2, true)", setting, value)
					require.NoError(t, err)
					_, err = tx.ExecContext(t.Context(), stmt)
					return err
				}
				owner := openDB(t, databaseURL(a), "")
				appDB := openDB(t, databaseURL(a), appRole)
				for _, stmt := range statements {
					err := try(owner, "brug.system", "on", stmt)
					require.Error(t, err, "as the owner: %s", stmt)
					require.Equal(t, sqlstateInsufficientPrivilege, sqlstate(err), "as the owner: %s: %v", stmt, err)
					require.ErrorContains(t, err, "append-only", "as the owner: %s", stmt)
					t.Logf("as the owner: %s: %v", stmt, err)

					for _, scope := range [][2]string{{"brug.system", "on"}, {"brug.tenant_id", tenant}} {
						err := try(appDB, scope[0], scope[1], stmt)
						require.Error(t, err, "as %s with %s: %s", appRole, scope[0], stmt)
						require.Equal(t, sqlstateInsufficientPrivilege, sqlstate(err), "as %s: %s: %v", appRole, stmt, err)
						require.ErrorContains(t, err, "permission denied", "as %s: %s", appRole, stmt)
					}
					t.Logf("as %s: %s: %v", appRole, stmt, try(appDB, "brug.system", "on", stmt))
				}
			}

			// Through ent, in the system context and as the tenant's ADMIN.
			contexts := map[string]context.Context{
				"system": tenancy.System(t.Context()),
				"admin":  ctx,
			}
			for name, ctx := range contexts {
				require.NoError(t, a.Store.InTx(ctx, func(ctx context.Context) error {
					c := a.Store.Client(ctx)
					for op, exec := range map[string]func() error{
						"UpdateOneID": func() error { return c.AuditEvent.UpdateOneID(event.ID).Exec(ctx) },
						"Update":      func() error { return c.AuditEvent.Update().Exec(ctx) },
						"DeleteOneID": func() error { return c.AuditEvent.DeleteOneID(event.ID).Exec(ctx) },
						"Delete":      func() error { _, err := c.AuditEvent.Delete().Exec(ctx); return err },
					} {
						err := exec()
						require.ErrorIs(t, err, privacy.Deny, "%s: %s", name, op)
						require.ErrorIs(t, err, viewer.ErrForbidden, "%s: %s", name, op)
						require.ErrorContains(t, err, "append-only", "%s: %s", name, op)
					}
					return nil
				}))
			}

			require.Equal(t, before, snapshot(), "the audit trail changed")
		})
	}
}
