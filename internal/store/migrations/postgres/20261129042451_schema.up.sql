-- drop index "searchentry_tenant_id_id" from table: "search_entries"
DROP INDEX "searchentry_tenant_id_id";
