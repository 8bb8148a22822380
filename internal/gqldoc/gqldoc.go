// Package gqldoc completes the descriptions of the GraphQL schema that entgql
// generates, so that every type, field, enum value and argument a frontend
// team sees is documented.
//
// entgql copies ent field comments but leaves the machinery it adds (where
// inputs with their many predicates, connection arguments, order fields,
// create and update inputs) and enum values undescribed. Describe fills what
// is empty from the names' regular shapes and a glossary of Brug's domain
// enum values; it never overwrites a description written in ent/schema.
package gqldoc

import (
	"fmt"
	"strings"
	"unicode"

	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"
)

// Describe is an entgql schema hook that fills empty descriptions.
func Describe(_ *gen.Graph, s *ast.Schema) error {
	for name, def := range s.Types {
		if def.BuiltIn {
			continue
		}
		if def.Description == "" {
			def.Description = typeDescription(name, def)
		}
		for _, f := range def.Fields {
			if f.Description == "" {
				f.Description = fieldDescription(def, f)
			}
			for _, a := range f.Arguments {
				if a.Description == "" {
					a.Description = argumentDescription(a.Name)
				}
			}
		}
		for _, v := range def.EnumValues {
			if v.Description == "" {
				v.Description = enumValueDescription(name, v.Name)
			}
		}
	}
	return nil
}

// words turns "capacityStatus" or "CAPACITY_STATUS" into "capacity status".
func words(name string) string {
	if strings.ToUpper(name) == name {
		return strings.ToLower(strings.ReplaceAll(name, "_", " "))
	}
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.ReplaceAll(b.String(), "i d", "ID")
}

func typeDescription(name string, def *ast.Definition) string {
	switch {
	case strings.HasSuffix(name, "WhereInput"):
		return fmt.Sprintf("Filters %s objects. Every given field must match (AND); use and, or and not to combine filters.", strings.TrimSuffix(name, "WhereInput"))
	case strings.HasSuffix(name, "OrderField"):
		return fmt.Sprintf("Properties by which %s connections can be ordered.", strings.TrimSuffix(name, "OrderField"))
	case strings.HasSuffix(name, "Order"):
		return fmt.Sprintf("Ordering of a %s connection.", strings.TrimSuffix(name, "Order"))
	case strings.HasSuffix(name, "Connection"):
		return fmt.Sprintf("A page of %s objects, with Relay cursor pagination.", strings.TrimSuffix(name, "Connection"))
	case strings.HasSuffix(name, "Edge"):
		return fmt.Sprintf("One %s in a connection, with its cursor.", strings.TrimSuffix(name, "Edge"))
	case strings.HasPrefix(name, "Create") && strings.HasSuffix(name, "Input"):
		return fmt.Sprintf("Fields of a new %s.", strings.TrimSuffix(strings.TrimPrefix(name, "Create"), "Input"))
	case strings.HasPrefix(name, "Update") && strings.HasSuffix(name, "Input"):
		return fmt.Sprintf("Changes to an existing %s; omitted fields stay as they are.", strings.TrimSuffix(strings.TrimPrefix(name, "Update"), "Input"))
	case def.Kind == ast.Enum:
		return fmt.Sprintf("Values of %s.", words(name))
	}
	return fmt.Sprintf("A %s.", words(name))
}

// predicate suffixes of entgql where inputs, longest first.
var predicates = []struct{ suffix, text string }{
	{"ContainsFold", "contains the value, ignoring case"},
	{"EqualFold", "equals the value, ignoring case"},
	{"HasPrefix", "starts with the value"},
	{"HasSuffix", "ends with the value"},
	{"Contains", "contains the value"},
	{"NotNil", "is set"},
	{"IsNil", "is not set"},
	{"NotIn", "is none of the values"},
	{"NEQ", "differs from the value"},
	{"GTE", "is greater than or equal to the value"},
	{"LTE", "is less than or equal to the value"},
	{"GT", "is greater than the value"},
	{"LT", "is less than the value"},
	{"In", "is one of the values"},
}

