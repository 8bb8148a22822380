-- Hand-written: PostgreSQL row-level security as the second wall behind the
-- data layer's tenant scoping, the application role, and an append-only
-- audit trail. Every tenant-owned table admits only rows of the tenant set
-- per transaction with set_config('brug.tenant_id', ..., true), or every row
-- when Brug's system context sets brug.system = 'on' (migrations, seeding,
-- sign-in lookups). FORCE makes the policies bind the table owner too.

-- The application's role owns no table and has no BYPASSRLS; a deployment
-- logs in as a member of it (or SET ROLE brug_app), and migrates as the owner.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'brug_app') THEN
    CREATE ROLE brug_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO brug_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO brug_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO brug_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO brug_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO brug_app;

-- audit_events
ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_events" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "audit_events"
  USING ("tenant_id" = current_setting('brug.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('brug.tenant_id', true));
CREATE POLICY "system_access" ON "audit_events"
  USING (current_setting('brug.system', true) = 'on')
  WITH CHECK (current_setting('brug.system', true) = 'on');

-- organizations
ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "organizations" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "organizations"
  USING ("tenant_id" = current_setting('brug.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('brug.tenant_id', true));
CREATE POLICY "system_access" ON "organizations"
  USING (current_setting('brug.system', true) = 'on')
  WITH CHECK (current_setting('brug.system', true) = 'on');

-- invitations
ALTER TABLE "invitations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "invitations" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "invitations"
  USING ("tenant_id" = current_setting('brug.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('brug.tenant_id', true));
CREATE POLICY "system_access" ON "invitations"
  USING (current_setting('brug.system', true) = 'on')
  WITH CHECK (current_setting('brug.system', true) = 'on');

-- locations
ALTER TABLE "locations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "locations" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "locations"
  USING ("tenant_id" = current_setting('brug.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('brug.tenant_id', true));
CREATE POLICY "system_access" ON "locations"
  USING (current_setting('brug.system', true) = 'on')
  WITH CHECK (current_setting('brug.system', true) = 'on');

-- memberships
ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "memberships" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "memberships"
  USING ("tenant_id" = current_setting('brug.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('brug.tenant_id', true));
CREATE POLICY "system_access" ON "memberships"
  USING (current_setting('brug.system', true) = 'on')
  WITH CHECK (current_setting('brug.system', true) = 'on');

-- partnerships
ALTER TABLE "partnerships" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "partnerships" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "partnerships"
  USING ("tenant_id" = current_setting('brug.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('brug.tenant_id', true));
CREATE POLICY "system_access" ON "partnerships"
  USING (current_setting('brug.system', true) = 'on')
  WITH CHECK (current_setting('brug.system', true) = 'on');

-- services
ALTER TABLE "services" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "services" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "services"
  USING ("tenant_id" = current_setting('brug.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('brug.tenant_id', true));
CREATE POLICY "system_access" ON "services"
  USING (current_setting('brug.system', true) = 'on')
  WITH CHECK (current_setting('brug.system', true) = 'on');

-- service_locations has no tenant_id: a row is visible with its service,
-- whose own policies decide.
ALTER TABLE "service_locations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "service_locations" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "service_locations"
  USING (EXISTS (SELECT 1 FROM "services" s WHERE s."id" = "service_id"))
  WITH CHECK (EXISTS (SELECT 1 FROM "services" s WHERE s."id" = "service_id"));

-- The audit trail is append-only, for every role including the owner.
CREATE FUNCTION "brug_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "brug_audit_append_only"();
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "brug_audit_append_only"();
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM brug_app;
