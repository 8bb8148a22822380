package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/internal/tenancy"
)

type txKey struct{}

type onceKey struct{}

// Tx returns the *sql.Tx of the context's unit of work, or nil outside one.
// River's InsertTx takes it so that jobs commit with the rows.
func Tx(ctx context.Context) *sql.Tx {
	tx, _ := ctx.Value(txKey{}).(*sql.Tx)
	return tx
}

// sqlTx adapts a *sql.Tx to ent's dialect.Tx.
type sqlTx struct {
	entsql.Conn
	tx *sql.Tx
}

func (t sqlTx) Commit() error   { return t.tx.Commit() }
func (t sqlTx) Rollback() error { return t.tx.Rollback() }

// txDriver is an ent driver bound to one open transaction. ent begins
// nested transactions of its own for some statements (e.g. updating a row
// with its edges); inside a unit of work those join the outer transaction,
// whose owner alone commits or rolls back. (entsql.NewDriver over a *sql.Tx
// cannot do this: its Tx method needs a *sql.DB.)
type txDriver struct {
	entsql.Conn
	dialect string
}

func (d txDriver) Dialect() string { return d.dialect }
func (d txDriver) Close() error    { return nil }
func (d txDriver) Tx(context.Context) (dialect.Tx, error) {
	return dialect.NopTx(d), nil
}

// Begin starts a unit of work: a *sql.Tx with an ent client bound to it, both
// reachable from the returned context (Client, Tx, ent.FromContext). The
// caller must Commit or Rollback the returned transaction.
func (s *Store) Begin(ctx context.Context) (context.Context, dialect.Tx, error) {
	return s.begin(ctx, nil)
}

// BeginRead starts a read-only unit of work (see Begin).
func (s *Store) BeginRead(ctx context.Context) (context.Context, dialect.Tx, error) {
	return s.begin(ctx, &sql.TxOptions{ReadOnly: s.Dialect == dialect.Postgres})
}

func (s *Store) begin(ctx context.Context, opts *sql.TxOptions) (context.Context, dialect.Tx, error) {
	tx, err := s.DB.BeginTx(ctx, opts)
	if err != nil {
		return ctx, nil, fmt.Errorf("beginning transaction: %w", err)
	}
	if s.Dialect == dialect.Postgres {
		// Row-level security reads these, for this transaction only: a
		// pooled connection never carries one request's tenant into the next.
		tid, _ := tenancy.FromContext(ctx)
		system := "off"
		if tenancy.IsSystem(ctx) {
			system = "on"
		}
		mates := strings.Join(tenancy.RegionMates(ctx), ",")
		// JIT compilation costs more than Brug's short queries save: off.
		if _, err := tx.ExecContext(ctx, "SELECT set_config('brug.tenant_id', $1, true), set_config('brug.system', $2, true), set_config('brug.region_tenants', $3, true), set_config('jit', 'off', true)", tid, system, mates); err != nil {
			_ = tx.Rollback()
			return ctx, nil, fmt.Errorf("scoping transaction to tenant: %w", err)
		}
	}
	conn := sqlTx{Conn: entsql.Conn{ExecQuerier: tx}, tx: tx}
	client := s.newClient(txDriver{Conn: entsql.Conn{ExecQuerier: tx}, dialect: s.Dialect})
	ctx = context.WithValue(ctx, txKey{}, tx)
	ctx = context.WithValue(ctx, onceKey{}, map[string]bool{})
	ctx = ent.NewContext(ctx, client)
	return ctx, conn, nil
}

// InTx runs fn in a unit of work and commits if fn returns nil; otherwise,
// or if fn panics, nothing fn wrote is kept.
func (s *Store) InTx(ctx context.Context, fn func(ctx context.Context) error) (err error) {
	txCtx, tx, err := s.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			_ = tx.Rollback()
			panic(r)
		}
	}()
	if err := fn(txCtx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing transaction: %w", err)
	}
	return nil
}

// Once reports whether key is seen for the first time in the context's unit
// of work, so that work caused by many writes (e.g. one job per tenant) is
// done once per transaction. Outside a unit of work it always reports true.
// A unit of work runs on one goroutine at a time, so no lock is needed.
func Once(ctx context.Context, key string) bool {
	seen, ok := ctx.Value(onceKey{}).(map[string]bool)
	if !ok {
		return true
	}
	if seen[key] {
		return false
	}
	seen[key] = true
	return true
}

// setScope updates the row-level-security settings of the context's
// transaction, if there is one on PostgreSQL.
func (s *Store) setScope(ctx context.Context, name, value string) error {
	tx := Tx(ctx)
	if tx == nil || s.Dialect != dialect.Postgres {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "SELECT set_config($1, $2, true)", name, value); err != nil {
		return fmt.Errorf("setting %s: %w", name, err)
	}
	return nil
}

// SwitchTenant makes the rest of the context's unit of work act for another
// tenant, e.g. to fill a municipality that was just created in it. The
// privacy policies still judge the caller.
func (s *Store) SwitchTenant(ctx context.Context, tenantID string) (context.Context, error) {
	if err := s.setScope(ctx, "brug.tenant_id", tenantID); err != nil {
		return ctx, err
	}
	return tenancy.WithTenant(ctx, tenantID), nil
}

// System runs fn with the system context (tenancy.System): inside a unit of
// work it lifts row-level security for fn's statements only; outside one it
// runs fn in a unit of work of its own.
func (s *Store) System(ctx context.Context, fn func(ctx context.Context) error) error {
	ctx = tenancy.System(ctx)
	if Tx(ctx) == nil {
		return s.InTx(ctx, fn)
	}
	if err := s.setScope(ctx, "brug.system", "on"); err != nil {
		return err
	}
	err := fn(ctx)
	if resetErr := s.setScope(ctx, "brug.system", "off"); err == nil {
		err = resetErr
	}
	return err
}
