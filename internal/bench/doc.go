// Package bench measures Brug's nearby-capacity search at Flanders scale,
// so that the lead can see what a school waits for and where the time goes.
// It asserts nothing: it measures and prints (see STYLE.md, "Benchmarks are
// Go benchmarks or a brug bench command, never timed assertions").
//
// Search runs one benchmark per database (embedded SQLite, PostgreSQL):
//
//   - It loads a synthetic Flanders (package synth: by default 300
//     municipalities, 50,000 locations, 150,000 services) and times the load.
//   - It signs in a SCHOOL member of one synthetic municipality that shares a
//     region with others, with a token of a development issuer the app
//     trusts, and serves the real HTTP handler of package app on a loopback
//     port (no job queue: search does not need one). On PostgreSQL the app
//     runs as the role brug_app, under row-level security, as in production.
//   - It sends a fixed, seeded mix of school questions (needs and age, care
//     phase with free capacity, diagnostic or school-support categories,
//     ordering by wait or free slots, free text; first 20 hits, 10 to 25 km
//     around a location of the caller's municipality or its region) through
//     the GraphQL endpoint at each concurrency, and reports throughput and
//     p50/p95/p99 latency. Every response is checked for errors; errors are
//     counted and printed, never fatal.
//   - As a baseline it runs the same searches as one hand-written SQL query
//     each over the same database/sql handle (on PostgreSQL in a read-only
//     transaction with the same row-level-security settings as the app),
//     with distances, ordering and the page computed in Go. The gap between
//     the two paths is what ent, GraphQL, HTTP and JSON cost.
//   - It reports the process's peak resident memory (VmHWM) during the load
//     and while serving, and the Go heap in use. The server runs in-process,
//     so these figures include the load generator (and, on SQLite, the
//     database engine); PostgreSQL's own memory is not in them.
//   - On PostgreSQL it prints the plan of the baseline query for one search,
//     as brug_app with the settings applied, and says whether it scans
//     locations or services sequentially.
//
// BenchmarkSearch is the small counterpart that needs no PostgreSQL: a
// small synthetic set on SQLite, through search.Search directly and as the
// hand-written SQL, for `go test -bench`. Like every benchmark it does not
// run during a plain `go test`.
package bench
