-- Hand-written: the same row-level security, evaluated once per statement.
-- current_setting() in a policy is evaluated for every row it filters;
-- wrapped in a scalar sub-select PostgreSQL computes it once per statement
-- (an InitPlan) and compares each row with a constant, which also keeps the
-- comparison indexable. Measured on 150,000 services: a search as brug_app
-- went from about 500 ms to about 230 ms.
DROP POLICY "tenant_isolation" ON "audit_events";
CREATE POLICY "tenant_isolation" ON "audit_events"
  USING ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)))
  WITH CHECK ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)));
DROP POLICY "system_access" ON "audit_events";
CREATE POLICY "system_access" ON "audit_events"
  USING ((SELECT current_setting('brug.system', true)) = 'on')
  WITH CHECK ((SELECT current_setting('brug.system', true)) = 'on');
DROP POLICY "tenant_isolation" ON "organizations";
CREATE POLICY "tenant_isolation" ON "organizations"
  USING ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)))
  WITH CHECK ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)));
DROP POLICY "system_access" ON "organizations";
CREATE POLICY "system_access" ON "organizations"
  USING ((SELECT current_setting('brug.system', true)) = 'on')
  WITH CHECK ((SELECT current_setting('brug.system', true)) = 'on');
DROP POLICY "tenant_isolation" ON "invitations";
CREATE POLICY "tenant_isolation" ON "invitations"
  USING ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)))
  WITH CHECK ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)));
DROP POLICY "system_access" ON "invitations";
CREATE POLICY "system_access" ON "invitations"
  USING ((SELECT current_setting('brug.system', true)) = 'on')
  WITH CHECK ((SELECT current_setting('brug.system', true)) = 'on');
DROP POLICY "tenant_isolation" ON "locations";
CREATE POLICY "tenant_isolation" ON "locations"
  USING ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)))
  WITH CHECK ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)));
DROP POLICY "system_access" ON "locations";
CREATE POLICY "system_access" ON "locations"
  USING ((SELECT current_setting('brug.system', true)) = 'on')
  WITH CHECK ((SELECT current_setting('brug.system', true)) = 'on');
DROP POLICY "tenant_isolation" ON "memberships";
CREATE POLICY "tenant_isolation" ON "memberships"
  USING ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)))
  WITH CHECK ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)));
DROP POLICY "system_access" ON "memberships";
CREATE POLICY "system_access" ON "memberships"
  USING ((SELECT current_setting('brug.system', true)) = 'on')
  WITH CHECK ((SELECT current_setting('brug.system', true)) = 'on');
DROP POLICY "tenant_isolation" ON "partnerships";
CREATE POLICY "tenant_isolation" ON "partnerships"
  USING ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)))
  WITH CHECK ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)));
DROP POLICY "system_access" ON "partnerships";
CREATE POLICY "system_access" ON "partnerships"
  USING ((SELECT current_setting('brug.system', true)) = 'on')
  WITH CHECK ((SELECT current_setting('brug.system', true)) = 'on');
DROP POLICY "tenant_isolation" ON "services";
CREATE POLICY "tenant_isolation" ON "services"
  USING ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)))
  WITH CHECK ("tenant_id" = (SELECT current_setting('brug.tenant_id', true)));
DROP POLICY "system_access" ON "services";
CREATE POLICY "system_access" ON "services"
  USING ((SELECT current_setting('brug.system', true)) = 'on')
  WITH CHECK ((SELECT current_setting('brug.system', true)) = 'on');
DROP POLICY "region_read" ON "organizations";
CREATE POLICY "region_read" ON "organizations" FOR SELECT
  USING ("published" AND "tenant_id" = ANY ((SELECT string_to_array(current_setting('brug.region_tenants', true), ','))::text[]));
DROP POLICY "region_read" ON "locations";
CREATE POLICY "region_read" ON "locations" FOR SELECT
  USING ("tenant_id" = ANY ((SELECT string_to_array(current_setting('brug.region_tenants', true), ','))::text[])
     AND EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = "organization_id" AND o."published"));
DROP POLICY "region_read" ON "services";
CREATE POLICY "region_read" ON "services" FOR SELECT
  USING ("tenant_id" = ANY ((SELECT string_to_array(current_setting('brug.region_tenants', true), ','))::text[])
     AND EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = "organization_id" AND o."published"));
