package graph

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"learningapi/admission"
	"learningapi/graph/middleware"
	"learningapi/graph/model"
	"learningapi/ratelimit"
	"learningapi/store"
	"learningapi/telemetry"
)

// RateLimits give each client a budget of query cost. A client's budget
// refills steadily over Window; a trusted client (by address: SCIE's
// website, which serves many readers from a few servers) has its own,
// larger one. A zero Budget turns that budget off.
type RateLimits struct {
	// Budget is the cost one client may spend per Window.
	Budget int
	// TrustedBudget is a trusted client's Budget.
	TrustedBudget int
	// Window is how long a spent budget takes to refill; a minute if zero.
	Window time.Duration
	// Store keeps the budgets; in this process's memory if nil.
	Store ratelimit.Store
}

// policy is the budget of a client.
func (l RateLimits) policy(c middleware.Client) (ratelimit.Policy, bool) {
	p := ratelimit.Policy{Name: "anonymous", Budget: l.Budget, Window: l.Window}
	if c.Trusted {
		p.Name, p.Budget = "trusted", l.TrustedBudget
	}
	return p, p.Budget > 0
}

// protection guards the database around each operation, after its limits
// were checked and before it runs: it charges the operation's cost to its
// client's budget (429 when spent), waits its turn for database
// connections (503 when the server is too busy to give one soon), and
// after it ran, refuses an answer larger than maxResponse and reports the
// cost in extensions.cost.
type protection struct {
	limits      Limits
	rates       RateLimits
	gate        *admission.Gate // nil admits every request at once
	perRequest  int             // statements one request runs at once
	maxResponse int             // bytes; zero is no bound
	metrics     *telemetry.Metrics
}

// newProtection builds the protection cfg asks for.
func newProtection(cfg HandlerConfig) protection {
	p := protection{limits: cfg.Limits, rates: cfg.RateLimits, perRequest: cfg.StatementsPerRequest,
		maxResponse: cfg.MaxResponseBytes, metrics: cfg.Metrics}
	if p.rates.Window <= 0 {
		p.rates.Window = time.Minute
	}
	if p.rates.Store == nil {
		p.rates.Store = &ratelimit.Memory{}
	}
	if cfg.Admission.Connections > 0 {
		p.gate = admission.New(cfg.Admission)
		cfg.Metrics.WatchAdmission(p.gate.Waiting, p.gate.InUse)
	}
	return p
}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = protection{}

func (protection) ExtensionName() string { return "Protection" }

func (protection) Validate(graphql.ExecutableSchema) error { return nil }

func (p protection) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		// A request that never became an operation (its body did not decode).
		return next(ctx)
	}
	m, ok := measurementOf(graphql.GetOperationContext(ctx))
	if !ok {
		// Refused before it could run: nothing to charge or admit.
		return next(ctx)
	}
	cost := max(1, m.cost)
	client := middleware.ClientOf(ctx)
	reply := middleware.ReplyOf(ctx)
	policy, limited := p.rates.policy(client)
	if limited {
		if refused := p.charge(ctx, reply, client, policy, cost); refused != nil {
			return refused
		}
	}
	// A request runs at most perRequest statements at once (its top-level
	// fields are resolved in parallel); admitted, at most as many as it
	// took connections.
	weight := m.roots
	if p.perRequest > 0 {
		weight = min(weight, p.perRequest)
	}
	if p.gate != nil && m.roots > 0 {
		release, took, err := p.gate.Enter(ctx, client.Key, client.Trusted, weight)
		if err != nil {
			if limited {
				// Nothing ran, so nothing is spent.
				_ = p.rates.Store.Refund(ctx, client.Key, policy, cost, time.Now())
			}
			return p.refuseAdmission(ctx, reply, err)
		}
		defer release()
		weight = took
	}
	if p.perRequest > 0 || p.gate != nil {
		ctx = store.WithStatementLimit(ctx, weight)
	}
	resp := next(ctx)
	if size := len(resp.Data); p.maxResponse > 0 && size > p.maxResponse {
		p.metrics.Refused("response_bytes")
		resp.Data = nil
		resp.Errors = append(resp.Errors, p.coded(ctx, model.ErrorCodeResponseTooLarge,
			"the answer is %d bytes, over the limit of %d bytes; ask for smaller pages or fewer fields", size, p.maxResponse))
	}
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	// The same for every client, so the answer may be cached and shared;
	// what the client has left is in its RateLimit header.
	resp.Extensions["cost"] = map[string]int{"requested": m.cost, "limit": p.limits.MaxCost}
	return resp
}

