// Package directory holds the domain vocabulary of Brug's network map that is
// not an ent enum of its own: the need categories a service addresses and the
// care phases of the zorgcontinuüm, plus the checks that keep a service's
// lists clean. The ent schema stores these as JSON lists; GraphQL exposes
// them as typed lists of enums.
package directory
