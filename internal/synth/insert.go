package synth

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// rowsPerStatement is how many rows one INSERT carries at most. Fewer go in
// when the table is wide, so that no statement binds more than maxParams
// values (SQLite allows 32,766, PostgreSQL 65,535).
const (
	rowsPerStatement = 500
	maxParams        = 30_000
)

// table collects rows for one table; insert writes them with multi-row
// INSERT statements. The values must be the Go types ent itself binds for
// the columns (string, int, int64, float64, bool, time.Time,
// json.RawMessage, or nil for NULL), so that both drivers store exactly
// what ent would.
type table struct {
	name string
	cols []string
	args []any
}

func newTable(name string, cols ...string) *table {
	return &table{name: name, cols: cols}
}

// add appends one row; vals must match the columns.
func (t *table) add(vals ...any) {
	if len(vals) != len(t.cols) {
		panic(fmt.Sprintf("synth: %d values for the %d columns of %s", len(vals), len(t.cols), t.name))
	}
	t.args = append(t.args, vals...)
}

// len returns the number of rows collected.
func (t *table) len() int { return len(t.args) / len(t.cols) }

// insert writes the collected rows through tx, with `$n` placeholders on
// PostgreSQL and `?` on SQLite.
func (t *table) insert(ctx context.Context, tx *sql.Tx, postgres bool) error {
	width := len(t.cols)
	per := min(rowsPerStatement, maxParams/width)
	var full string // the statement for a full chunk, built once
	for start := 0; start < t.len(); start += per {
		n := min(per, t.len()-start)
		query := full
		if n != per || query == "" {
			query = t.statement(n, postgres)
			if n == per {
				full = query
			}
		}
		if _, err := tx.ExecContext(ctx, query, t.args[start*width:(start+n)*width]...); err != nil {
			return fmt.Errorf("inserting %s (rows %d to %d): %w", t.name, start+1, start+n, err)
		}
	}
	return nil
}

// statement returns an INSERT of n rows into the table.
func (t *table) statement(n int, postgres bool) string {
	var b strings.Builder
	b.Grow(64 + len(t.cols)*16 + n*len(t.cols)*6)
	b.WriteString(`INSERT INTO "`)
	b.WriteString(t.name)
	b.WriteString(`" (`)
	for i, c := range t.cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('"')
		b.WriteString(c)
		b.WriteByte('"')
	}
	b.WriteString(") VALUES ")
	p := 0
	for r := range n {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for i := range t.cols {
			if i > 0 {
				b.WriteString(", ")
			}
			p++
			if postgres {
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(p))
			} else {
				b.WriteByte('?')
			}
		}
		b.WriteByte(')')
	}
	return b.String()
}
