package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/internal/brugtest"
)

const dumpQuery = `{
	organizations(first: 100, orderBy: {field: NAME}) { totalCount edges { node {
		id name kind enterpriseNumber updatedAt
		locations { id latitude longitude updatedAt }
		services { id minAge maxAge capacityAvailable capacityMaximum capacityStatus needs carePhases updatedAt locations { id } }
	} } }
	partnerships(first: 100) { totalCount edges { node { id fromID toID kind } } }
}`

// TestBadInput checks that each kind of invalid input is refused with
// BAD_USER_INPUT or NOT_FOUND naming the field, and that nothing stored changes.
func TestBadInput(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		tb := setup(t, dialect)
		org := createOrg(t, tb.a, "CLB Leuven", "CLB")
		other := createOrg(t, tb.a, "Basisschool De Linde", "SCHOOL")
		loc := createLocation(t, tb.a, org, "Hoofdzetel")
		otherLoc := createLocation(t, tb.a, other, "Schoolgebouw")
		foreignOrg := createOrg(t, tb.b, "CLB Elders", "CLB")
		var svc struct {
			CreateService struct{ Service struct{ ID string } }
		}
		tb.a.MustQuery(`mutation($in: CreateServiceInput!) { createService(input: $in) { service { id } } }`, map[string]any{"in": map[string]any{
			"organizationID": org, "locationIDs": []string{loc}, "name": "Onthaal", "category": "INFORMATION",
			"minAge": 3, "maxAge": 12, "capacityAvailable": 2, "capacityMaximum": 10,
		}}, &svc)
		service := svc.CreateService.Service.ID

		const (
			createOrgQ = `mutation($in: CreateOrganizationInput!) { createOrganization(input: $in) { organization { id } } }`
			updateOrgQ = `mutation($id: ID!, $in: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $in) { organization { id } } }`
			createLocQ = `mutation($in: CreateLocationInput!) { createLocation(input: $in) { location { id } } }`
			updateLocQ = `mutation($id: ID!, $in: UpdateLocationInput!) { updateLocation(id: $id, input: $in) { location { id } } }`
			createSvcQ = `mutation($in: CreateServiceInput!) { createService(input: $in) { service { id } } }`
			updateSvcQ = `mutation($id: ID!, $in: UpdateServiceInput!) { updateService(id: $id, input: $in) { service { id } } }`
			createParQ = `mutation($in: CreatePartnershipInput!) { createPartnership(input: $in) { partnership { id } } }`
		)
		newService := func(extra map[string]any) map[string]any {
			in := map[string]any{"organizationID": org, "name": "Nieuw", "category": "THERAPY"}
			for k, v := range extra {
				in[k] = v
			}
			return map[string]any{"in": in}
		}
		cases := []struct {
			name, query string
			vars        map[string]any
			code, field string
		}{
			{"latitude 200 on create", createLocQ, map[string]any{"in": func() map[string]any {
				in := locationInput(org, "Ver weg", "3000")
				in["latitude"] = 200
				return in
			}()}, "BAD_USER_INPUT", "latitude"},
			{"latitude 200 on update", updateLocQ, map[string]any{"id": loc, "in": map[string]any{"latitude": 200}}, "BAD_USER_INPUT", "latitude"},
			{"postcode of 5 digits", updateLocQ, map[string]any{"id": loc, "in": map[string]any{"postcode": "30000"}}, "BAD_USER_INPUT", "postcode"},
			{"min age above max age on create", createSvcQ, newService(map[string]any{"minAge": 10, "maxAge": 5}), "BAD_USER_INPUT", "minAge"},
			{"min age above stored max age", updateSvcQ, map[string]any{"id": service, "in": map[string]any{"minAge": 15}}, "BAD_USER_INPUT", "minAge"},
			{"age above 25", updateSvcQ, map[string]any{"id": service, "in": map[string]any{"maxAge": 30}}, "BAD_USER_INPUT", "maxAge"},
			{"unknown enum", createOrgQ, map[string]any{"in": map[string]any{"name": "X", "kind": "CASTLE"}}, "BAD_USER_INPUT", "kind"},
			{"unknown need", updateSvcQ, map[string]any{"id": service, "in": map[string]any{"needs": []string{"ADHD", "MAGIC"}}}, "BAD_USER_INPUT", "needs"},
			{"care phase 4", updateSvcQ, map[string]any{"id": service, "in": map[string]any{"carePhases": []int{1, 4}}}, "BAD_USER_INPUT", "carePhases"},
			{"language not ISO 639-1", updateSvcQ, map[string]any{"id": service, "in": map[string]any{"languages": []string{"nl", "dutch"}}}, "BAD_USER_INPUT", "languages"},
			{"negative capacity", updateSvcQ, map[string]any{"id": service, "in": map[string]any{"capacityAvailable": -1}}, "BAD_USER_INPUT", "capacityAvailable"},
			{"available above maximum on create", createSvcQ, newService(map[string]any{"capacityAvailable": 11, "capacityMaximum": 10}), "BAD_USER_INPUT", "capacityAvailable"},
			{"maximum below stored available", updateSvcQ, map[string]any{"id": service, "in": map[string]any{"capacityMaximum": 1}}, "BAD_USER_INPUT", "capacityAvailable"},
			{"malformed KBO", updateOrgQ, map[string]any{"id": org, "in": map[string]any{"enterpriseNumber": "0123.456.789"}}, "BAD_USER_INPUT", "enterpriseNumber"},
			{"KBO with letters", createOrgQ, map[string]any{"in": map[string]any{"name": "X", "kind": "CLB", "enterpriseNumber": "BE0123456749"}}, "BAD_USER_INPUT", "enterpriseNumber"},
			{"malformed email", updateOrgQ, map[string]any{"id": org, "in": map[string]any{"email": "not-an-email"}}, "BAD_USER_INPUT", "email"},
			{"empty name", updateOrgQ, map[string]any{"id": org, "in": map[string]any{"name": ""}}, "BAD_USER_INPUT", "name"},
			{"partnership to itself", createParQ, map[string]any{"in": map[string]any{"fromID": org, "toID": org, "kind": "SUPPORTS"}}, "BAD_USER_INPUT", "toID"},
			{"non-existent id", updateOrgQ, map[string]any{"id": "org_0000000000000000000000000a", "in": map[string]any{"name": "X"}}, "NOT_FOUND", "id"},
			{"malformed id", updateOrgQ, map[string]any{"id": "nonsense", "in": map[string]any{"name": "X"}}, "NOT_FOUND", "id"},
			{"non-existent organisation", createLocQ, map[string]any{"in": locationInput("org_0000000000000000000000000a", "X", "3000")}, "NOT_FOUND", "organizationID"},
			{"organisation of another tenant", createLocQ, map[string]any{"in": locationInput(foreignOrg, "X", "3000")}, "NOT_FOUND", "organizationID"},
			{"location id as organisation id", createLocQ, map[string]any{"in": locationInput(loc, "X", "3000")}, "NOT_FOUND", "organizationID"},
			{"partner of another tenant", createParQ, map[string]any{"in": map[string]any{"fromID": org, "toID": foreignOrg, "kind": "SUPPORTS"}}, "NOT_FOUND", "toID"},
			{"location of another organisation", updateSvcQ, map[string]any{"id": service, "in": map[string]any{"addLocationIDs": []string{otherLoc}}}, "BAD_USER_INPUT", "addLocationIDs"},
			{"page size above 100", `{ organizations(first: 101) { totalCount } }`, nil, "BAD_USER_INPUT", "first"},
		}
		var before map[string]any
		tb.a.MustQuery(dumpQuery, nil, &before)
		for _, c := range cases {
			res := tb.a.Query(c.query, c.vars)
			require.Equal(t, c.code, res.Code(), "%s: %s", c.name, res.Raw)
			require.Equal(t, c.field, res.Field(), "%s: %s", c.name, res.Raw)
			require.NotContains(t, string(res.Raw), "SELECT", c.name)
			require.NotContains(t, string(res.Raw), "INSERT", c.name)
			var after map[string]any
			tb.a.MustQuery(dumpQuery, nil, &after)
			require.Equal(t, before, after, "%s changed stored data", c.name)
		}

		// The same partnership twice is a conflict, and leaves one partnership.
		in := map[string]any{"in": map[string]any{"fromID": org, "toID": other, "kind": "SUPPORTS"}}
		tb.a.MustQuery(createParQ, in, nil)
		res := tb.a.Query(createParQ, in)
		require.Equal(t, "CONFLICT", res.Code(), "%s", res.Raw)
		var count struct{ Partnerships struct{ TotalCount int } }
		tb.a.MustQuery(`{ partnerships { totalCount } }`, nil, &count)
		require.Equal(t, 1, count.Partnerships.TotalCount)
	})
}

