package graph

import (
	"io"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"
)

// WriteSchema prints the complete GraphQL schema as frontend teams consume
// it: gqlgen's code-generation directives (@goField, @goModel, ...) are left
// out because they mean nothing to a client.
func WriteSchema(w io.Writer) {
	s := NewSchema(nil).Schema()
	out := *s
	out.Directives = map[string]*ast.DirectiveDefinition{}
	for name, d := range s.Directives {
		if !strings.HasPrefix(name, "go") {
			out.Directives[name] = d
		}
	}
	out.Types = make(map[string]*ast.Definition, len(s.Types))
	for name, def := range s.Types {
		cp := *def
		cp.Directives = withoutGoDirectives(def.Directives)
		cp.Fields = make(ast.FieldList, len(def.Fields))
		for i, f := range def.Fields {
			fc := *f
			fc.Directives = withoutGoDirectives(f.Directives)
			cp.Fields[i] = &fc
		}
		out.Types[name] = &cp
	}
	formatter.NewFormatter(w, formatter.WithIndent("  ")).FormatSchema(&out)
}

func withoutGoDirectives(list ast.DirectiveList) ast.DirectiveList {
	var out ast.DirectiveList
	for _, d := range list {
		if !strings.HasPrefix(d.Name, "go") {
			out = append(out, d)
		}
	}
	return out
}
