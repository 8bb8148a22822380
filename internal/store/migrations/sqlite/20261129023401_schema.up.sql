-- drop index "auditevent_tenant_id" from table: "audit_events"
DROP INDEX `auditevent_tenant_id`;
-- create index "auditevent_tenant_id_id" to table: "audit_events"
CREATE UNIQUE INDEX `auditevent_tenant_id_id` ON `audit_events` (`tenant_id`, `id`);
-- drop index "invitation_tenant_id" from table: "invitations"
DROP INDEX `invitation_tenant_id`;
-- create index "invitation_tenant_id_id" to table: "invitations"
CREATE UNIQUE INDEX `invitation_tenant_id_id` ON `invitations` (`tenant_id`, `id`);
-- drop index "location_tenant_id" from table: "locations"
DROP INDEX `location_tenant_id`;
-- create index "location_tenant_id_id" to table: "locations"
CREATE UNIQUE INDEX `location_tenant_id_id` ON `locations` (`tenant_id`, `id`);
-- drop index "membership_tenant_id" from table: "memberships"
DROP INDEX `membership_tenant_id`;
-- create index "membership_tenant_id_id" to table: "memberships"
CREATE UNIQUE INDEX `membership_tenant_id_id` ON `memberships` (`tenant_id`, `id`);
-- drop index "organization_tenant_id" from table: "organizations"
DROP INDEX `organization_tenant_id`;
-- create index "organization_tenant_id_id" to table: "organizations"
CREATE UNIQUE INDEX `organization_tenant_id_id` ON `organizations` (`tenant_id`, `id`);
-- drop index "partnership_tenant_id" from table: "partnerships"
DROP INDEX `partnership_tenant_id`;
-- create index "partnership_tenant_id_id" to table: "partnerships"
CREATE UNIQUE INDEX `partnership_tenant_id_id` ON `partnerships` (`tenant_id`, `id`);
-- drop index "service_tenant_id" from table: "services"
DROP INDEX `service_tenant_id`;
-- create index "service_tenant_id_id" to table: "services"
CREATE UNIQUE INDEX `service_tenant_id_id` ON `services` (`tenant_id`, `id`);
