-- reverse: drop index "searchentry_tenant_id_id" from table: "search_entries"
CREATE UNIQUE INDEX `searchentry_tenant_id_id` ON `search_entries` (`tenant_id`, `id`);
