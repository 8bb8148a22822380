-- Hand-written: municipalities that share a region read each other's
-- published organisations, locations and services (never write them). The
-- application sets the region-mates of the request's tenant per transaction
-- in brug.region_tenants (comma-separated ids); without it nothing is shared.
CREATE POLICY "region_read" ON "organizations" FOR SELECT
  USING ("published" AND "tenant_id" = ANY (string_to_array(current_setting('brug.region_tenants', true), ',')));
CREATE POLICY "region_read" ON "locations" FOR SELECT
  USING ("tenant_id" = ANY (string_to_array(current_setting('brug.region_tenants', true), ','))
     AND EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = "organization_id" AND o."published"));
CREATE POLICY "region_read" ON "services" FOR SELECT
  USING ("tenant_id" = ANY (string_to_array(current_setting('brug.region_tenants', true), ','))
     AND EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = "organization_id" AND o."published"));
