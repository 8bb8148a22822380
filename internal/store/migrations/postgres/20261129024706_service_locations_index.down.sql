DROP INDEX "service_locations_location_id_by_hand";