// TestTenantSettingsInput: a waiting-time norm outside 1..730 days is
// refused naming the field, and the stored settings stay as they were.
func TestTenantSettingsInput(t *testing.T) {
	t.Parallel()
	brugtest.ForEachDialect(t, func(t *testing.T, dialect string) {
		tb := setup(t, dialect)
		const update = `mutation($in: UpdateTenantSettingsInput!) { updateTenantSettings(input: $in) { tenant { settings { publicDirectory defaultWaitingNormDays } } } }`
		tb.a.MustQuery(update, map[string]any{"in": map[string]any{"defaultWaitingNormDays": 45}}, nil)
		for _, bad := range []int{0, -3, 731} {
			res := tb.a.Query(update, map[string]any{"in": map[string]any{"defaultWaitingNormDays": bad, "publicDirectory": true}})
			require.Equal(t, "BAD_USER_INPUT", res.Code(), "%d: %s", bad, res.Raw)
			require.Equal(t, "defaultWaitingNormDays", res.Field())
		}
		var out struct {
			Tenant struct {
				Settings struct {
					PublicDirectory        bool
					DefaultWaitingNormDays int
				}
			}
		}
		tb.a.MustQuery(`{ tenant { settings { publicDirectory defaultWaitingNormDays } } }`, nil, &out)
		require.False(t, out.Tenant.Settings.PublicDirectory)
		require.Equal(t, 45, out.Tenant.Settings.DefaultWaitingNormDays)
	})
}
