package middleware

import (
	"encoding/json"
	"mime"
	"net/http"
	"net/url"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"learningapi/graph/model"
)

// CheckRequest answers what the GraphQL endpoint does not serve before
// gqlgen sees it: methods other than GET, POST and OPTIONS (405), POST
// bodies that are not application/json (415), malformed GET parameters
// (400), and mutations sent with GET (405), including persisted ones
// named only by their hash, as GraphQL over HTTP requires. persisted is
// the executor's persisted-query cache; a GET query longer than
// maxQueryBytes is left to the limits.
func CheckRequest(persisted graphql.Cache[string], maxQueryBytes int) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			switch r.Method {
			case http.MethodOptions:
			case http.MethodPost:
				if mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mediaType != "application/json" {
					writeError(w, http.StatusUnsupportedMediaType, model.ErrorCodeBadRequest, "send the request body as application/json")
					return
				}
			case http.MethodGet:
				params, err := url.ParseQuery(r.URL.RawQuery)
				if err != nil {
					writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, "the query string could not be read")
					return
				}
				query, hash := params.Get("query"), persistedHash([]byte(params.Get("extensions")))
				if query == "" && hash == "" {
					writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, noOperation)
					return
				}
				if query == "" {
					query, _ = persisted.Get(r.Context(), hash)
				}
				// An over-long query is left to the limits, which refuse it
				// without parsing it.
				tooLong := maxQueryBytes > 0 && len(query) > maxQueryBytes
				if !tooLong && isMutation(query, params.Get("operationName")) {
					w.Header().Set("Allow", "POST")
					writeError(w, http.StatusMethodNotAllowed, model.ErrorCodeBadRequest, "mutations must be sent with POST, not GET")
					return
				}
				for _, name := range []string{"variables", "extensions"} {
					var object map[string]any
					if v := params.Get(name); v != "" && json.Unmarshal([]byte(v), &object) != nil {
						writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, "the "+name+" parameter must be a JSON object")
						return
					}
				}
			default:
				w.Header().Set("Allow", "GET, POST, OPTIONS")
				writeError(w, http.StatusMethodNotAllowed, model.ErrorCodeBadRequest, "the GraphQL endpoint accepts GET (queries only) and POST")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// persistedHash is the hash of the persisted query named in a request's
// extensions (a JSON object), or "" if it names none.
func persistedHash(extensions []byte) string {
	var ext struct {
		PersistedQuery struct {
			Sha256Hash string `json:"sha256Hash"`
		} `json:"persistedQuery"`
	}
	if len(extensions) == 0 || json.Unmarshal(extensions, &ext) != nil {
		return ""
	}
	return ext.PersistedQuery.Sha256Hash
}

// isMutation reports whether the operation a GET request would run is a
// mutation or subscription. Unparsable queries are left to the executor,
// which explains what is wrong with them.
func isMutation(query, operationName string) bool {
	if query == "" {
		return false
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return false
	}
	op := doc.Operations.ForName(operationName)
	if op == nil && len(doc.Operations) == 1 {
		op = doc.Operations[0]
	}
	return op != nil && op.Operation != ast.Query
}
