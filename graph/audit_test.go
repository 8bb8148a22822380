package graph_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/brugtest"
	"github.com/kansrijk/brug/internal/viewer"
)

type auditPage struct {
	AuditEvents struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				Actor, EntityType, EntityID, Action, RequestID string
				Fields                                         []string
				OccurredAt                                     time.Time
			}
		}
	}
}

const auditQuery = `query($where: AuditEventWhereInput) {
	auditEvents(where: $where, orderBy: {field: OCCURRED_AT}) { totalCount edges { node {
		actor entityType entityID action fields requestID occurredAt
	} } }
}`

// TestAuditTrail follows one organisation through create, update and
// delete by two members and reads its history back, filtered by entity, by
// actor and by time, as an ADMIN.
func TestAuditTrail(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		tb := setup(t, dialect)
		start := time.Now().Add(-time.Second)
		org := createOrg(t, tb.a, "CLB Leuven", "CLB")
		editor := brugtest.NewClient(t, tb.app).AsRole("alpha", viewer.Editor, org)
		editor.MustQuery(`mutation($id: ID!) { updateOrganization(id: $id, input: {description: "Onthaal", phone: "016 12 34 56"}) { organization { id } } }`,
			map[string]any{"id": org}, nil)
		tb.a.MustQuery(`mutation($id: ID!) { deleteOrganization(id: $id) { deletedID } }`, map[string]any{"id": org}, nil)

		var history auditPage
		tb.a.MustQuery(auditQuery, map[string]any{"where": map[string]any{"entityID": org}}, &history)
		require.Equal(t, 3, history.AuditEvents.TotalCount)
		events := history.AuditEvents.Edges
		require.Equal(t, []string{"CREATE", "UPDATE", "DELETE"}, []string{events[0].Node.Action, events[1].Node.Action, events[2].Node.Action})
		require.Equal(t, "Organization", events[0].Node.EntityType)
		require.Equal(t, tb.a.Email, events[0].Node.Actor)
		require.Contains(t, events[0].Node.Fields, "name")
		require.Equal(t, editor.Email, events[1].Node.Actor)
		require.Equal(t, []string{"description", "phone"}, events[1].Node.Fields)
		require.Equal(t, tb.a.Email, events[2].Node.Actor)
		for _, e := range events {
			require.NotEmpty(t, e.Node.RequestID)
			require.True(t, e.Node.OccurredAt.After(start))
		}

		var byEditor auditPage
		tb.a.MustQuery(auditQuery, map[string]any{"where": map[string]any{"actor": editor.Email}}, &byEditor)
		require.Equal(t, 1, byEditor.AuditEvents.TotalCount)

		var future auditPage
		tb.a.MustQuery(auditQuery, map[string]any{"where": map[string]any{"occurredAtGT": time.Now().Add(time.Hour).Format(time.RFC3339)}}, &future)
		require.Zero(t, future.AuditEvents.TotalCount)

		// Another municipality's ADMIN sees none of it.
		var other auditPage
		tb.b.MustQuery(auditQuery, map[string]any{"where": map[string]any{"entityID": org}}, &other)
		require.Zero(t, other.AuditEvents.TotalCount)

		// There is no way to change the trail through the API.
		res := tb.a.Query(`mutation { deleteAuditEvent(id: "aud_x") { deletedID } }`, nil)
		require.Equal(t, "GRAPHQL_VALIDATION_FAILED", res.Code(), "%s", res.Raw)
	})
}
