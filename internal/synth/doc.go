// Package synth generates a Flanders-scale synthetic directory: hundreds of
// real Flemish municipalities as tenants, grouped into primary care zones and
// CLB regions, with tens of thousands of fictional organisations, locations
// and services and the partnerships between them.
//
// It exists because the benchmarks and the correctness tests of search,
// geo lookups, region sharing and row-level security need data of the size
// and shape Brug meets in production, which the three-city demo seed (package
// seed) is far too small to show: index choices, query plans and
// pagination only behave realistically on a full map. The data is
// deterministic for a Config (ids included), so two runs compare like with
// like, and it is loaded with large multi-row INSERTs instead of ent's
// per-row hooks, so that 150,000 services load in seconds on both databases.
package synth
