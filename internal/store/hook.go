package store

import (
	"context"
	"database/sql"
	"fmt"

	"entgo.io/ent/dialect"
)

// StatementHook is called with every SQL statement ent runs and its
// arguments, before it runs (tests and diagnostics).
type StatementHook func(ctx context.Context, query string, args []any)

// hookDriver calls a StatementHook around an ent driver.
type hookDriver struct {
	dialect.Driver
	hook StatementHook
}

func argList(args any) []any {
	a, _ := args.([]any)
	return a
}

func (d hookDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.hook(ctx, query, argList(args))
	return d.Driver.Exec(ctx, query, args, v)
}

func (d hookDriver) Query(ctx context.Context, query string, args, v any) error {
	d.hook(ctx, query, argList(args))
	return d.Driver.Query(ctx, query, args, v)
}

func (d hookDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return hookTx{Tx: tx, hook: d.hook}, nil
}

// hookTx calls a StatementHook around an ent transaction.
type hookTx struct {
	dialect.Tx
	hook StatementHook
}

func (t hookTx) Exec(ctx context.Context, query string, args, v any) error {
	t.hook(ctx, query, argList(args))
	return t.Tx.Exec(ctx, query, args, v)
}

func (t hookTx) Query(ctx context.Context, query string, args, v any) error {
	t.hook(ctx, query, argList(args))
	return t.Tx.Query(ctx, query, args, v)
}

// execContexter is a driver that runs statements outside ent's builders
// (ent's ExecContext, e.g. package searchindex).
type execContexter interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func execContext(ctx context.Context, hook StatementHook, next any, query string, args []any) (sql.Result, error) {
	ex, ok := next.(execContexter)
	if !ok {
		return nil, fmt.Errorf("driver %T cannot run statements directly", next)
	}
	hook(ctx, query, args)
	return ex.ExecContext(ctx, query, args...)
}

// ExecContext runs a statement outside ent's builders, calling the hook.
func (d hookDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return execContext(ctx, d.hook, d.Driver, query, args)
}

// ExecContext runs a statement outside ent's builders, calling the hook.
func (t hookTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return execContext(ctx, t.hook, t.Tx, query, args)
}
