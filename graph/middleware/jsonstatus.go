package middleware

import (
	"bytes"
	"net/http"
)

// OKForJSON settles how a request that failed before execution (it did
// not parse, did not validate, or named no operation) is answered, as
// GraphQL over HTTP and the GraphQL spec describe:
//   - a request that asked for application/json gets 200 where gqlgen would
//     answer 422 (its errors are in the body); requests that accept
//     application/graphql-response+json keep the 4xx codes that media type
//     defines;
//   - the answer has no "data" entry, which gqlgen writes as null: execution
//     never started, so there is no data, not even null.
func OKForJSON() Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(&jsonStatusWriter{ResponseWriter: w}, r)
		})
	}
}

type jsonStatusWriter struct {
	http.ResponseWriter
	beforeExecution bool // gqlgen answered 400 or 422
}

func (w *jsonStatusWriter) WriteHeader(code int) {
	w.beforeExecution = code == http.StatusBadRequest || code == http.StatusUnprocessableEntity
	if code == http.StatusUnprocessableEntity && w.Header().Get("Content-Type") == "application/json" {
		code = http.StatusOK
	}
	w.ResponseWriter.WriteHeader(code)
}

// dataNull is how gqlgen ends the errors of an answer with no data: the
// errors array closes and "data":null follows. Inside a JSON string the
// quote would be escaped, so this cannot match text a client sent.
var dataNull = []byte(`],"data":null`)

func (w *jsonStatusWriter) Write(b []byte) (int, error) {
	if !w.beforeExecution {
		return w.ResponseWriter.Write(b)
	}
	if _, err := w.ResponseWriter.Write(bytes.Replace(b, dataNull, dataNull[:1], 1)); err != nil {
		return 0, err
	}
	return len(b), nil
}
