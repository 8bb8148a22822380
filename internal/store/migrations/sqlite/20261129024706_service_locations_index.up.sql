-- Hand-written: search joins services to the locations found in a circle,
-- so the join table needs an index from the location side too (its primary
-- key starts with service_id). ent cannot declare indexes on join tables.
CREATE INDEX "service_locations_location_id_by_hand" ON "service_locations" ("location_id");
