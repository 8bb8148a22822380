-- reverse: create "service_locations" table
DROP TABLE "service_locations";
-- reverse: create index "service_tenant_id" to table: "services"
DROP INDEX "service_tenant_id";
-- reverse: create index "service_organization_id" to table: "services"
DROP INDEX "service_organization_id";
-- reverse: create "services" table
DROP TABLE "services";
-- reverse: create index "partnership_to_id" to table: "partnerships"
DROP INDEX "partnership_to_id";
-- reverse: create index "partnership_tenant_id" to table: "partnerships"
DROP INDEX "partnership_tenant_id";
-- reverse: create index "partnership_from_id_to_id_kind" to table: "partnerships"
DROP INDEX "partnership_from_id_to_id_kind";
-- reverse: create "partnerships" table
DROP TABLE "partnerships";
-- reverse: create index "membership_tenant_id_member_id" to table: "memberships"
DROP INDEX "membership_tenant_id_member_id";
-- reverse: create index "membership_tenant_id" to table: "memberships"
DROP INDEX "membership_tenant_id";
-- reverse: create "memberships" table
DROP TABLE "memberships";
-- reverse: create index "member_issuer_subject" to table: "members"
DROP INDEX "member_issuer_subject";
-- reverse: create "members" table
DROP TABLE "members";
-- reverse: create index "location_tenant_id_latitude_longitude" to table: "locations"
DROP INDEX "location_tenant_id_latitude_longitude";
-- reverse: create index "location_tenant_id" to table: "locations"
DROP INDEX "location_tenant_id";
-- reverse: create index "location_organization_id" to table: "locations"
DROP INDEX "location_organization_id";
-- reverse: create "locations" table
DROP TABLE "locations";
-- reverse: create index "invitation_tenant_id" to table: "invitations"
DROP INDEX "invitation_tenant_id";
-- reverse: create index "invitation_email" to table: "invitations"
DROP INDEX "invitation_email";
-- reverse: create "invitations" table
DROP TABLE "invitations";
-- reverse: create index "organization_tenant_id_name" to table: "organizations"
DROP INDEX "organization_tenant_id_name";
-- reverse: create index "organization_tenant_id" to table: "organizations"
DROP INDEX "organization_tenant_id";
-- reverse: create "organizations" table
DROP TABLE "organizations";
-- reverse: create index "auditevent_tenant_id_occurred_at" to table: "audit_events"
DROP INDEX "auditevent_tenant_id_occurred_at";
-- reverse: create index "auditevent_tenant_id" to table: "audit_events"
DROP INDEX "auditevent_tenant_id";
-- reverse: create index "auditevent_entity_id" to table: "audit_events"
DROP INDEX "auditevent_entity_id";
-- reverse: create "audit_events" table
DROP TABLE "audit_events";
-- reverse: create index "tenants_slug_key" to table: "tenants"
DROP INDEX "tenants_slug_key";
-- reverse: create index "tenants_nis_code_key" to table: "tenants"
DROP INDEX "tenants_nis_code_key";
-- reverse: create "tenants" table
DROP TABLE "tenants";
