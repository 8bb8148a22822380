-- create "audit_events" table
CREATE TABLE `audit_events` (`id` text NOT NULL, `occurred_at` datetime NOT NULL, `actor_id` text NULL, `actor` text NOT NULL, `entity_type` text NOT NULL, `entity_id` text NOT NULL, `action` text NOT NULL, `fields` json NOT NULL, `request_id` text NULL, `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `audit_events_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "auditevent_tenant_id" to table: "audit_events"
CREATE INDEX `auditevent_tenant_id` ON `audit_events` (`tenant_id`);
-- create index "auditevent_tenant_id_occurred_at" to table: "audit_events"
CREATE INDEX `auditevent_tenant_id_occurred_at` ON `audit_events` (`tenant_id`, `occurred_at`);
-- create index "auditevent_entity_id" to table: "audit_events"
CREATE INDEX `auditevent_entity_id` ON `audit_events` (`entity_id`);
-- create "invitations" table
CREATE TABLE `invitations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `role` text NOT NULL, `invited_by` text NULL, `accepted_at` datetime NULL, `accepted_by` text NULL, `tenant_id` text NOT NULL, `organization_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `invitations_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `invitations_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- create index "invitation_tenant_id" to table: "invitations"
CREATE INDEX `invitation_tenant_id` ON `invitations` (`tenant_id`);
-- create index "invitation_email" to table: "invitations"
CREATE INDEX `invitation_email` ON `invitations` (`email`);
-- create "locations" table
CREATE TABLE `locations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `street` text NOT NULL, `house_number` text NOT NULL, `postcode` text NOT NULL, `municipality` text NOT NULL, `country` text NOT NULL DEFAULT ('BE'), `latitude` real NOT NULL, `longitude` real NOT NULL, `accessibility` text NULL, `tenant_id` text NOT NULL, `organization_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `locations_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `locations_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- create index "location_tenant_id" to table: "locations"
CREATE INDEX `location_tenant_id` ON `locations` (`tenant_id`);
-- create index "location_organization_id" to table: "locations"
CREATE INDEX `location_organization_id` ON `locations` (`organization_id`);
-- create index "location_tenant_id_latitude_longitude" to table: "locations"
CREATE INDEX `location_tenant_id_latitude_longitude` ON `locations` (`tenant_id`, `latitude`, `longitude`);
-- create "members" table
CREATE TABLE `members` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `issuer` text NOT NULL, `subject` text NOT NULL, `email` text NULL, `name` text NULL, `operator` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- create index "member_issuer_subject" to table: "members"
CREATE UNIQUE INDEX `member_issuer_subject` ON `members` (`issuer`, `subject`);
-- create "memberships" table
CREATE TABLE `memberships` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL, `tenant_id` text NOT NULL, `member_id` text NOT NULL, `organization_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `memberships_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_members_member` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE, CONSTRAINT `memberships_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- create index "membership_tenant_id" to table: "memberships"
CREATE INDEX `membership_tenant_id` ON `memberships` (`tenant_id`);
-- create index "membership_tenant_id_member_id" to table: "memberships"
CREATE UNIQUE INDEX `membership_tenant_id_member_id` ON `memberships` (`tenant_id`, `member_id`);
-- create "organizations" table
CREATE TABLE `organizations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `description` text NULL, `website` text NULL, `email` text NULL, `phone` text NULL, `enterprise_number` text NULL, `published` bool NOT NULL DEFAULT (false), `tenant_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `organizations_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION);
-- create index "organization_tenant_id" to table: "organizations"
CREATE INDEX `organization_tenant_id` ON `organizations` (`tenant_id`);
-- create index "organization_tenant_id_name" to table: "organizations"
CREATE INDEX `organization_tenant_id_name` ON `organizations` (`tenant_id`, `name`);
-- create "partnerships" table
CREATE TABLE `partnerships` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `note` text NULL, `since` datetime NULL, `tenant_id` text NOT NULL, `from_id` text NOT NULL, `to_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `partnerships_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `partnerships_organizations_from` FOREIGN KEY (`from_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE, CONSTRAINT `partnerships_organizations_to` FOREIGN KEY (`to_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- create index "partnership_tenant_id" to table: "partnerships"
CREATE INDEX `partnership_tenant_id` ON `partnerships` (`tenant_id`);
-- create index "partnership_from_id_to_id_kind" to table: "partnerships"
CREATE UNIQUE INDEX `partnership_from_id_to_id_kind` ON `partnerships` (`from_id`, `to_id`, `kind`);
-- create index "partnership_to_id" to table: "partnerships"
CREATE INDEX `partnership_to_id` ON `partnerships` (`to_id`);
-- create "services" table
CREATE TABLE `services` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `description` text NULL, `category` text NOT NULL, `needs` json NOT NULL, `care_phases` json NOT NULL, `min_age` integer NOT NULL DEFAULT (0), `max_age` integer NOT NULL DEFAULT (25), `languages` json NOT NULL, `how_to_apply` text NULL, `capacity_unit` text NOT NULL DEFAULT ('places'), `capacity_available` integer NULL, `capacity_maximum` integer NULL, `capacity_updated_at` datetime NULL, `capacity_status` text NOT NULL DEFAULT ('ACCEPTING'), `waiting_norm_days` integer NOT NULL DEFAULT (60), `status` text NOT NULL DEFAULT ('ACTIVE'), `tenant_id` text NOT NULL, `organization_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `services_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `services_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- create index "service_tenant_id" to table: "services"
CREATE INDEX `service_tenant_id` ON `services` (`tenant_id`);
-- create index "service_organization_id" to table: "services"
CREATE INDEX `service_organization_id` ON `services` (`organization_id`);
-- create "tenants" table
CREATE TABLE `tenants` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `slug` text NOT NULL, `name` text NOT NULL, `nis_code` text NOT NULL, `territory` text NOT NULL, `province` text NULL, `centroid_latitude` real NOT NULL, `centroid_longitude` real NOT NULL, `settings` json NOT NULL, `network_summary` json NULL, PRIMARY KEY (`id`));
-- create index "tenants_slug_key" to table: "tenants"
CREATE UNIQUE INDEX `tenants_slug_key` ON `tenants` (`slug`);
-- create index "tenants_nis_code_key" to table: "tenants"
CREATE UNIQUE INDEX `tenants_nis_code_key` ON `tenants` (`nis_code`);
-- create "service_locations" table
CREATE TABLE `service_locations` (`service_id` text NOT NULL, `location_id` text NOT NULL, PRIMARY KEY (`service_id`, `location_id`), CONSTRAINT `service_locations_service_id` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE, CONSTRAINT `service_locations_location_id` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE CASCADE);
