package middleware

import (
	"context"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"learningapi/graph/model"
	"learningapi/ratelimit"
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
// connection share are the key's) and its role. The key itself is never
// logged or echoed.
//
// Checking a key costs a statement, so a client (by address) may fail
// only failures.Budget checks per failures.Window; beyond that it gets 429
// before any look-up, and a flood of made-up keys costs the database
// nothing. A check waits at most checkTimeout.
func Authenticate(db *store.DB, logger *slog.Logger, failures ratelimit.Store, policy ratelimit.Policy) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			headers := r.Header.Values("Authorization")
			if len(headers) == 0 {
				next.ServeHTTP(w, r)
				return
			}
			scheme, token, _ := strings.Cut(headers[0], " ")
			if len(headers) > 1 || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
				unauthenticated(w, "the request must carry one Authorization header: `Bearer ` followed by an API key")
				return
			}
			client := ClientOf(r.Context())
			if left, err := failures.Take(r.Context(), client.Key, policy, 0, time.Now()); err == nil && left.Remaining < 1 {
				w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(left.Reset.Seconds()))))
				writeError(w, http.StatusTooManyRequests, model.ErrorCodeRateLimited,
					"too many requests from this client carried an API key that is not valid; check the key, then retry later")
				return
			}
			ctx, cancel := context.WithTimeout(r.Context(), checkTimeout)
			k, err := db.Authenticate(ctx, strings.TrimSpace(token))
			cancel()
			switch {
			case err != nil:
				// Unreachable, slow or failing: the key cannot be checked now,
				// which the client may retry. The error, never the key, is
				// logged.
				logger.WarnContext(r.Context(), "API key check failed", "request_id", RequestID(r.Context()), "error", err.Error())
				w.Header().Set("Retry-After", "1")
				writeError(w, http.StatusServiceUnavailable, model.ErrorCodeServiceUnavailable,
					"the API key cannot be checked at the moment; retry shortly")
				return
			case k == nil:
				_, _ = failures.Take(r.Context(), client.Key, policy, 1, time.Now())
				unauthenticated(w, "the API key is not valid: it is unknown, revoked or mistyped")
				return
			}
			// The key names the client; its trust stays its address's, so a
			// key alone earns no larger budget.
			ctx = context.WithValue(r.Context(), keyKey{}, k)
			ctx = context.WithValue(ctx, clientKey{}, Client{Key: "key:" + strconv.FormatInt(k.ID, 10), Trusted: client.Trusted})
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// checkTimeout bounds one key check, pool wait included.
const checkTimeout = 2 * time.Second

func unauthenticated(w http.ResponseWriter, message string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="scie-learning-api"`)
	writeError(w, http.StatusUnauthorized, model.ErrorCodeUnauthenticated, message)
}
