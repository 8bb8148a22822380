package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"unicode"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/kansrijk/brug/ent"
	"github.com/kansrijk/brug/ent/privacy"
	"github.com/kansrijk/brug/internal/gid"
	"github.com/kansrijk/brug/internal/tenancy"
	"github.com/kansrijk/brug/internal/validate"
	"github.com/kansrijk/brug/internal/viewer"
)

// Stable error codes in extensions.code, besides gqlgen's own
// (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, COMPLEXITY_LIMIT_EXCEEDED,
// PERSISTED_QUERY_NOT_FOUND) and CodeDepthLimit.
const (
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeNotFound     = "NOT_FOUND"
	CodeForbidden    = "FORBIDDEN"
	CodeConflict     = "CONFLICT"
	CodeInternal     = "INTERNAL"
)

var (
	errPanic         = errors.New("internal error")
	errIntrospection = errors.New("introspection is not enabled on this server")
)

// resolverError marks an error returned by a resolver (as opposed to one
// found while parsing or validating the request), so the presenter knows
// that anything it does not recognise is internal and must be masked.
type resolverError struct{ err error }

func (e resolverError) Error() string { return e.err.Error() }
func (e resolverError) Unwrap() error { return e.err }

func markResolverErrors(ctx context.Context, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	if err != nil {
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Err == nil {
			return res, err // already a GraphQL error made on purpose
		}
		if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Object == "Query" && strings.HasPrefix(fc.Field.Name, "__") {
			// __schema and __type fail only when introspection is off.
			return res, fmt.Errorf("%w: %w", errIntrospection, err)
		}
		return res, resolverError{err}
	}
	return res, nil
}

// presenter maps errors to GraphQL errors with a stable extensions.code.
func presenter(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var (
			fe *validate.FieldError
			ve *ent.ValidationError
			nf *ent.NotFoundError
			ce *ent.ConstraintError
		)
		switch {
		case errors.Is(err, viewer.ErrUnauthenticated):
			markUnauthenticated(ctx)
			return withCode(gqlErr, CodeUnauthenticated, "sign in to do this", "")
		case errors.Is(err, viewer.ErrForbidden), errors.Is(err, privacy.Deny):
			return withCode(gqlErr, CodeForbidden, "your role does not allow this", "")
		case errors.As(err, &fe):
			code := CodeBadUserInput
			if fe.NotFound {
				code = CodeNotFound
			}
			return withCode(gqlErr, code, fe.Error(), fe.Field)
		case errors.As(err, &ve):
			field := camel(ve.Name)
			return withCode(gqlErr, CodeBadUserInput, field+": "+ve.Unwrap().Error(), field)
		case errors.As(err, &nf), errors.Is(err, gid.ErrMalformed):
			return withCode(gqlErr, CodeNotFound, "not found", "id")
		case errors.As(err, &ce):
			return withCode(gqlErr, CodeConflict, "conflicts with an existing object (for example the same partnership twice)", "")
		case errors.Is(err, tenancy.ErrNoTenant):
			return withCode(gqlErr, CodeForbidden, "select a municipality with the Brug-Tenant header to change data", "")
		case errors.Is(err, errIntrospection):
			return withCode(gqlErr, CodeForbidden, errIntrospection.Error(), "")
		case errors.Is(err, errPanic):
			return withCode(gqlErr, CodeInternal, "internal error", "")
		}
		if errors.As(err, new(resolverError)) {
			logger.ErrorContext(ctx, "resolver failed", "err", err, "path", gqlErr.Path.String(), "request_id", RequestID(ctx))
			return withCode(gqlErr, CodeInternal, "internal error", "")
		}
		return requestError(gqlErr)
	}
}

// requestError codes an error found in the request itself (parsing,
// validation, variable values, arguments).
func requestError(gqlErr *gqlerror.Error) *gqlerror.Error {
	if strings.HasPrefix(gqlErr.Message, "json request body could not be decoded") {
		gqlErr.Message = "request body is not valid JSON"
	}
	code, _ := gqlErr.Extensions["code"].(string)
	switch {
	case code == errcode.ValidationFailed && len(gqlErr.Path) > 0 && gqlErr.Path[0] == ast.PathName("variable"):
		// A variable's value does not fit its type, e.g. an unknown enum value.
		return withCode(gqlErr, CodeBadUserInput, gqlErr.Message, lastName(gqlErr.Path))
	case code != "":
		return gqlErr
	default:
		return withCode(gqlErr, CodeBadUserInput, gqlErr.Message, lastName(gqlErr.Path))
	}
}

func withCode(e *gqlerror.Error, code, message, field string) *gqlerror.Error {
	out := *e
	out.Message = message
	out.Err = nil
	out.Extensions = map[string]any{"code": code}
	if field != "" {
		out.Extensions["field"] = field
	}
	return &out
}

// lastName returns the last named element of a path, e.g. the argument or
// input field an error is about.
func lastName(p ast.Path) string {
	for i := len(p) - 1; i >= 0; i-- {
		if n, ok := p[i].(ast.PathName); ok {
			return string(n)
		}
	}
	return ""
}

// camel turns ent's snake_case field names into GraphQL's camelCase ("min_age" → "minAge").
func camel(name string) string {
	parts := strings.Split(name, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] == "" {
			continue
		}
		r := []rune(parts[i])
		r[0] = unicode.ToUpper(r[0])
		parts[i] = string(r)
	}
	return strings.Join(parts, "")
}
