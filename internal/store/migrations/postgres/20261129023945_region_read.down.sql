DROP POLICY "region_read" ON "services";
DROP POLICY "region_read" ON "locations";
DROP POLICY "region_read" ON "organizations";
