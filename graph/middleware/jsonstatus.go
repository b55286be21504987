package middleware

import (
	"bytes"
	"context"
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
//
// It also applies the request's Reply: a limit inside the executor that
// refused the request (429, 503) sets the status, in either media type,
// and the answer has no data.
func OKForJSON() Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			reply := &Reply{}
			ctx := context.WithValue(r.Context(), replyKey{}, reply)
			next.ServeHTTP(&jsonStatusWriter{ResponseWriter: w, reply: reply}, r.WithContext(ctx))
		})
	}
}

type jsonStatusWriter struct {
	http.ResponseWriter
	reply           *Reply
	beforeExecution bool // gqlgen answered 400 or 422, or a limit refused the request
	wroteHeader     bool
}

func (w *jsonStatusWriter) WriteHeader(code int) {
	if w.wroteHeader {
		return
	}
	w.wroteHeader = true
	if status, refused := w.reply.apply(w.Header()); status != 0 {
		w.beforeExecution = refused
		w.ResponseWriter.WriteHeader(status)
		return
	}
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
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	if !w.beforeExecution {
		return w.ResponseWriter.Write(b)
	}
	if _, err := w.ResponseWriter.Write(bytes.Replace(b, dataNull, dataNull[:1], 1)); err != nil {
		return 0, err
	}
	return len(b), nil
}
