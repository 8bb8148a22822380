package server

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/kansrijk/brug/internal/validate"
)

// Page sizes of connections.
const (
	// MaxPageSize is the largest first or last a connection accepts.
	MaxPageSize = 100
	// DefaultPageSize is used when a connection is asked for without first or last.
	DefaultPageSize = 50
)

// Error codes of the request limits, in extensions.code.
const (
	CodeDepthLimit = "DEPTH_LIMIT_EXCEEDED"
)

// weighted makes a connection's complexity grow with its page size: a field
// with first or last costs its children's complexity times the page size.
type weighted struct{ graphql.ExecutableSchema }

// Complexity implements graphql.ExecutableSchema.
func (w weighted) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	if n, ok := pageSize(args); ok {
		return 1 + child*n, true
	}
	return w.ExecutableSchema.Complexity(ctx, typeName, field, child, args)
}

// pageSize returns the page size asked for by first or last, or the default
// for a field that takes them but got neither.
func pageSize(args map[string]any) (int, bool) {
	_, hasFirst := args["first"]
	_, hasLast := args["last"]
	if !hasFirst && !hasLast {
		return 0, false
	}
	for _, k := range []string{"first", "last"} {
		if n, ok := args[k].(*int); ok && n != nil {
			return max(*n, 1), true
		}
	}
	return DefaultPageSize, true
}

// pageArguments caps first and last at MaxPageSize and gives connections
// asked for without either a page of DefaultPageSize, so no list is unbounded.
func pageArguments(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Args == nil {
		return next(ctx)
	}
	first, hasFirst := fc.Args["first"]
	last, hasLast := fc.Args["last"]
	if !hasFirst || !hasLast {
		return next(ctx)
	}
	f, _ := first.(*int)
	l, _ := last.(*int)
	for name, n := range map[string]*int{"first": f, "last": l} {
		if n != nil && (*n < 0 || *n > MaxPageSize) {
			return nil, validate.Fieldf(name, "must be between 0 and %d, got %d", MaxPageSize, *n)
		}
	}
	if f == nil && l == nil {
		n := DefaultPageSize
		if before, _ := fc.Args["before"].(fmt.Stringer); before != nil && fc.Args["after"] == nil {
			fc.Args["last"] = &n
		} else {
			fc.Args["first"] = &n
		}
	}
	return next(ctx)
}

// depthLimit refuses operations whose selections nest deeper than max.
// Introspection fields (__schema, __type) are not counted, so IDEs work.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

// ExtensionName implements graphql.HandlerExtension.
func (depthLimit) ExtensionName() string { return "DepthLimit" }

// Validate implements graphql.HandlerExtension.
func (d depthLimit) Validate(graphql.ExecutableSchema) error {
	if d.max < 1 {
		return fmt.Errorf("depth limit must be positive, got %d", d.max)
	}
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, 0, d.max); depth > d.max {
		err := gqlerror.Errorf("operation is nested %d levels deep, more than the limit of %d", depth, d.max)
		err.Extensions = map[string]any{"code": CodeDepthLimit}
		return err
	}
	return nil
}

// selectionDepth returns the depth of set below level, stopping once it
// passes limit (which also ends cycles through fragments).
func selectionDepth(set ast.SelectionSet, level, limit int) int {
	if level > limit {
		return level
	}
	deepest := level
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = level + 1
			if len(s.SelectionSet) > 0 {
				d = selectionDepth(s.SelectionSet, level+1, limit)
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, level, limit)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = selectionDepth(s.Definition.SelectionSet, level, limit)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
