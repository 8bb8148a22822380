// Package searchindex keeps search_entries, the table package search reads,
// in step with the directory: one row per active service at each of its
// locations, carrying the service's filters, the location's coordinates and
// S2 cell, and the organisation's kind and published flag.
//
// A search is then one range scan of one table instead of a join of
// services, their locations and their organisations, each behind its own
// tenant scope and row-level-security policy. The entries are derived data:
// they are rewritten by one DELETE and one INSERT … SELECT in the writing
// transaction (hooks in ent/schema call Refresh), so a search never sees a
// directory change without its entries, and they go with their service or
// location through ON DELETE CASCADE. The statements are the same on SQLite
// and PostgreSQL.
package searchindex

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kansrijk/brug/internal/tenancy"
)

// Key names the rows whose entries Refresh rewrites.
type Key int

// The keys.
const (
	ByService Key = iota
	ByLocation
	ByOrganization
	ByTenant
)

// keyColumns are, per key, the column of the entries and the column of the
// directory rows that hold it.
var keyColumns = [...]struct{ entry, source string }{
	ByService:      {"service_id", "s.id"},
	ByLocation:     {"location_id", "l.id"},
	ByOrganization: {"organization_id", "o.id"},
	ByTenant:       {"tenant_id", "s.tenant_id"},
}

// Execer runs a statement: a *sql.DB, a *sql.Tx, or an ent client or
// mutation.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// columns are the columns of an entry that Brug writes.
const columns = `tenant_id, service_id, location_id, organization_id, published,
  cell, latitude, longitude, category, organization_kind, needs_mask, phases_mask, min_age, max_age,
  language_codes, capacity_status, capacity_available, text`

// entries selects the entries of active services, in the order of columns.
// The text column holds the name and the description, lower-cased by the
// database, on two lines.
const entries = `SELECT s.tenant_id, s.id, l.id, s.organization_id, o.published,
  l.cell, l.latitude, l.longitude, s.category, o.kind, s.needs_mask, s.phases_mask, s.min_age, s.max_age,
  s.language_codes, s.capacity_status, s.capacity_available, LOWER(s.name) || '
' || LOWER(COALESCE(s.description, ''))
FROM services s
JOIN service_locations sl ON sl.service_id = s.id
JOIN locations l ON l.id = sl.location_id AND l.tenant_id = s.tenant_id
JOIN organizations o ON o.id = s.organization_id AND o.tenant_id = s.tenant_id
WHERE s.status = 'ACTIVE'`

// insert writes the entries that entries selects.
const insert = "INSERT INTO search_entries (" + columns + ")\n" + entries

// batch bounds the ids of one statement.
const batch = 500

// Refresh rewrites the entries of the services, locations, organisations
// or tenants with the given ids. Run it in the transaction that changed
// them. Outside the system context only the context's tenant's rows are
// touched.
//
// Refreshes of one tenant take turns: each first locks the tenant's row
// until its transaction ends. Two transactions that change entries of the
// same service and location (one moves a location, the other takes a
// service off it) would otherwise each rewrite them from a view without
// the other's change, on PostgreSQL, and leave a stale entry or collide on
// its key. The later refresh now starts after the earlier commits and
// sees both changes. (SQLite has one writer at a time anyway.)
func Refresh(ctx context.Context, db Execer, key Key, ids ...string) error {
	tid, hasTenant := tenancy.FromContext(ctx)
	system := tenancy.IsSystem(ctx)
	if !system && !hasTenant {
		return tenancy.ErrNoTenant
	}
	// scope is the tenant whose rows alone are touched; none in the
	// system context. turns are the tenants whose turn is taken.
	var scope string
	var turns []string
	switch {
	case system && key == ByTenant:
		turns = slices.Sorted(slices.Values(ids))
	case hasTenant:
		turns = []string{tid}
		if !system {
			scope = tid
		}
	}
	for _, t := range turns {
		if _, err := db.ExecContext(ctx, "UPDATE tenants SET updated_at = updated_at WHERE id = $1", t); err != nil {
			return fmt.Errorf("locking the search entries of tenant %s: %w", t, err)
		}
	}
	for len(ids) > 0 {
		n := min(len(ids), batch)
		if err := refresh(ctx, db, key, scope, ids[:n]); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// refresh rewrites the entries of up to batch ids, of the scope tenant's
// rows only unless scope is empty.
func refresh(ctx context.Context, db Execer, key Key, scope string, ids []string) error {
	args := make([]any, 0, len(ids)+1)
	marks := make([]string, len(ids))
	for i, id := range ids {
		args = append(args, id)
		marks[i] = "$" + strconv.Itoa(i+1)
	}
	in := " IN (" + strings.Join(marks, ", ") + ")"
	entryScope, sourceScope := "", ""
	if scope != "" {
		args = append(args, scope)
		mark := "$" + strconv.Itoa(len(args))
		entryScope, sourceScope = " AND tenant_id = "+mark, " AND s.tenant_id = "+mark
	}
	cols := keyColumns[key]
	if _, err := db.ExecContext(ctx, "DELETE FROM search_entries WHERE "+cols.entry+in+entryScope, args...); err != nil {
		return fmt.Errorf("removing search entries: %w", err)
	}
	if _, err := db.ExecContext(ctx, insert+" AND "+cols.source+in+sourceScope, args...); err != nil {
		return fmt.Errorf("writing search entries: %w", err)
	}
	return nil
}

// Rebuild rewrites the entries of every tenant from the directory, e.g.
// after a backup was restored or rows were changed by hand. It runs in the
// system context and takes every tenant's turn (see Refresh) until its
// transaction ends.
func Rebuild(ctx context.Context, db Execer) error {
	if !tenancy.IsSystem(ctx) {
		return errors.New("rebuilding the search entries needs the system context")
	}
	if _, err := db.ExecContext(ctx, "UPDATE tenants SET updated_at = updated_at"); err != nil {
		return fmt.Errorf("locking the search entries: %w", err)
	}
	if _, err := db.ExecContext(ctx, "DELETE FROM search_entries"); err != nil {
		return fmt.Errorf("removing search entries: %w", err)
	}
	if _, err := db.ExecContext(ctx, insert); err != nil {
		return fmt.Errorf("writing search entries: %w", err)
	}
	return nil
}

// Queryer reads rows: a *sql.DB or a *sql.Tx.
type Queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Stale counts the entries that differ from the directory they copy: the
// stored entries that it would not give now, plus those it would give that
// are not stored. Zero means the entries are in step. Run it in the system
// context to check every tenant.
func Stale(ctx context.Context, db Queryer) (int, error) {
	stored := "SELECT " + columns + " FROM search_entries"
	var n int
	err := db.QueryRowContext(ctx, "SELECT (SELECT COUNT(*) FROM ("+stored+" EXCEPT "+entries+") extra) + "+
		"(SELECT COUNT(*) FROM ("+entries+" EXCEPT "+stored+") missing)").Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("comparing search entries with the directory: %w", err)
	}
	return n, nil
}
