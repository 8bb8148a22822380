DROP POLICY "tenant_isolation" ON "service_locations";
CREATE POLICY "tenant_isolation" ON "service_locations"
  USING (EXISTS (SELECT 1 FROM "services" s WHERE s."id" = "service_id"))
  WITH CHECK (EXISTS (SELECT 1 FROM "services" s WHERE s."id" = "service_id"));
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_same_tenant_organization";
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_same_tenant_organization";
ALTER TABLE "partnerships" DROP CONSTRAINT "partnerships_same_tenant_from";
ALTER TABLE "services" DROP CONSTRAINT "services_same_tenant_organization";
ALTER TABLE "locations" DROP CONSTRAINT "locations_same_tenant_organization";
