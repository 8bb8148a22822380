// Package gid makes and reads Brug's global object identifiers.
//
// Every entity is identified by one opaque string that is unique across all
// types and tenants: a short type prefix, an underscore and a time-ordered
// UUIDv7 written in lowercase base32hex, for example
// "org_06bq5b1mfs6c6sw2nhb6ww8a4g". The prefix lets the Relay `node(id:)`
// query find an object's table without an extra lookup table, and the
// time-ordered body keeps primary-key indexes append-mostly. Clients must
// treat the string as opaque.
package gid

import (
	"encoding/base32"
	"errors"
	"fmt"
	"strings"

	"github.com/google/uuid"
)

// Prefixes of each entity type. They are part of every stored id: never change one.
const (
	Tenant       = "ten"
	Organization = "org"
	Location     = "loc"
	Service      = "svc"
	Partnership  = "par"
	Member       = "mem"
	Membership   = "msh"
	Invitation   = "inv"
	AuditEvent   = "aud"
	Region       = "reg"
)

// ErrMalformed is returned for a string that is not a Brug id.
var ErrMalformed = errors.New("malformed id")

// tables maps a prefix to the ent table (node type) that holds it.
var tables = map[string]string{
	Tenant:       "tenants",
	Organization: "organizations",
	Location:     "locations",
	Service:      "services",
	Partnership:  "partnerships",
	Member:       "members",
	Membership:   "memberships",
	Invitation:   "invitations",
	AuditEvent:   "audit_events",
	Region:       "regions",
}

var encoding = base32.HexEncoding.WithPadding(base32.NoPadding)

// New returns a fresh id with the given prefix.
func New(prefix string) string {
	u := uuid.Must(uuid.NewV7())
	return prefix + "_" + strings.ToLower(encoding.EncodeToString(u[:]))
}

// Generator returns a function that makes ids with the given prefix, for use
// as an ent field default.
func Generator(prefix string) func() string {
	return func() string { return New(prefix) }
}

// Prefix returns the type prefix of id.
func Prefix(id string) (string, error) {
	prefix, body, ok := strings.Cut(id, "_")
	if !ok || len(body) != 26 {
		return "", fmt.Errorf("%w: %q", ErrMalformed, id)
	}
	if _, known := tables[prefix]; !known {
		return "", fmt.Errorf("%w: unknown type prefix in %q", ErrMalformed, id)
	}
	return prefix, nil
}

// Table returns the name of the table that holds the object with this id.
func Table(id string) (string, error) {
	prefix, err := Prefix(id)
	if err != nil {
		return "", err
	}
	return tables[prefix], nil
}

// Tables returns every known table name, keyed by prefix.
func Tables() map[string]string {
	out := make(map[string]string, len(tables))
	for k, v := range tables {
		out[k] = v
	}
	return out
}
