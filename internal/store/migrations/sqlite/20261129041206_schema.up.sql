-- create "search_entries" table
CREATE TABLE `search_entries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `organization_id` text NOT NULL, `published` bool NOT NULL, `cell` integer NOT NULL, `latitude` real NOT NULL, `longitude` real NOT NULL, `category` text NOT NULL, `organization_kind` text NOT NULL, `needs_mask` integer NOT NULL, `phases_mask` integer NOT NULL, `min_age` integer NOT NULL, `max_age` integer NOT NULL, `language_codes` text NOT NULL, `capacity_status` text NOT NULL, `capacity_available` integer NULL, `text` text NOT NULL, `tenant_id` text NOT NULL, `service_id` text NOT NULL, `location_id` text NOT NULL, CONSTRAINT `search_entries_tenants_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE NO ACTION, CONSTRAINT `search_entries_services_service` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE, CONSTRAINT `search_entries_locations_location` FOREIGN KEY (`location_id`) REFERENCES `locations` (`id`) ON DELETE CASCADE);
-- create index "searchentry_tenant_id_id" to table: "search_entries"
CREATE UNIQUE INDEX `searchentry_tenant_id_id` ON `search_entries` (`tenant_id`, `id`);
-- create index "searchentry_cell" to table: "search_entries"
CREATE INDEX `searchentry_cell` ON `search_entries` (`cell`);
-- create index "searchentry_service_id_location_id" to table: "search_entries"
CREATE UNIQUE INDEX `searchentry_service_id_location_id` ON `search_entries` (`service_id`, `location_id`);
-- create index "searchentry_location_id" to table: "search_entries"
CREATE INDEX `searchentry_location_id` ON `search_entries` (`location_id`);
-- create index "searchentry_organization_id" to table: "search_entries"
CREATE INDEX `searchentry_organization_id` ON `search_entries` (`organization_id`);
