package graph_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kansrijk/brug/graph"
)

// TestSchemaIsDocumented requires a description on every type, field,
// argument and enum value a frontend team sees.
func TestSchemaIsDocumented(t *testing.T) {
	t.Parallel()
	s := graph.NewSchema(nil).Schema()
	var missing []string
	for name, def := range s.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if def.Description == "" {
			missing = append(missing, "type "+name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if f.Description == "" {
				missing = append(missing, name+"."+f.Name)
			}
			for _, a := range f.Arguments {
				if a.Description == "" {
					missing = append(missing, name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, v := range def.EnumValues {
			if v.Description == "" {
				missing = append(missing, name+"."+v.Name)
			}
		}
	}
	require.Empty(t, missing, "undocumented schema elements")
}

// TestCommittedSchemaIsCurrent keeps schema.graphql, the contract frontend
// teams generate clients from, equal to the served schema.
func TestCommittedSchemaIsCurrent(t *testing.T) {
	t.Parallel()
	committed, err := os.ReadFile("../schema.graphql")
	require.NoError(t, err)
	var printed bytes.Buffer
	graph.WriteSchema(&printed)
	want, got := strings.Split(printed.String(), "\n"), strings.Split(string(committed), "\n")
	for i := range min(len(want), len(got)) {
		if want[i] != got[i] {
			t.Fatalf("schema.graphql is stale (run make generate): line %d is %q, want %q", i+1, got[i], want[i])
		}
	}
	require.Equal(t, len(want), len(got), "schema.graphql is stale (run make generate)")
}
