DELETE FROM "search_entries";
DROP POLICY "region_read" ON "search_entries";
DROP POLICY "system_access" ON "search_entries";
DROP POLICY "tenant_isolation" ON "search_entries";
ALTER TABLE "search_entries" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "search_entries" DISABLE ROW LEVEL SECURITY;
ALTER TABLE "search_entries" DROP CONSTRAINT "search_entries_same_tenant_location";
ALTER TABLE "search_entries" DROP CONSTRAINT "search_entries_same_tenant_service";
