package middleware

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"learningapi/graph/model"
	"learningapi/telemetry"
)

// ReadBody reads a POST body once, refusing it with 413 if it is larger
// than max (counted in metrics as the limit "body_bytes") and with 400 if
// it is not one JSON value, before anything parses it further. The next
// handler reads the same bytes.
func ReadBody(max int64, metrics *telemetry.Metrics) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodPost {
				next.ServeHTTP(w, r)
				return
			}
			if max > 0 && r.ContentLength > max {
				metrics.Refused("body_bytes")
				tooLarge(w, r, max)
				return
			}
			reader := io.Reader(r.Body)
			if max > 0 {
				reader = io.LimitReader(r.Body, max+1)
			}
			body, err := io.ReadAll(reader)
			if err != nil {
				writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, "the request body could not be read")
				return
			}
			if max > 0 && int64(len(body)) > max {
				metrics.Refused("body_bytes")
				tooLarge(w, r, max)
				return
			}
			if !json.Valid(body) {
				writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, "the request body is not valid JSON for a GraphQL request")
				return
			}
			if !namesAnOperation(body) {
				writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, noOperation)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

// noOperation refuses a request that carries neither a query nor a
// persisted query's hash: it is not a GraphQL-over-HTTP request at all, so
// it is answered 400 whichever media type was asked for.
const noOperation = `the request has no query: send the operation in "query" (or a persisted query's hash in "extensions")`

// namesAnOperation reports whether a request body (valid JSON) is an object
// with a non-empty query or a persisted query's hash.
func namesAnOperation(body []byte) bool {
	var req struct {
		Query      *string         `json:"query"`
		Extensions json.RawMessage `json:"extensions"`
	}
	if json.Unmarshal(body, &req) != nil {
		// Not an object of that shape: gqlgen explains what is wrong.
		return true
	}
	return (req.Query != nil && *req.Query != "") || persistedHash(req.Extensions) != ""
}

// drainBytes bounds how much of a refused body is read and thrown away
// before the refusal is sent.
const drainBytes = 8 << 20

// tooLarge names the limit with thousands separators (1,024), as the
// query limits do. It first reads what is left of the body, up to
// drainBytes: a client that sends its whole body before reading the answer
// would otherwise have the connection closed under it mid-upload and see a
// reset instead of the 413. The server's read timeout bounds a slow one.
// The connection is not reused, since a larger body may be left unread.
func tooLarge(w http.ResponseWriter, r *http.Request, max int64) {
	_, _ = io.Copy(io.Discard, io.LimitReader(r.Body, drainBytes))
	w.Header().Set("Connection", "close")
	writeError(w, http.StatusRequestEntityTooLarge, model.ErrorCodeBadRequest,
		message.NewPrinter(language.English).Sprintf("the request body is over the limit of %d bytes", max))
}
