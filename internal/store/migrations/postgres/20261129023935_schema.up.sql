-- drop index "location_tenant_id_latitude_longitude" from table: "locations"
DROP INDEX "location_tenant_id_latitude_longitude";
-- modify "locations" table
ALTER TABLE "locations" ADD COLUMN "cell" bigint NOT NULL DEFAULT 0;
-- create index "location_cell" to table: "locations"
CREATE INDEX "location_cell" ON "locations" ("cell");
-- modify "services" table
ALTER TABLE "services" ADD COLUMN "needs_mask" bigint NOT NULL DEFAULT 0, ADD COLUMN "phases_mask" bigint NOT NULL DEFAULT 0, ADD COLUMN "language_codes" character varying NOT NULL DEFAULT ',nl,';
-- create index "service_tenant_id_status_category" to table: "services"
CREATE INDEX "service_tenant_id_status_category" ON "services" ("tenant_id", "status", "category");
-- create "regions" table
CREATE TABLE "regions" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "kind" character varying NOT NULL, PRIMARY KEY ("id"));
-- create "region_municipalities" table
CREATE TABLE "region_municipalities" ("region_id" character varying NOT NULL, "municipality_id" character varying NOT NULL, PRIMARY KEY ("region_id", "municipality_id"), CONSTRAINT "region_municipalities_municipality_id" FOREIGN KEY ("municipality_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "region_municipalities_region_id" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE CASCADE);
