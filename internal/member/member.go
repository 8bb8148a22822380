// Package member turns a verified identity into a Brug member and the
// caller of one request.
//
// A member is found by issuer and subject. A person without a member yet
// becomes one when their verified email matches a pending invitation, and
// every pending invitation for that email is accepted at sign-in, each
// creating a membership (audited as done by the new member). The tenant a
// request acts for comes from the Brug-Tenant header, which grants nothing
// by itself: the caller needs a membership there (or the tenant's directory
// must be public, for reading).
package member

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/invitation"
	entmember "github.com/kansrijk/brug/ent/member"
	"github.com/kansrijk/brug/ent/membership"
	"github.com/kansrijk/brug/internal/auth"
	"github.com/kansrijk/brug/internal/store"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/viewer"
)

// Errors of sign-in.
var (
	// ErrUnknownMember: the token is valid but belongs to nobody Brug knows
	// and no invitation matches its verified email.
	ErrUnknownMember = errors.New("no member for this token and no pending invitation for its verified email")
	// ErrNotMember: the caller has no membership in the requested tenant.
	ErrNotMember = errors.New("you are not a member of this municipality")
)

// Service signs members in.
type Service struct {
	store *store.Store
	cache *expirable.LRU[string, *Session]
}

// Session is a signed-in member with all their memberships.
type Session struct {
	Member      *ent.Member
	Memberships []*ent.Membership
}

// CacheTTL is how long a sign-in is remembered; role changes take effect
// within it.
const CacheTTL = 30 * time.Second

// NewService returns a sign-in service over the store.
func NewService(st *store.Store) *Service {
	return &Service{store: st, cache: expirable.NewLRU[string, *Session](4096, nil, CacheTTL)}
}

// SignIn returns the session of the identity, accepting pending invitations
// for its verified email.
func (s *Service) SignIn(ctx context.Context, id *auth.Identity) (*Session, error) {
	key := id.Issuer + "\x00" + id.Subject + "\x00" + strings.ToLower(id.Email)
	if sess, ok := s.cache.Get(key); ok {
		return sess, nil
	}
	var sess *Session
	// Sign-in looks members and invitations up across tenants.
	err := s.store.InTx(tenancy.System(ctx), func(ctx context.Context) error {
		var err error
		sess, err = s.signIn(ctx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.cache.Add(key, sess)
	return sess, nil
}

func (s *Service) signIn(ctx context.Context, id *auth.Identity) (*Session, error) {
	client := s.store.Client(ctx)
	m, err := client.Member.Query().Where(entmember.Issuer(id.Issuer), entmember.Subject(id.Subject)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("finding member: %w", err)
	}
	var pending []*ent.Invitation
	if id.EmailVerified && id.Email != "" {
		pending, err = client.Invitation.Query().
			Where(invitation.Email(strings.ToLower(id.Email)), invitation.AcceptedAtIsNil()).
			All(ctx)
		if err != nil {
			return nil, fmt.Errorf("finding invitations: %w", err)
		}
	}
	if m == nil {
		if len(pending) == 0 {
			return nil, ErrUnknownMember
		}
		m, err = client.Member.Create().SetIssuer(id.Issuer).SetSubject(id.Subject).SetEmail(id.Email).SetName(id.Name).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("creating member: %w", err)
		}
	}
	for _, inv := range pending {
		if err := accept(ctx, client, m, inv); err != nil {
			return nil, err
		}
	}
	ms, err := client.Membership.Query().Where(membership.MemberID(m.ID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading memberships: %w", err)
	}
	return &Session{Member: m, Memberships: ms}, nil
}

// accept turns an invitation into a membership (or updates an existing one),
// audited as the member's own action.
func accept(ctx context.Context, client *ent.Client, m *ent.Member, inv *ent.Invitation) error {
	ctx = viewer.With(tenancy.WithTenant(ctx, inv.TenantID), &viewer.Caller{MemberID: m.ID, Label: m.Email}) // audited in the invitation's tenant
	existing, err := client.Membership.Query().
		Where(membership.TenantID(inv.TenantID), membership.MemberID(m.ID)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		err = client.Membership.Create().SetTenantID(inv.TenantID).SetMemberID(m.ID).
			SetRole(inv.Role).SetNillableOrganizationID(inv.OrganizationID).Exec(ctx)
	case err == nil:
		u := existing.Update().SetRole(inv.Role)
		if inv.OrganizationID != nil {
			u.SetOrganizationID(*inv.OrganizationID)
		} else {
			u.ClearOrganizationID()
		}
		err = u.Exec(ctx)
	}
	if err != nil {
		return fmt.Errorf("accepting invitation %s: %w", inv.ID, err)
	}
	if err := inv.Update().SetAcceptedAt(time.Now()).SetAcceptedBy(m.ID).Exec(ctx); err != nil {
		return fmt.Errorf("accepting invitation %s: %w", inv.ID, err)
	}
	return nil
}

// Caller returns the request's caller for the session in tenantID ("" when
// the request names no tenant: then the member's only membership, if they
// have exactly one, is used). It returns the tenant acted for.
func (sess *Session) Caller(tenantID string) (*viewer.Caller, string, error) {
	c := &viewer.Caller{MemberID: sess.Member.ID, Label: sess.Member.Email, Operator: sess.Member.Operator}
	if c.Label == "" {
		c.Label = sess.Member.ID
	}
	if tenantID == "" && len(sess.Memberships) == 1 {
		tenantID = sess.Memberships[0].TenantID
	}
	if tenantID == "" {
		return c, "", nil
	}
	for _, ms := range sess.Memberships {
		if ms.TenantID == tenantID {
			c.Role = ms.Role
			if ms.OrganizationID != nil {
				c.OrganizationID = *ms.OrganizationID
			}
			return c, tenantID, nil
		}
	}
	if sess.Member.Operator {
		return c, "", nil // operators manage tenants, they do not read them
	}
	return nil, "", ErrNotMember
}

// Forget drops cached sign-ins, e.g. after memberships changed.
func (s *Service) Forget() { s.cache.Purge() }
