package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"learningapi/graph/middleware"
	"learningapi/graph/model"
	"learningapi/read"
	"learningapi/store"
)

// badInput reports a bad argument, in a sentence for the client.
func badInput(format string, args ...any) error {
	return model.InputError(fmt.Sprintf(format, args...))
}

// presentError is the single place that decides what a client sees of an
// error. Errors it knows are shown with their code; anything else is
// logged with the request ID and shown as a generic internal error, so
// SQL, driver text and stack traces never reach a response. Without
// introspection, validation errors lose their suggestions of real names.
func presentError(logger *slog.Logger, introspection bool) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		cause := gqlErr.Unwrap()
		if cause == nil {
			// gqlgen's own errors: parsing, validation, variables, limits.
			if !introspection {
				gqlErr.Message = suggestion.ReplaceAllString(gqlErr.Message, "")
			}
			return withCode(gqlErr, protocolCode(gqlErr))
		}
		var input model.InputError
		var unknown *read.UnknownRefError
		switch {
		case errors.As(cause, &input):
			gqlErr.Message = string(input)
			return withCode(gqlErr, model.ErrorCodeBadUserInput)
		case errors.As(cause, &unknown):
			gqlErr.Message = unknownRefMessage(unknown)
			return withCode(gqlErr, model.ErrorCodeBadUserInput)
		case errors.Is(cause, errNoKey), errors.Is(cause, errNoAdminKey):
			gqlErr.Message = cause.Error()
			return withCode(gqlErr, model.ErrorCodeUnauthenticated)
		case errors.Is(cause, errForbidden):
			gqlErr.Message = errForbidden.Error()
			return withCode(gqlErr, model.ErrorCodeForbidden)
		case cause.Error() == "introspection disabled":
			// gqlgen's own error when INTROSPECTION=false; it has no sentinel.
			gqlErr.Message = "schema introspection is turned off on this server"
			return withCode(gqlErr, model.ErrorCodeForbidden)
		case errors.Is(cause, store.ErrBadValue):
			gqlErr.Message = "a value in the request cannot be used: a number is out of range or a text holds a character that is not allowed"
			return withCode(gqlErr, model.ErrorCodeBadUserInput)
		case errors.Is(cause, context.Canceled):
			// The client went away; nobody reads this answer.
			gqlErr.Message = "the request was cancelled before it finished"
			return withCode(gqlErr, model.ErrorCodeTimeout)
		case errors.Is(cause, store.ErrUnavailable):
			// Retryable: the database is down or restarting. The answer is
			// 503, as /readyz is meanwhile.
			reply := middleware.ReplyOf(ctx)
			reply.SetHeader("Retry-After", "1")
			reply.Fail(http.StatusServiceUnavailable)
			gqlErr.Message = "the database cannot be reached at the moment; nothing was read, so retry shortly"
			return withCode(gqlErr, model.ErrorCodeServiceUnavailable)
		case errors.Is(cause, store.ErrTimeout), errors.Is(cause, context.DeadlineExceeded):
			gqlErr.Message = "the request took too long and was stopped; narrow the query or ask for fewer records"
			return withCode(gqlErr, model.ErrorCodeTimeout)
		}
		id := middleware.RequestID(ctx)
		logger.ErrorContext(ctx, "internal error", "request_id", id, "error", err.Error(), "path", gqlErr.Path.String())
		gqlErr.Message = fmt.Sprintf("internal error; quote request ID %s when reporting it", id)
		gqlErr.Extensions = map[string]any{"code": string(model.ErrorCodeInternal), "requestId": id}
		return gqlErr
	}
}

// suggestion is the end of a validation message that proposes real names
// ("Did you mean "first" or "last"?"). gqlgen's own switch turns off only
// some of them.
var suggestion = regexp.MustCompile(`\s*Did you mean [^\n]*\?$`)

func withCode(e *gqlerror.Error, code model.ErrorCode) *gqlerror.Error {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	if _, ok := e.Extensions["code"]; !ok {
		e.Extensions["code"] = string(code)
	}
	return e
}

// protocolCode names errors gqlgen raises before execution that carry no
// code of their own.
func protocolCode(e *gqlerror.Error) model.ErrorCode {
	if strings.HasPrefix(e.Message, "json request body could not be decoded") {
		e.Message = "the request body is not valid JSON for a GraphQL request"
		return model.ErrorCodeBadRequest
	}
	return model.ErrorCodeBadUserInput
}

func unknownRefMessage(e *read.UnknownRefError) string {
	quoted := make([]string, len(e.Names))
	for i, n := range e.Names {
		if r := []rune(n); len(r) > 80 {
			n = string(r[:80]) + "…"
		}
		quoted[i] = fmt.Sprintf("%q", n)
	}
	return fmt.Sprintf("unknown %s %s: nothing has that slug or code", e.Kind, strings.Join(quoted, ", "))
}

// recoverPanic turns a panic in a resolver into an internal error; the
// stack goes to the log, never to the client.
func recoverPanic(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "panic in resolver", "request_id", middleware.RequestID(ctx), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return errors.New("panic")
	}
}
