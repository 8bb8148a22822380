-- atlas:delimiter -- end

-- Hand-written: the audit trail is append-only. (The delimiter directive
-- lets Atlas replay trigger bodies, which contain semicolons.)
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END;
-- end
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END;
-- end
