package bench

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"

	"github.com/kansrijk/brug/internal/directory"
	"github.com/kansrijk/brug/internal/geo"
	"github.com/kansrijk/brug/internal/search"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
)

// raw runs searches as one hand-written SQL query each, over the app's own
// database/sql handle: the same table (search_entries), filters, distance,
// order, page and count as package search, written out by hand, with the
// data layer's visibility rule spelled out. It is the limit the API path is
// compared with.
type raw struct {
	st *store.Store
	w  *world
}

// rawHit is one service on the page.
type rawHit struct {
	serviceID     string
	distance, key float64
}

// queryer is what a *sql.DB and a *sql.Tx have in common here.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// search returns the page of q and the number of hits in all.
func (r *raw) search(ctx context.Context, q query) ([]rawHit, int, error) {
	var (
		hits  []rawHit
		total int
	)
	err := r.scoped(ctx, func(ctx context.Context, db queryer) error {
		stmt, args := rawSQL(r.st.Dialect, r.w, q)
		rows, err := db.QueryContext(ctx, stmt, args...)
		if err != nil {
			return fmt.Errorf("raw search: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var h rawHit
			if err := rows.Scan(&h.serviceID, &h.distance, &h.key, &total); err != nil {
				return fmt.Errorf("reading raw search: %w", err)
			}
			hits = append(hits, h)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, 0, err
	}
	return hits, total, nil
}

// scoped runs fn as the app runs a query: on PostgreSQL in the store's
// read-only unit of work for the caller's tenant and its region-mates (the
// row-level-security settings); on SQLite (no row-level security) on the
// handle.
func (r *raw) scoped(ctx context.Context, fn func(context.Context, queryer) error) error {
	if r.st.Dialect != dialect.Postgres {
		return fn(ctx, r.st.DB)
	}
	ctx, tx, err := r.st.BeginRead(tenancy.WithRegionMates(tenancy.WithTenant(ctx, r.w.tenantID), r.w.mates))
	if err != nil {
		return fmt.Errorf("beginning raw search: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only: nothing to keep
	return fn(ctx, store.Tx(ctx))
}

// rawSQL is the hand-written query of q: the visible entries inside the S2
// covering that pass the filters, grouped per service at its nearest
// location within the radius, in the total order (key, distance, id), the
// first page with the count of all hits.
func rawSQL(dialectName string, w *world, q query) (string, []any) {
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		// Numbered, so that an expression can be written twice.
		if dialectName == dialect.Postgres {
			return "$" + strconv.Itoa(len(args))
		}
		return "?" + strconv.Itoa(len(args))
	}
	list := func(vs []string) string {
		ps := make([]string, len(vs))
		for i, v := range vs {
			ps[i] = arg(v)
		}
		return strings.Join(ps, ", ")
	}
	var cells []string
	for _, r := range geo.Covering(q.lat, q.lng, q.radiusKm) {
		cells = append(cells, "e.cell BETWEEN "+arg(r.Min)+" AND "+arg(r.Max))
	}
	visible := "e.tenant_id = " + arg(w.tenantID)
	if len(w.mates) > 0 {
		visible = "(" + visible + " OR (e.tenant_id IN (" + list(w.mates) + ") AND e.published))"
	}
	where := []string{"(" + strings.Join(cells, " OR ") + ")", visible}
	if m := directory.NeedsMask(q.needs); m != 0 {
		where = append(where, "(e.needs_mask & "+arg(m)+") <> 0")
	}
	if q.carePhase != nil {
		where = append(where, "(e.phases_mask & "+arg(directory.PhasesMask([]int{*q.carePhase}))+") <> 0")
	}
	if q.age != nil {
		where = append(where, "e.min_age <= "+arg(*q.age), "e.max_age >= "+arg(*q.age))
	}
	if len(q.categories) > 0 {
		cs := make([]string, len(q.categories))
		for i, c := range q.categories {
			cs[i] = string(c)
		}
		where = append(where, "e.category IN ("+list(cs)+")")
	}
	if q.onlyFree {
		where = append(where, "e.capacity_available > 0")
	}
	if len(q.languages) > 0 {
		var or []string
		for _, l := range q.languages {
			or = append(or, "e.language_codes LIKE "+arg("%,"+l+",%"))
		}
		where = append(where, "("+strings.Join(or, " OR ")+")")
	}
	if t := strings.TrimSpace(q.text); t != "" {
		// The entries' text is lower case already.
		where = append(where, "e.text LIKE "+arg("%"+strings.ToLower(t)+"%"))
	}
	least, group := "LEAST", "e.service_id"
	if dialectName == dialect.SQLite {
		// Read the covering from the cell index, not every entry along
		// the unique (service_id, location_id) index.
		least, group = "min", "+e.service_id"
	}
	φ0, λ0 := q.lat*geo.RadiansPerDegree, q.lng*geo.RadiansPerDegree
	dist := "MIN(" + arg(2*geo.EarthRadiusKm) + " * asin(" + least + "(1, sqrt(pow(sin((e.latitude * " + arg(geo.RadiansPerDegree) + " - " + arg(φ0) +
		") / 2), 2) + " + arg(math.Cos(φ0)) + " * cos(e.latitude * " + arg(geo.RadiansPerDegree) + ") * pow(sin((e.longitude * " +
		arg(geo.RadiansPerDegree) + " - " + arg(λ0) + ") / 2), 2)))))"
	key := "0"
	if q.order == search.ByAvailableSlots {
		key = "-COALESCE(MIN(e.capacity_available), 0)"
	}
	return `SELECT e.service_id, ` + dist + ` AS dist, ` + key + ` AS sort_key, COUNT(*) OVER () AS total
FROM search_entries e
WHERE ` + strings.Join(where, "\n  AND ") + `
GROUP BY ` + group + `
HAVING ` + dist + ` <= ` + arg(q.radiusKm) + `
ORDER BY sort_key, dist, e.service_id
LIMIT ` + strconv.Itoa(pageSize), args
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
		stmt, args := rawSQL(r.st.Dialect, r.w, q)
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
