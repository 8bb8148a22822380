DROP TRIGGER IF EXISTS "audit_events_no_truncate" ON "audit_events";
DROP TRIGGER IF EXISTS "audit_events_append_only" ON "audit_events";
DROP FUNCTION IF EXISTS "brug_audit_append_only"();
DROP POLICY IF EXISTS "tenant_isolation" ON "service_locations";
ALTER TABLE "service_locations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "service_locations" DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "tenant_isolation" ON "audit_events";
DROP POLICY IF EXISTS "system_access" ON "audit_events";
ALTER TABLE "audit_events" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "audit_events" DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "tenant_isolation" ON "organizations";
DROP POLICY IF EXISTS "system_access" ON "organizations";
ALTER TABLE "organizations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "organizations" DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "tenant_isolation" ON "invitations";
DROP POLICY IF EXISTS "system_access" ON "invitations";
ALTER TABLE "invitations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "invitations" DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "tenant_isolation" ON "locations";
DROP POLICY IF EXISTS "system_access" ON "locations";
ALTER TABLE "locations" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "locations" DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "tenant_isolation" ON "memberships";
DROP POLICY IF EXISTS "system_access" ON "memberships";
ALTER TABLE "memberships" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "memberships" DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "tenant_isolation" ON "partnerships";
DROP POLICY IF EXISTS "system_access" ON "partnerships";
ALTER TABLE "partnerships" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "partnerships" DISABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "tenant_isolation" ON "services";
DROP POLICY IF EXISTS "system_access" ON "services";
ALTER TABLE "services" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "services" DISABLE ROW LEVEL SECURITY;
