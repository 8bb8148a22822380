-- reverse: create index "searchentry_tenant_id_id" to table: "search_entries"
DROP INDEX "searchentry_tenant_id_id";
-- reverse: create index "searchentry_service_id_location_id" to table: "search_entries"
DROP INDEX "searchentry_service_id_location_id";
-- reverse: create index "searchentry_organization_id" to table: "search_entries"
DROP INDEX "searchentry_organization_id";
-- reverse: create index "searchentry_location_id" to table: "search_entries"
DROP INDEX "searchentry_location_id";
-- reverse: create index "searchentry_cell" to table: "search_entries"
DROP INDEX "searchentry_cell";
-- reverse: create "search_entries" table
DROP TABLE "search_entries";
