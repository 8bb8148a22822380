-- create "tenants" table
CREATE TABLE "tenants" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "slug" character varying NOT NULL, "name" character varying NOT NULL, "nis_code" character varying NOT NULL, "territory" character varying NOT NULL, "province" character varying NULL, "centroid_latitude" double precision NOT NULL, "centroid_longitude" double precision NOT NULL, "settings" jsonb NOT NULL, "network_summary" jsonb NULL, PRIMARY KEY ("id"));
-- create index "tenants_nis_code_key" to table: "tenants"
CREATE UNIQUE INDEX "tenants_nis_code_key" ON "tenants" ("nis_code");
-- create index "tenants_slug_key" to table: "tenants"
CREATE UNIQUE INDEX "tenants_slug_key" ON "tenants" ("slug");
-- create "audit_events" table
CREATE TABLE "audit_events" ("id" character varying NOT NULL, "occurred_at" timestamptz NOT NULL, "actor_id" character varying NULL, "actor" character varying NOT NULL, "entity_type" character varying NOT NULL, "entity_id" character varying NOT NULL, "action" character varying NOT NULL, "fields" jsonb NOT NULL, "request_id" character varying NULL, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "audit_events_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "auditevent_entity_id" to table: "audit_events"
CREATE INDEX "auditevent_entity_id" ON "audit_events" ("entity_id");
-- create index "auditevent_tenant_id" to table: "audit_events"
CREATE INDEX "auditevent_tenant_id" ON "audit_events" ("tenant_id");
-- create index "auditevent_tenant_id_occurred_at" to table: "audit_events"
CREATE INDEX "auditevent_tenant_id_occurred_at" ON "audit_events" ("tenant_id", "occurred_at");
-- create "organizations" table
CREATE TABLE "organizations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "kind" character varying NOT NULL, "description" character varying NULL, "website" character varying NULL, "email" character varying NULL, "phone" character varying NULL, "enterprise_number" character varying NULL, "published" boolean NOT NULL DEFAULT false, "tenant_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "organizations_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "organization_tenant_id" to table: "organizations"
CREATE INDEX "organization_tenant_id" ON "organizations" ("tenant_id");
-- create index "organization_tenant_id_name" to table: "organizations"
CREATE INDEX "organization_tenant_id_name" ON "organizations" ("tenant_id", "name");
-- create "invitations" table
CREATE TABLE "invitations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "email" character varying NOT NULL, "role" character varying NOT NULL, "invited_by" character varying NULL, "accepted_at" timestamptz NULL, "accepted_by" character varying NULL, "tenant_id" character varying NOT NULL, "organization_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "invitations_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "invitations_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "invitation_email" to table: "invitations"
CREATE INDEX "invitation_email" ON "invitations" ("email");
-- create index "invitation_tenant_id" to table: "invitations"
CREATE INDEX "invitation_tenant_id" ON "invitations" ("tenant_id");
-- create "locations" table
CREATE TABLE "locations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "street" character varying NOT NULL, "house_number" character varying NOT NULL, "postcode" character varying NOT NULL, "municipality" character varying NOT NULL, "country" character varying NOT NULL DEFAULT 'BE', "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "accessibility" character varying NULL, "tenant_id" character varying NOT NULL, "organization_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "locations_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "locations_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "location_organization_id" to table: "locations"
CREATE INDEX "location_organization_id" ON "locations" ("organization_id");
-- create index "location_tenant_id" to table: "locations"
CREATE INDEX "location_tenant_id" ON "locations" ("tenant_id");
-- create index "location_tenant_id_latitude_longitude" to table: "locations"
CREATE INDEX "location_tenant_id_latitude_longitude" ON "locations" ("tenant_id", "latitude", "longitude");
-- create "members" table
CREATE TABLE "members" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "issuer" character varying NOT NULL, "subject" character varying NOT NULL, "email" character varying NULL, "name" character varying NULL, "operator" boolean NOT NULL DEFAULT false, PRIMARY KEY ("id"));
-- create index "member_issuer_subject" to table: "members"
CREATE UNIQUE INDEX "member_issuer_subject" ON "members" ("issuer", "subject");
-- create "memberships" table
CREATE TABLE "memberships" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "role" character varying NOT NULL, "tenant_id" character varying NOT NULL, "member_id" character varying NOT NULL, "organization_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "memberships_members_member" FOREIGN KEY ("member_id") REFERENCES "members" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "memberships_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "memberships_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "membership_tenant_id" to table: "memberships"
CREATE INDEX "membership_tenant_id" ON "memberships" ("tenant_id");
-- create index "membership_tenant_id_member_id" to table: "memberships"
CREATE UNIQUE INDEX "membership_tenant_id_member_id" ON "memberships" ("tenant_id", "member_id");
-- create "partnerships" table
CREATE TABLE "partnerships" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "kind" character varying NOT NULL, "note" character varying NULL, "since" timestamptz NULL, "tenant_id" character varying NOT NULL, "from_id" character varying NOT NULL, "to_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "partnerships_organizations_from" FOREIGN KEY ("from_id") REFERENCES "organizations" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "partnerships_organizations_to" FOREIGN KEY ("to_id") REFERENCES "organizations" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "partnerships_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "partnership_from_id_to_id_kind" to table: "partnerships"
CREATE UNIQUE INDEX "partnership_from_id_to_id_kind" ON "partnerships" ("from_id", "to_id", "kind");
-- create index "partnership_tenant_id" to table: "partnerships"
CREATE INDEX "partnership_tenant_id" ON "partnerships" ("tenant_id");
-- create index "partnership_to_id" to table: "partnerships"
CREATE INDEX "partnership_to_id" ON "partnerships" ("to_id");
-- create "services" table
CREATE TABLE "services" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "description" character varying NULL, "category" character varying NOT NULL, "needs" jsonb NOT NULL, "care_phases" jsonb NOT NULL, "min_age" bigint NOT NULL DEFAULT 0, "max_age" bigint NOT NULL DEFAULT 25, "languages" jsonb NOT NULL, "how_to_apply" character varying NULL, "capacity_unit" character varying NOT NULL DEFAULT 'places', "capacity_available" bigint NULL, "capacity_maximum" bigint NULL, "capacity_updated_at" timestamptz NULL, "capacity_status" character varying NOT NULL DEFAULT 'ACCEPTING', "waiting_norm_days" bigint NOT NULL DEFAULT 60, "status" character varying NOT NULL DEFAULT 'ACTIVE', "tenant_id" character varying NOT NULL, "organization_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "services_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "services_tenants_tenant" FOREIGN KEY ("tenant_id") REFERENCES "tenants" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "service_organization_id" to table: "services"
CREATE INDEX "service_organization_id" ON "services" ("organization_id");
-- create index "service_tenant_id" to table: "services"
CREATE INDEX "service_tenant_id" ON "services" ("tenant_id");
-- create "service_locations" table
CREATE TABLE "service_locations" ("service_id" character varying NOT NULL, "location_id" character varying NOT NULL, PRIMARY KEY ("service_id", "location_id"), CONSTRAINT "service_locations_location_id" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON UPDATE NO ACTION ON DELETE CASCADE, CONSTRAINT "service_locations_service_id" FOREIGN KEY ("service_id") REFERENCES "services" ("id") ON UPDATE NO ACTION ON DELETE CASCADE);
