// Package seed fills an empty Brug database with a realistic demo network so
// that the embedded mode is useful on first start: three real Flemish
// municipalities (Leuven, Genk, Gent) as tenants, each with a connected map of
// fictional schools, childcare, CLBs, leersteuncentra, diagnostic centres and
// other partners, their locations, services with capacity and waiting-time
// norms, and the partnerships between them. Without it a new user would
// meet an empty directory and could not try search, waiting lists or the
// network view. The data is deterministic (fixed random seeds per
// municipality) and lives in Go tables, so the demo is the same on every
// machine and easy to review.
package seed
