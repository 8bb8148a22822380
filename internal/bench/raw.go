package bench

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"

	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/geo"
	"github.com/kansrijk/brug/internal/search"
)

// raw runs searches as one hand-written SQL query each, over the app's own
// database/sql handle: the floor the API path is compared with.
type raw struct {
	db      *sql.DB
	dialect string
	w       *world
}

// rawHit is one service at its nearest location within the radius.
type rawHit struct {
	serviceID, locationID string
	distance, key         float64
}

// queryer is what a *sql.DB and a *sql.Tx have in common here.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// search returns the page of q and the number of hits in all.
func (r *raw) search(ctx context.Context, q query) ([]rawHit, int, error) {
	var hits []rawHit
	err := r.scoped(ctx, func(ctx context.Context, db queryer) error {
		stmt, args := rawSQL(r.dialect, r.w, q)
		rows, err := db.QueryContext(ctx, stmt, args...)
		if err != nil {
			return fmt.Errorf("raw search: %w", err)
		}
		defer rows.Close()
		hits, err = nearest(rows, q)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	slices.SortFunc(hits, func(a, b rawHit) int {
		switch {
		case a.key != b.key:
			return cmpFloat(a.key, b.key)
		case a.distance != b.distance:
			return cmpFloat(a.distance, b.distance)
		}
		return strings.Compare(a.serviceID, b.serviceID)
	})
	return hits[:min(pageSize, len(hits))], len(hits), nil
}

func cmpFloat(a, b float64) int {
	if a < b {
		return -1
	}
	return 1
}

// scoped runs fn as the app runs a query: on PostgreSQL in a read-only
// transaction whose row-level-security settings name the caller's tenant
// and its region-mates; on SQLite (no row-level security) on the handle.
func (r *raw) scoped(ctx context.Context, fn func(context.Context, queryer) error) error {
	if r.dialect != dialect.Postgres {
		return fn(ctx, r.db)
	}
	tx, err := r.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("beginning raw search: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only: nothing to keep
	_, err = tx.ExecContext(ctx, "SELECT set_config('brug.tenant_id', $1, true), set_config('brug.system', 'off', true), set_config('brug.region_tenants', $2, true)",
		r.w.tenantID, strings.Join(r.w.mates, ","))
	if err != nil {
		return fmt.Errorf("scoping raw search: %w", err)
	}
	return fn(ctx, tx)
}

// nearest reads candidate rows (service, free capacity, location,
// coordinates) and keeps each service within the radius at its nearest
// location, keyed as package search orders hits.
func nearest(rows *sql.Rows, q query) ([]rawHit, error) {
	byService := map[string]int{}
	var hits []rawHit
	for rows.Next() {
		var (
			sid, lid  string
			available sql.NullInt64
			lat, lng  float64
		)
		if err := rows.Scan(&sid, &available, &lid, &lat, &lng); err != nil {
			return nil, fmt.Errorf("reading raw search: %w", err)
		}
		d := geo.DistanceKm(q.lat, q.lng, lat, lng)
		if d > q.radiusKm {
			continue
		}
		i, ok := byService[sid]
		if !ok {
			h := rawHit{serviceID: sid, locationID: lid, distance: d}
			if q.order == search.ByAvailableSlots {
				h.key = -float64(available.Int64) // unknown counts as none
			}
			byService[sid] = len(hits)
			hits = append(hits, h)
			continue
		}
		if h := &hits[i]; d < h.distance || (d == h.distance && lid < h.locationID) {
			h.distance, h.locationID = d, lid
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading raw search: %w", err)
	}
	return hits, nil
}

// rawSQL is the hand-written query of q: the active services at visible
// locations inside the S2 covering that pass the filters, one row per
// service and location. Visibility is the data layer's rule, written out:
// the caller's tenant, or a region-mate whose organisation is published.
func rawSQL(dialectName string, w *world, q query) (string, []any) {
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		if dialectName == dialect.Postgres {
			return "$" + strconv.Itoa(len(args))
		}
		return "?"
	}
	list := func(vs []string) string {
		ps := make([]string, len(vs))
		for i, v := range vs {
			ps[i] = arg(v)
		}
		return strings.Join(ps, ", ")
	}
	visible := func(t string) string {
		own := t + ".tenant_id = " + arg(w.tenantID)
		if len(w.mates) == 0 {
			return own
		}
		return "(" + own + " OR (" + t + ".tenant_id IN (" + list(w.mates) + ") AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = " +
			t + ".organization_id AND o.published)))"
	}
	var cells []string
	for _, r := range geo.Covering(q.lat, q.lng, q.radiusKm) {
		cells = append(cells, "l.cell BETWEEN "+arg(r.Min)+" AND "+arg(r.Max))
	}
	where := []string{
		"(" + strings.Join(cells, " OR ") + ")",
		visible("l"),
		"s.status = 'ACTIVE'",
		visible("s"),
	}
	if m := directory.NeedsMask(q.needs); m != 0 {
		where = append(where, "(s.needs_mask & "+arg(m)+") <> 0")
	}
	if q.carePhase != nil {
		where = append(where, "(s.phases_mask & "+arg(directory.PhasesMask([]int{*q.carePhase}))+") <> 0")
	}
	if q.age != nil {
		where = append(where, "s.min_age <= "+arg(*q.age), "s.max_age >= "+arg(*q.age))
	}
	if len(q.categories) > 0 {
		cs := make([]string, len(q.categories))
		for i, c := range q.categories {
			cs[i] = string(c)
		}
		where = append(where, "s.category IN ("+list(cs)+")")
	}
	if q.onlyFree {
		where = append(where, "s.capacity_available > 0")
	}
	if len(q.languages) > 0 {
		var or []string
		for _, l := range q.languages {
			or = append(or, "s.language_codes LIKE "+arg("%,"+l+",%"))
		}
		where = append(where, "("+strings.Join(or, " OR ")+")")
	}
	if t := strings.TrimSpace(q.text); t != "" {
		p := "%" + strings.ToLower(t) + "%"
		if dialectName == dialect.Postgres {
			where = append(where, "(s.name ILIKE "+arg(p)+" OR s.description ILIKE "+arg(p)+")")
		} else {
			where = append(where, "(LOWER(s.name) LIKE "+arg(p)+" OR LOWER(s.description) LIKE "+arg(p)+")")
		}
	}
	return `SELECT s.id, s.capacity_available, l.id, l.latitude, l.longitude
FROM locations l
JOIN service_locations sl ON sl.location_id = l.id
JOIN services s ON s.id = sl.service_id
WHERE ` + strings.Join(where, "\n  AND "), args
}

// plan is a node of a PostgreSQL EXPLAIN (FORMAT JSON) plan.
type plan struct {
	NodeType string `json:"Node Type"`
	Relation string `json:"Relation Name"`
	Index    string `json:"Index Name"`
	Plans    []plan `json:"Plans"`
}

// explain returns the plan of q's raw query on PostgreSQL, one node a line,
// and the tables it scans sequentially.
func (r *raw) explain(ctx context.Context, q query) (string, []string, error) {
	var out []byte
	err := r.scoped(ctx, func(ctx context.Context, db queryer) error {
		stmt, args := rawSQL(r.dialect, r.w, q)
		rows, err := db.QueryContext(ctx, "EXPLAIN (FORMAT JSON) "+stmt, args...)
		if err != nil {
			return fmt.Errorf("explaining raw search: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := rows.Scan(&out); err != nil {
				return fmt.Errorf("reading plan: %w", err)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return "", nil, err
	}
	var doc []struct{ Plan plan }
	if err := json.Unmarshal(out, &doc); err != nil || len(doc) == 0 {
		return "", nil, fmt.Errorf("decoding plan %q: %w", out, err)
	}
	var (
		b   strings.Builder
		seq []string
	)
	var walk func(p plan, depth int)
	walk = func(p plan, depth int) {
		b.WriteString(strings.Repeat("  ", depth+1) + p.NodeType)
		if p.Relation != "" {
			b.WriteString(" on " + p.Relation)
		}
		if p.Index != "" {
			b.WriteString(" using " + p.Index)
		}
		b.WriteString("\n")
		if p.NodeType == "Seq Scan" && !slices.Contains(seq, p.Relation) {
			seq = append(seq, p.Relation)
		}
		for _, c := range p.Plans {
			walk(c, depth+1)
		}
	}
	walk(doc[0].Plan, 0)
	return b.String(), seq, nil
}

// sameIDs reports whether two pages list the same services in the same order.
func sameIDs(a []rawHit, ids []string) bool {
	if len(a) != len(ids) {
		return false
	}
	for i := range a {
		if a[i].serviceID != ids[i] {
			return false
		}
	}
	return true
}
