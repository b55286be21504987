package middleware

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"learningapi/graph/model"
	"learningapi/store"
)

type keyKey struct{}

// KeyOf returns the API key the request was made with, or nil for an
// anonymous request.
func KeyOf(ctx context.Context) *store.APIKey {
	k, _ := ctx.Value(keyKey{}).(*store.APIKey)
	return k
}

// Authenticate reads `Authorization: Bearer <API key>`. A request without
// the header is anonymous; one with a key that is not a live key (unknown,
// revoked, mistyped) or another scheme is answered 401 UNAUTHENTICATED
// before anything runs, so a client never mistakes a failed sign-in for an
// anonymous answer. A live key names the request's client (its budget and
// connection share are the key's, a trusted client's) and its role. The
// key itself is never logged or echoed.
func Authenticate(db *store.DB) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			header := r.Header.Get("Authorization")
			if header == "" {
				next.ServeHTTP(w, r)
				return
			}
			scheme, token, _ := strings.Cut(header, " ")
			if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
				unauthenticated(w, "the Authorization header must be `Bearer ` followed by an API key")
				return
			}
			k, err := db.Authenticate(r.Context(), strings.TrimSpace(token))
			switch {
			case errors.Is(err, store.ErrUnavailable):
				w.Header().Set("Retry-After", "1")
				writeError(w, http.StatusServiceUnavailable, model.ErrorCodeServiceUnavailable,
					"the database cannot be reached at the moment, so the API key cannot be checked; retry shortly")
				return
			case err != nil:
				writeError(w, http.StatusInternalServerError, model.ErrorCodeInternal,
					"internal error; quote request ID "+RequestID(r.Context())+" when reporting it")
				return
			case k == nil:
				unauthenticated(w, "the API key is not valid: it is unknown, revoked or mistyped")
				return
			}
			ctx := context.WithValue(r.Context(), keyKey{}, k)
			ctx = context.WithValue(ctx, clientKey{}, Client{Key: "key:" + strconv.FormatInt(k.ID, 10), Trusted: true})
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

func unauthenticated(w http.ResponseWriter, message string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="scie-learning-api"`)
	writeError(w, http.StatusUnauthorized, model.ErrorCodeUnauthenticated, message)
}
