package graph

import "strings"

// SchemaSDL is the schema as written in schema/*.graphqls, descriptions and
// all, for GET /schema.graphql.
func SchemaSDL() string {
	var b strings.Builder
	for _, s := range sources {
		if s.BuiltIn {
			continue
		}
		b.WriteString("# " + strings.TrimPrefix(s.Name, "../") + "\n\n")
		b.WriteString(strings.TrimSpace(s.Input))
		b.WriteString("\n\n")
	}
	return b.String()
}
