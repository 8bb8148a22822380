-- reverse: create "region_municipalities" table
DROP TABLE `region_municipalities`;
-- reverse: create "regions" table
DROP TABLE `regions`;
-- reverse: create index "service_tenant_id_status_category" to table: "services"
DROP INDEX `service_tenant_id_status_category`;
-- reverse: create index "service_organization_id" to table: "services"
DROP INDEX `service_organization_id`;
-- reverse: create index "service_tenant_id_id" to table: "services"
DROP INDEX `service_tenant_id_id`;
-- reverse: create "new_services" table
DROP TABLE `new_services`;
-- reverse: create index "location_cell" to table: "locations"
DROP INDEX `location_cell`;
-- reverse: create index "location_organization_id" to table: "locations"
DROP INDEX `location_organization_id`;
-- reverse: create index "location_tenant_id_id" to table: "locations"
DROP INDEX `location_tenant_id_id`;
-- reverse: create "new_locations" table
DROP TABLE `new_locations`;
