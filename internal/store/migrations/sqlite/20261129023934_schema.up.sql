-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_locations" table
CREATE TABLE `new_locations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `street` text NOT NULL, `house_number` text NOT NULL, `postcode` text NOT NULL, `municipality` text NOT NULL, `country` text NOT NULL DEFAULT ('BE'), `latitude` real NOT NULL, `longitude` real NOT NULL, `accessibility` text NULL, `cell` integer NOT NULL DEFAULT (0), `tenant_id` text NOT NULL, `organization_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `locations_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `locations_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- copy rows from old table "locations" to new temporary table "new_locations"
INSERT INTO `new_locations` (`id`, `created_at`, `updated_at`, `name`, `street`, `house_number`, `postcode`, `municipality`, `country`, `latitude`, `longitude`, `accessibility`, `tenant_id`, `organization_id`) SELECT `id`, `created_at`, `updated_at`, `name`, `street`, `house_number`, `postcode`, `municipality`, `country`, `latitude`, `longitude`, `accessibility`, `tenant_id`, `organization_id` FROM `locations`;
-- drop "locations" table after copying rows
DROP TABLE `locations`;
-- rename temporary table "new_locations" to "locations"
ALTER TABLE `new_locations` RENAME TO `locations`;
-- create index "location_tenant_id_id" to table: "locations"
CREATE UNIQUE INDEX `location_tenant_id_id` ON `locations` (`tenant_id`, `id`);
-- create index "location_organization_id" to table: "locations"
CREATE INDEX `location_organization_id` ON `locations` (`organization_id`);
-- create index "location_cell" to table: "locations"
CREATE INDEX `location_cell` ON `locations` (`cell`);
-- create "new_services" table
CREATE TABLE `new_services` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `description` text NULL, `category` text NOT NULL, `needs` json NOT NULL, `care_phases` json NOT NULL, `min_age` integer NOT NULL DEFAULT (0), `max_age` integer NOT NULL DEFAULT (25), `languages` json NOT NULL, `how_to_apply` text NULL, `capacity_unit` text NOT NULL DEFAULT ('places'), `capacity_available` integer NULL, `capacity_maximum` integer NULL, `capacity_updated_at` datetime NULL, `capacity_status` text NOT NULL DEFAULT ('ACCEPTING'), `waiting_norm_days` integer NOT NULL DEFAULT (60), `status` text NOT NULL DEFAULT ('ACTIVE'), `needs_mask` integer NOT NULL DEFAULT (0), `phases_mask` integer NOT NULL DEFAULT (0), `language_codes` text NOT NULL DEFAULT (',nl,'), `tenant_id` text NOT NULL, `organization_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `services_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `services_organizations_organization` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE);
-- copy rows from old table "services" to new temporary table "new_services"
INSERT INTO `new_services` (`id`, `created_at`, `updated_at`, `name`, `description`, `category`, `needs`, `care_phases`, `min_age`, `max_age`, `languages`, `how_to_apply`, `capacity_unit`, `capacity_available`, `capacity_maximum`, `capacity_updated_at`, `capacity_status`, `waiting_norm_days`, `status`, `tenant_id`, `organization_id`) SELECT `id`, `created_at`, `updated_at`, `name`, `description`, `category`, `needs`, `care_phases`, `min_age`, `max_age`, `languages`, `how_to_apply`, `capacity_unit`, `capacity_available`, `capacity_maximum`, `capacity_updated_at`, `capacity_status`, `waiting_norm_days`, `status`, `tenant_id`, `organization_id` FROM `services`;
-- drop "services" table after copying rows
DROP TABLE `services`;
-- rename temporary table "new_services" to "services"
ALTER TABLE `new_services` RENAME TO `services`;
-- create index "service_tenant_id_id" to table: "services"
CREATE UNIQUE INDEX `service_tenant_id_id` ON `services` (`tenant_id`, `id`);
-- create index "service_organization_id" to table: "services"
CREATE INDEX `service_organization_id` ON `services` (`organization_id`);
-- create index "service_tenant_id_status_category" to table: "services"
CREATE INDEX `service_tenant_id_status_category` ON `services` (`tenant_id`, `status`, `category`);
-- create "regions" table
CREATE TABLE `regions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, PRIMARY KEY (`id`));
-- create "region_municipalities" table
CREATE TABLE `region_municipalities` (`region_id` text NOT NULL, `municipality_id` text NOT NULL, PRIMARY KEY (`region_id`, `municipality_id`), CONSTRAINT `region_municipalities_region_id` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE CASCADE, CONSTRAINT `region_municipalities_municipality_id` FOREIGN KEY (`municipality_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
