package schema

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"

	"github.com/kansrijk/brug/ent/auditevent"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

type auditKey struct{}

// writingAudit reports whether the context belongs to the audit hook's own
// insert, the only write the audit trail accepts.
func writingAudit(ctx context.Context) bool {
	v, _ := ctx.Value(auditKey{}).(bool)
	return v
}

// derivedFields are kept by Brug itself; changing only these is not a
// change by a person and is not audited.
var derivedFields = []string{"network_summary", "updated_at"}

// auditChanges records every change made on behalf of a caller (a member,
// an anonymous caller, or one of Brug's jobs) as an AuditEvent in the same
// transaction. Seeding and migrations run without a caller and are not
// audited.
func auditChanges(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		c := viewer.From(ctx)
		if c == nil || m.Type() == "AuditEvent" {
			return next.Mutate(ctx, m)
		}
		fields := append(m.Fields(), m.ClearedFields()...)
		for _, e := range [][]string{m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()} {
			for _, name := range e {
				if !slices.Contains(fields, name) {
					fields = append(fields, name)
				}
			}
		}
		fields = slices.DeleteFunc(fields, func(f string) bool { return slices.Contains(derivedFields, f) || f == "tenant_id" })
		if m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) && len(fields) == 0 {
			return next.Mutate(ctx, m)
		}
		slices.Sort(fields)
		var ids []string
		if m.Op().Is(ent.OpUpdate | ent.OpDelete) {
			var err error
			if ids, err = rowIDs(ctx, m); err != nil {
				return nil, err
			}
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return v, err
		}
		if idm, ok := m.(interface{ ID() (string, bool) }); ok && len(ids) == 0 {
			if id, ok := idm.ID(); ok {
				ids = []string{id}
			}
		}
		tid, err := auditTenant(ctx, m, ids)
		if err != nil {
			return nil, err
		}
		action := auditevent.ActionUPDATE
		switch {
		case m.Op().Is(ent.OpCreate):
			action = auditevent.ActionCREATE
		case m.Op().Is(ent.OpDelete | ent.OpDeleteOne):
			action = auditevent.ActionDELETE
		}
		actor := c.Label
		if actor == "" {
			actor = "anonymous"
		}
		for _, id := range ids {
			err := client(m).AuditEvent.Create().
				SetTenantID(tid).
				SetActorID(c.MemberID).
				SetActor(actor).
				SetEntityType(m.Type()).
				SetEntityID(id).
				SetAction(action).
				SetFields(fields).
				SetRequestID(viewer.RequestID(ctx)).
				Exec(context.WithValue(tenancy.WithTenant(ctx, tid), auditKey{}, true))
			if err != nil {
				return nil, fmt.Errorf("writing audit event: %w", err)
			}
		}
		return v, nil
	})
}

// auditTenant finds the tenant a change belongs to: the tenant itself, the
// context's tenant, the tenant the mutation sets, or (for a single-row
// update in the system context) the row's stored tenant.
func auditTenant(ctx context.Context, m ent.Mutation, ids []string) (string, error) {
	if m.Type() == "Tenant" && len(ids) > 0 {
		return ids[0], nil
	}
	if tid, ok := tenancy.FromContext(ctx); ok {
		return tid, nil
	}
	if v, ok := m.Field("tenant_id"); ok {
		return v.(string), nil
	}
	if m.Op().Is(ent.OpUpdateOne) {
		v, err := m.OldField(ctx, "tenant_id")
		if err != nil {
			return "", fmt.Errorf("finding the tenant to audit: %w", err)
		}
		return v.(string), nil
	}
	return "", fmt.Errorf("auditing %s: no tenant in the context or the change", m.Type())
}
