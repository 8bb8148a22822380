-- Hand-written: foreign keys ignore row-level security, so a plain foreign
-- key lets a row point at another tenant's row (and then be deleted with it
-- by ON DELETE CASCADE). These composite keys make the database itself
-- refuse such a reference, behind ent's own check. Partnerships may point
-- "to" another tenant's organisation (region-mates), so only their "from"
-- end is bound. The generator keeps keys named *_same_tenant_*.
ALTER TABLE "locations" ADD CONSTRAINT "locations_same_tenant_organization"
  FOREIGN KEY ("tenant_id", "organization_id") REFERENCES "organizations" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "services" ADD CONSTRAINT "services_same_tenant_organization"
  FOREIGN KEY ("tenant_id", "organization_id") REFERENCES "organizations" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_same_tenant_from"
  FOREIGN KEY ("tenant_id", "from_id") REFERENCES "organizations" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_same_tenant_organization"
  FOREIGN KEY ("tenant_id", "organization_id") REFERENCES "organizations" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_same_tenant_organization"
  FOREIGN KEY ("tenant_id", "organization_id") REFERENCES "organizations" ("tenant_id", "id") ON DELETE CASCADE;

-- A service is offered only at locations its tenant can see.
DROP POLICY "tenant_isolation" ON "service_locations";
CREATE POLICY "tenant_isolation" ON "service_locations"
  USING (EXISTS (SELECT 1 FROM "services" s WHERE s."id" = "service_id"))
  WITH CHECK (EXISTS (SELECT 1 FROM "services" s WHERE s."id" = "service_id")
          AND EXISTS (SELECT 1 FROM "locations" l WHERE l."id" = "location_id"));
