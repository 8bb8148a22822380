// Package store opens Brug's database and owns its transactions.
//
// Brug runs on two databases through one code path: with no configuration an
// embedded SQLite file (pure Go modernc.org/sqlite, WAL, foreign keys on),
// and with DATABASE_URL PostgreSQL through pgx. Both get the same ent client,
// versioned SQL migrations generated from ent/schema (committed per dialect
// under migrations/ and embedded), and River's own migrations in the same
// step.
//
// A unit of work begins the *sql.Tx itself and binds an ent client to it, so
// that River can insert jobs on the very same transaction (InsertTx): the
// rows and the jobs they cause commit or roll back together. ent's client.Tx
// does not expose its *sql.Tx, which is why the store owns the transaction.
package store
