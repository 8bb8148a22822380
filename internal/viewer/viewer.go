// Package viewer carries who is making a request through its context: the
// signed-in member, their role in the request's tenant and the organisation
// that role is bound to, or an anonymous caller. The ent privacy policies in
// ent/schema decide from it what each role may read and change, so that
// authorization lives in the data layer and not in resolvers.
package viewer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Role is what a member may do in one tenant.
type Role string

// The roles, from most to least powerful. Their GraphQL names are the same.
const (
	// Admin is the municipality's network coordinator: everything in the tenant.
	Admin Role = "ADMIN"
	// Editor is staff of one organisation: edits it, its locations, services and partnerships.
	Editor Role = "EDITOR"
	// School is staff of a school or CLB: reads the directory, registers referrals for its organisation.
	School Role = "SCHOOL"
	// Provider is staff of a provider: keeps its own services' capacity (and waiting lists) current.
	Provider Role = "PROVIDER"
	// Viewer reads.
	Viewer Role = "VIEWER"
)

// Roles lists every role.
var Roles = []Role{Admin, Editor, School, Provider, Viewer}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return slices.Contains(Roles, r) }

// Values lists the roles as strings (for ent enums).
func (Role) Values() []string {
	out := make([]string, len(Roles))
	for i, r := range Roles {
		out[i] = string(r)
	}
	return out
}

// BoundToOrganization reports whether the role acts for one organisation.
func (r Role) BoundToOrganization() bool { return r == Editor || r == School || r == Provider }

// Errors the privacy rules return; the GraphQL presenter maps them to
// UNAUTHENTICATED and FORBIDDEN.
var (
	ErrUnauthenticated = errors.New("sign in to do this")
	ErrForbidden       = errors.New("your role does not allow this")
)

// Caller is the member or anonymous caller behind a request.
type Caller struct {
	// MemberID is the signed-in member; empty when anonymous.
	MemberID string
	// Label names the caller in the audit trail (email or "anonymous").
	Label string
	// Role is the member's role in the request's tenant; empty without a membership.
	Role Role
	// OrganizationID is the organisation the role is bound to, if any.
	OrganizationID string
	// Operator is a platform operator: creates tenants and their first admin.
	Operator bool
	// Internal marks Brug's own code (jobs) acting inside a tenant.
	Internal bool
	// PublicDirectory is set for anonymous callers of a tenant whose
	// directory is public: they may read its published entries.
	PublicDirectory bool
}

// Anonymous reports whether the caller did not sign in.
func (c *Caller) Anonymous() bool { return c == nil || (c.MemberID == "" && !c.Internal) }

type callerKey struct{}

// With returns a context carrying the caller.
func With(ctx context.Context, c *Caller) context.Context {
	return context.WithValue(ctx, callerKey{}, c)
}

// From returns the context's caller, or nil.
func From(ctx context.Context) *Caller {
	c, _ := ctx.Value(callerKey{}).(*Caller)
	return c
}

// Internal returns a context for Brug's own trusted code acting inside a
// tenant (background jobs): it may read and write that tenant's data but
// nothing else, because tenant scoping still applies.
func Internal(ctx context.Context, name string) context.Context {
	return With(ctx, &Caller{Label: "system:" + name, Internal: true})
}

type requestIDKey struct{}

// WithRequestID returns a context carrying the HTTP request's id.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID returns the id of the HTTP request the context belongs to.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// MarshalGQL writes the role as a GraphQL enum value.
func (r Role) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL reads a GraphQL enum value.
func (r *Role) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !Role(s).Valid() {
		return fmt.Errorf("%v is not a valid Role", v)
	}
	*r = Role(s)
	return nil
}

// Permissions lists what a role may do, as entity:action pairs; ":own" means
// only for the organisation the role is bound to. It documents the privacy
// policies in ent/schema for clients (e.g. to hide buttons); the policies
// decide.
func Permissions(r Role) []string {
	read := []string{"directory:read"}
	switch r {
	case Admin:
		out := read
		for _, e := range []string{"organization", "location", "service", "partnership"} {
			out = append(out, e+":create", e+":update", e+":delete")
		}
		return append(out, "invitation:create", "invitation:delete", "membership:update", "membership:delete", "audit:read", "tenant:update")
	case Editor:
		out := append(read, "organization:update:own")
		for _, e := range []string{"location", "service", "partnership"} {
			out = append(out, e+":create:own", e+":update:own", e+":delete:own")
		}
		return out
	case Provider:
		return append(read, "service:update-capacity:own")
	case School, Viewer:
		return read
	}
	return nil
}
