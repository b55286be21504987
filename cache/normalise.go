package cache

import (
	"strconv"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"
)

// normalise writes a GraphQL document in one way whatever its spacing,
// commas and comments, so that two ways of writing the same query share a
// cache entry, and reports the kind of the operation that would run
// ("query", "mutation", "subscription"; "" if it cannot tell, as for a
// document that does not lex: gqlgen will explain what is wrong with it).
func normalise(doc, operationName string) (string, string) {
	lx := lexer.New(&ast.Source{Input: doc})
	var (
		sb    strings.Builder
		depth int
		kinds = map[string]string{} // operation name -> kind
		count int
		last  lexer.Token
	)
	for {
		tok, err := lx.ReadToken()
		if err != nil {
			return "", ""
		}
		if tok.Kind == lexer.EOF {
			break
		}
		if tok.Kind == lexer.Comment {
			continue
		}
		switch tok.Kind {
		case lexer.BraceL:
			if depth == 0 && (last.Kind == lexer.Invalid || last.Kind == lexer.BraceR) {
				kinds[""] = "query" // shorthand: { ... }
				count++
			}
			depth++
		case lexer.BraceR:
			depth--
		case lexer.Name:
			if depth == 0 && (tok.Value == "query" || tok.Value == "mutation" || tok.Value == "subscription") &&
				(last.Kind == lexer.Invalid || last.Kind == lexer.BraceR) {
				count++
				kinds[""] = tok.Value // the operation, if it turns out to be unnamed
			} else if depth == 0 && last.Kind == lexer.Name && (last.Value == "query" || last.Value == "mutation" || last.Value == "subscription") {
				kinds[tok.Value] = last.Value
			}
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		switch tok.Kind {
		case lexer.String, lexer.BlockString:
			sb.WriteString(strconv.Quote(tok.Value))
		case lexer.Name, lexer.Int, lexer.Float:
			sb.WriteString(tok.Value)
		default:
			sb.WriteString(tok.Kind.String())
		}
		last = tok
	}
	var kind string
	switch {
	case operationName != "":
		kind = kinds[operationName]
	case count == 1:
		for _, k := range kinds {
			kind = k
		}
	}
	return sb.String(), kind
}
