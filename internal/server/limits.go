package server

import (
	"context"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/kansrijk/brug/internal/validate"
)

// Page sizes of connections.
const (
	// MaxPageSize is the largest first or last a connection accepts.
	MaxPageSize = 100
	// DefaultPageSize is used when a connection is asked for without first or last.
	DefaultPageSize = 50
)

// MaxSelections caps the selections (fields, fragment spreads and inline
// fragments) written in one GraphQL document. Validation compares fields
// pairwise to see that they can be merged, so its cost grows with the square
// of their number: 14,000 copies of one field, well within the token limit,
// take seconds.
const MaxSelections = 1000

// Error codes of the request limits, in extensions.code.
const (
	CodeDepthLimit = "DEPTH_LIMIT_EXCEEDED"
	// CodeComplexityLimit is gqlgen's own code for its complexity limit.
	CodeComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED"
)

// An operation refused by a limit is the client's mistake, answered with
// 422 like a validation error; gqlgen answers 200 for codes it does not know.
func init() {
	errcode.RegisterErrorType(CodeDepthLimit, errcode.KindProtocol)
	errcode.RegisterErrorType(CodeComplexityLimit, errcode.KindProtocol)
}

// weighted makes a connection's complexity grow with its page size: a field
// that takes first and last costs its children's complexity times the page
// size.
type weighted struct{ graphql.ExecutableSchema }

// Complexity implements graphql.ExecutableSchema.
func (w weighted) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	if paged(w.Schema(), typeName, field) {
		return 1 + child*pageSize(args), true
	}
	return w.ExecutableSchema.Complexity(ctx, typeName, field, child, args)
}

// paged reports whether a field takes first and last, i.e. is a connection.
func paged(schema *ast.Schema, typeName, field string) bool {
	def := schema.Types[typeName]
	if def == nil {
		return false
	}
	f := def.Fields.ForName(field)
	return f != nil && f.Arguments.ForName("first") != nil && f.Arguments.ForName("last") != nil
}

// pageSize returns the size of the page a connection returns, from the raw
// arguments the complexity walker passes (int64 from literals and variables,
// absent when not given): first or last, or DefaultPageSize without either.
// Sizes above MaxPageSize, or unreadable, count as MaxPageSize: such a
// request is refused by pageArguments before it runs.
func pageSize(args map[string]any) int {
	for _, k := range []string{"first", "last"} {
		v := args[k]
		if v == nil {
			continue
		}
		n, err := strconv.ParseInt(fmt.Sprint(v), 10, 64)
		if err != nil {
			return MaxPageSize
		}
		return int(min(max(n, 1), MaxPageSize))
	}
	return DefaultPageSize
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
		if given(fc.Args["before"]) && !given(fc.Args["after"]) {
			fc.Args["last"] = &n
		} else {
			fc.Args["first"] = &n
		}
	}
	return next(ctx)
}

// given reports whether a resolver argument has a value; an optional
// argument that was not given is a nil pointer (e.g. a *entgql.Cursor).
func given(arg any) bool {
	if arg == nil {
		return false
	}
	v := reflect.ValueOf(arg)
	return v.Kind() != reflect.Pointer || !v.IsNil()
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

// sizeLimit refuses, before gqlgen validates it, a document too large to
// validate and weigh cheaply: one with more than MaxSelections selections
// written, or with an operation of more than fields fields once its fragments
// are expanded. The second matters because a fragment that spreads the next
// one twice doubles the fields at every level, and gqlgen's complexity walk
// expands fragments without memory: under a kilobyte would keep a core busy
// for hours. Every field costs at least 1, so an operation with more fields
// than the complexity limit would be refused anyway.
type sizeLimit struct{ tokens, fields int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = sizeLimit{}

// ExtensionName implements graphql.HandlerExtension.
func (sizeLimit) ExtensionName() string { return "SizeLimit" }

// Validate implements graphql.HandlerExtension.
func (s sizeLimit) Validate(graphql.ExecutableSchema) error {
	if s.fields < 1 {
		return fmt.Errorf("field limit must be positive, got %d", s.fields)
	}
	return nil
}

// MutateOperationParameters implements graphql.OperationParameterMutator.
func (s sizeLimit) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, s.tokens)
	if err != nil {
		return nil // the executor parses it again and reports the error
	}
	tooLarge := func(format string, args ...any) *gqlerror.Error {
		err := gqlerror.Errorf(format, args...)
		err.Extensions = map[string]any{"code": CodeComplexityLimit}
		return err
	}
	written := 0
	for _, op := range doc.Operations {
		written += countSelections(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		written += countSelections(f.SelectionSet)
	}
	if written > MaxSelections {
		return tooLarge("document has %d selections, more than the limit of %d", written, MaxSelections)
	}
	c := fieldCounter{fragments: doc.Fragments, limit: s.fields, memo: map[string]int{}, visiting: map[string]bool{}}
	for _, op := range doc.Operations {
		if n := c.count(op.SelectionSet); n > s.fields {
			return tooLarge("operation selects more than %d fields once its fragments are expanded", s.fields)
		}
	}
	return nil
}

// countSelections returns the number of selections written in set.
func countSelections(set ast.SelectionSet) int {
	n := len(set)
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n += countSelections(s.SelectionSet)
		case *ast.InlineFragment:
			n += countSelections(s.SelectionSet)
		}
	}
	return n
}

// fieldCounter counts the fields of selection sets with their fragments
// expanded, counting each fragment once and stopping just past limit.
type fieldCounter struct {
	fragments ast.FragmentDefinitionList
	limit     int
	memo      map[string]int  // fields of each fragment counted so far
	visiting  map[string]bool // fragments being counted, to cut cycles (validation refuses them)
}

func (c fieldCounter) count(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n += 1 + c.count(s.SelectionSet)
		case *ast.InlineFragment:
			n += c.count(s.SelectionSet)
		case *ast.FragmentSpread:
			n += c.fragment(s.Name)
		}
		if n > c.limit {
			return c.limit + 1
		}
	}
	return n
}

func (c fieldCounter) fragment(name string) int {
	if n, ok := c.memo[name]; ok {
		return n
	}
	def := c.fragments.ForName(name)
	if def == nil || c.visiting[name] {
		return 0
	}
	c.visiting[name] = true
	n := c.count(def.SelectionSet)
	delete(c.visiting, name)
	c.memo[name] = n
	return n
}
