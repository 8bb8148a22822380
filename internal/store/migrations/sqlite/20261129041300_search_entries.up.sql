-- Hand-written: the search entries (package searchindex) of the directory as it is.
INSERT INTO search_entries (tenant_id, service_id, location_id, organization_id, published,
  cell, latitude, longitude, category, organization_kind, needs_mask, phases_mask, min_age, max_age,
  language_codes, capacity_status, capacity_available, text)
SELECT s.tenant_id, s.id, l.id, s.organization_id, o.published,
  l.cell, l.latitude, l.longitude, s.category, o.kind, s.needs_mask, s.phases_mask, s.min_age, s.max_age,
  s.language_codes, s.capacity_status, s.capacity_available, LOWER(s.name) || '
' || LOWER(COALESCE(s.description, ''))
FROM services s
JOIN service_locations sl ON sl.service_id = s.id
JOIN locations l ON l.id = sl.location_id AND l.tenant_id = s.tenant_id
JOIN organizations o ON o.id = s.organization_id AND o.tenant_id = s.tenant_id
WHERE s.status = 'ACTIVE';
