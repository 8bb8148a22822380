// Package server is Brug's HTTP front: the GraphQL endpoint and its
// protections, the development IDE, and the health probes.
//
// The GraphQL handler is built with gqlgen's handler.New and every part is
// chosen on purpose rather than taken from NewDefaultServer: POST and GET
// (queries only) transports, a parsed-query LRU cache, automatic persisted
// queries, a parser token limit, complexity and depth limits with their own
// error codes, page sizes capped at 100, a request body limit, introspection
// and field suggestions only where configured, and one transaction per
// mutation (entgql's Transactioner over the store's unit of work). One error
// presenter maps domain errors to stable extensions.code values and masks
// everything else as INTERNAL, logging the detail instead of returning it.
package server
