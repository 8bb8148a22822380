-- Hand-written: search entries (package searchindex) are tenant data like
-- the services they copy: the same row-level security, region-mates read
-- the entries of published organisations, and tenant-aware references.
-- The region check is a hashed sub-select: a search filters thousands of
-- entries, and = ANY over the array compares each with every region-mate.
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_same_tenant_service"
  FOREIGN KEY ("tenant_id", "service_id") REFERENCES "services" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_same_tenant_location"
  FOREIGN KEY ("tenant_id", "location_id") REFERENCES "locations" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "search_entries" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "search_entries" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "search_entries"
  USING ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)))
  WITH CHECK ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)));
CREATE POLICY "system_access" ON "search_entries"
  USING ((SELECT current_setting('brug.system', true)) = 'on')
  WITH CHECK ((SELECT current_setting('brug.system', true)) = 'on');
CREATE POLICY "region_read" ON "search_entries" FOR SELECT
  USING ("published" AND "tenant_id" IN (SELECT unnest(string_to_array(current_setting('brug.region_tenants', true), ','))));

-- The entries of the directory as it is, read across tenants.
SELECT set_config('brug.system', 'on', true);
INSERT INTO search_entries (tenant_id, service_id, location_id, organization_id, published,
  cell, latitude, longitude, category, organization_kind, needs_mask, phases_mask, min_age, max_age,
  language_codes, capacity_status, capacity_available, text)
SELECT s.tenant_id, s.id, l.id, s.organization_id, o.published,
  l.cell, l.latitude, l.longitude, s.category, o.kind, s.needs_mask, s.phases_mask, s.min_age, s.max_age,
  s.language_codes, s.capacity_status, s.capacity_available, LOWER(s.name) || '
' || LOWER(COALESCE(s.description, ''))
FROM services s
JOIN service_locations sl ON sl.service_id = s.id
JOIN locations l ON l.id = sl.location_id AND l.tenant_id = s.tenant_id
JOIN organizations o ON o.id = s.organization_id AND o.tenant_id = s.tenant_id
WHERE s.status = 'ACTIVE';
SELECT set_config('brug.system', 'off', true);
