-- reverse: create "region_municipalities" table
DROP TABLE "region_municipalities";
-- reverse: create "regions" table
DROP TABLE "regions";
-- reverse: create index "service_tenant_id_status_category" to table: "services"
DROP INDEX "service_tenant_id_status_category";
-- reverse: modify "services" table
ALTER TABLE "services" DROP COLUMN "language_codes", DROP COLUMN "phases_mask", DROP COLUMN "needs_mask";
-- reverse: create index "location_cell" to table: "locations"
DROP INDEX "location_cell";
-- reverse: modify "locations" table
ALTER TABLE "locations" DROP COLUMN "cell";
-- reverse: drop index "location_tenant_id_latitude_longitude" from table: "locations"
CREATE INDEX "location_tenant_id_latitude_longitude" ON "locations" ("tenant_id", "latitude", "longitude");
