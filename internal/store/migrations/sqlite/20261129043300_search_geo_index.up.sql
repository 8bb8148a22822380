-- Hand-written: SQLite reads a search's cell ranges one by one (MULTI-INDEX
-- OR) and looks up each entry in the table; with every column a search
-- reads in the index, it answers from the index alone. The generator keeps
-- indexes named *_by_hand.
CREATE INDEX `searchentry_geo_by_hand` ON `search_entries` (`cell`, `tenant_id`, `published`, `needs_mask`,
  `phases_mask`, `min_age`, `max_age`, `category`, `organization_kind`, `capacity_status`, `capacity_available`,
  `language_codes`, `latitude`, `longitude`, `service_id`);