// charge spends cost from the client's budget, setting the RateLimit
// headers, and returns the refusal when the budget cannot pay.
func (p protection) charge(ctx context.Context, reply *middleware.Reply, client middleware.Client, policy ratelimit.Policy, cost int) *graphql.Response {
	res, err := p.rates.Store.Take(ctx, client.Key, policy, cost, time.Now())
	if err != nil {
		// A budget that cannot be read is not a reason to refuse readers.
		return nil
	}
	reply.SetHeader("RateLimit-Policy", fmt.Sprintf("%q;q=%d;w=%d", policy.Name, policy.Budget, ceilSeconds(policy.Window)))
	reply.SetHeader("RateLimit", fmt.Sprintf("%q;r=%d;t=%d", policy.Name, res.Remaining, ceilSeconds(res.Reset)))
	if res.Allowed {
		return nil
	}
	p.metrics.Refused("rate")
	reply.Refuse(http.StatusTooManyRequests)
	reply.SetHeader("Retry-After", strconv.Itoa(ceilSeconds(res.RetryAfter)))
	msg := "this client has spent its budget of %d cost points a minute; the query costs %d and %d remain, so try again in %d seconds"
	if cost > policy.Budget {
		msg = "this client's budget is %d cost points a minute and the query costs %d, more than the whole budget (%d remain, refilled in %d seconds); ask for smaller pages or fewer fields"
	}
	return &graphql.Response{Errors: gqlerror.List{p.coded(ctx, model.ErrorCodeRateLimited, msg,
		perMinute(policy), cost, res.Remaining, ceilSeconds(res.RetryAfter))}}
}

// refuseAdmission answers a request the admission gate turned away.
func (p protection) refuseAdmission(ctx context.Context, reply *middleware.Reply, err error) *graphql.Response {
	refusal, ok := admission.IsRefusal(err)
	if !ok {
		// The request ended while it waited.
		code, msg := model.ErrorCodeTimeout, "the request was cancelled before it finished"
		if errors.Is(err, context.DeadlineExceeded) {
			msg = "the request took too long and was stopped; narrow the query or ask for fewer records"
		}
		return &graphql.Response{Errors: gqlerror.List{p.coded(ctx, code, "%s", msg)}}
	}
	p.metrics.Refused(string(refusal.Reason))
	reply.SetHeader("Retry-After", strconv.Itoa(ceilSeconds(refusal.RetryAfter)))
	if refusal.Reason == admission.ClientBusy {
		reply.Refuse(http.StatusTooManyRequests)
		return &graphql.Response{Errors: gqlerror.List{p.coded(ctx, model.ErrorCodeRateLimited,
			"this client already has as many requests reading the database as one client may (%d connections); wait for them to finish", p.gate.PerClient())}}
	}
	reply.Refuse(http.StatusServiceUnavailable)
	return &graphql.Response{Errors: gqlerror.List{p.coded(ctx, model.ErrorCodeOverloaded,
		"the server is too busy to answer now: every database connection is in use and the queue for them is full; nothing ran, so retry after %d seconds", ceilSeconds(refusal.RetryAfter))}}
}

// perMinute is a policy's budget per minute, as the messages state it.
func perMinute(p ratelimit.Policy) int {
	return int(math.Round(float64(p.Budget) * float64(time.Minute) / float64(p.Window)))
}

func ceilSeconds(d time.Duration) int { return int(math.Ceil(d.Seconds())) }

// coded is an error the executor did not raise, with its code, for a
// response built here; it is counted as the error presenter counts the
// executor's (which never sees it).
func (p protection) coded(ctx context.Context, code model.ErrorCode, format string, a ...any) *gqlerror.Error {
	countError(ctx, p.metrics, code)
	return &gqlerror.Error{
		Message:    message.NewPrinter(language.English).Sprintf(format, a...),
		Extensions: map[string]any{"code": string(code)},
	}
}
