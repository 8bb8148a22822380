-- reverse: create index "service_tenant_id_id" to table: "services"
DROP INDEX `service_tenant_id_id`;
-- reverse: drop index "service_tenant_id" from table: "services"
CREATE INDEX `service_tenant_id` ON `services` (`tenant_id`);
-- reverse: create index "partnership_tenant_id_id" to table: "partnerships"
DROP INDEX `partnership_tenant_id_id`;
-- reverse: drop index "partnership_tenant_id" from table: "partnerships"
CREATE INDEX `partnership_tenant_id` ON `partnerships` (`tenant_id`);
-- reverse: create index "organization_tenant_id_id" to table: "organizations"
DROP INDEX `organization_tenant_id_id`;
-- reverse: drop index "organization_tenant_id" from table: "organizations"
CREATE INDEX `organization_tenant_id` ON `organizations` (`tenant_id`);
-- reverse: create index "membership_tenant_id_id" to table: "memberships"
DROP INDEX `membership_tenant_id_id`;
-- reverse: drop index "membership_tenant_id" from table: "memberships"
CREATE INDEX `membership_tenant_id` ON `memberships` (`tenant_id`);
-- reverse: create index "location_tenant_id_id" to table: "locations"
DROP INDEX `location_tenant_id_id`;
-- reverse: drop index "location_tenant_id" from table: "locations"
CREATE INDEX `location_tenant_id` ON `locations` (`tenant_id`);
-- reverse: create index "invitation_tenant_id_id" to table: "invitations"
DROP INDEX `invitation_tenant_id_id`;
-- reverse: drop index "invitation_tenant_id" from table: "invitations"
CREATE INDEX `invitation_tenant_id` ON `invitations` (`tenant_id`);
-- reverse: create index "auditevent_tenant_id_id" to table: "audit_events"
DROP INDEX `auditevent_tenant_id_id`;
-- reverse: drop index "auditevent_tenant_id" from table: "audit_events"
CREATE INDEX `auditevent_tenant_id` ON `audit_events` (`tenant_id`);