func fieldDescription(def *ast.Definition, f *ast.FieldDefinition) string {
	name := f.Name
	owner := def.Name
	switch {
	case strings.HasSuffix(owner, "WhereInput"):
		return whereFieldDescription(name)
	case strings.HasSuffix(owner, "Connection"):
		switch name {
		case "edges":
			return "The objects on this page, each with its cursor."
		case "pageInfo":
			return "Where this page lies in the whole list, for fetching the next or previous page."
		case "totalCount":
			return "Number of objects in the whole list, across all pages."
		}
	case strings.HasSuffix(owner, "Edge"):
		switch name {
		case "node":
			return "The object."
		case "cursor":
			return "Opaque cursor of this object, for the after and before arguments."
		}
	case strings.HasSuffix(owner, "Order"):
		switch name {
		case "direction":
			return "Ascending or descending."
		case "field":
			return "The property to order by."
		}
	case strings.HasPrefix(owner, "Update") && strings.HasSuffix(owner, "Input"):
		switch {
		case strings.HasPrefix(name, "clear"):
			return fmt.Sprintf("Set to true to clear %s.", words(strings.TrimPrefix(name, "clear")))
		case strings.HasPrefix(name, "add"):
			return fmt.Sprintf("IDs to add to %s.", words(strings.TrimSuffix(strings.TrimPrefix(name, "add"), "IDs")))
		case strings.HasPrefix(name, "remove"):
			return fmt.Sprintf("IDs to remove from %s.", words(strings.TrimSuffix(strings.TrimPrefix(name, "remove"), "IDs")))
		}
	}
	if strings.HasSuffix(name, "IDs") {
		return fmt.Sprintf("IDs of the %s.", words(strings.TrimSuffix(name, "IDs")))
	}
	return fmt.Sprintf("The %s.", words(name))
}

func whereFieldDescription(name string) string {
	switch name {
	case "not":
		return "Matches objects that do not match this filter."
	case "and":
		return "Matches objects that match every one of these filters."
	case "or":
		return "Matches objects that match at least one of these filters."
	}
	if strings.HasPrefix(name, "has") {
		edge := strings.TrimPrefix(name, "has")
		if strings.HasSuffix(edge, "With") {
			return fmt.Sprintf("Matches when at least one of %s matches one of these filters.", words(strings.TrimSuffix(edge, "With")))
		}
		return fmt.Sprintf("Matches when %s exists (true) or does not (false).", words(edge))
	}
	for _, p := range predicates {
		if field, ok := strings.CutSuffix(name, p.suffix); ok && field != "" {
			return fmt.Sprintf("Matches when %s %s.", words(field), p.text)
		}
	}
	return fmt.Sprintf("Matches when %s equals the value.", words(name))
}

func argumentDescription(name string) string {
	switch name {
	case "after":
		return "Returns the objects after this cursor."
	case "first":
		return "Returns at most this many objects from the start (at most 100)."
	case "before":
		return "Returns the objects before this cursor."
	case "last":
		return "Returns at most this many objects from the end (at most 100)."
	case "orderBy":
		return "Order of the objects; by id (creation order) when omitted."
	case "where":
		return "Filters the objects."
	case "id":
		return "ID of the object."
	case "ids":
		return "IDs of the objects."
	case "input":
		return "The fields to set."
	}
	return fmt.Sprintf("The %s.", words(name))
}

func enumValueDescription(enum, value string) string {
	if strings.HasSuffix(enum, "OrderField") {
		return fmt.Sprintf("Order by %s.", words(value))
	}
	if d, ok := glossary[enum+"."+value]; ok {
		return d
	}
	if d, ok := glossary[value]; ok {
		return d
	}
	return fmt.Sprintf("%s.", upperFirst(words(value)))
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
