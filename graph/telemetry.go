package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"learningapi/graph/model"
	"learningapi/telemetry"
)

// operationName records each operation's name in the request's
// telemetry.Request, for the request log, the metrics and the span. It
// runs once the operation is found and before the limits, so that refused
// operations are named too.
type operationName struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = operationName{}

func (operationName) ExtensionName() string { return "OperationName" }

func (operationName) Validate(graphql.ExecutableSchema) error { return nil }

func (operationName) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	name := rc.OperationName
	if rc.Operation != nil {
		name = rc.Operation.Name
	}
	telemetry.RequestOf(ctx).SetOperation(name)
	return nil
}

// countErrors counts every error presented by its code, and notes in the
// request's telemetry.Request what the code says of its outcome.
func countErrors(metrics *telemetry.Metrics, present graphql.ErrorPresenterFunc) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		e := present(ctx, err)
		code, _ := e.Extensions["code"].(string)
		countError(ctx, metrics, model.ErrorCode(code))
		return e
	}
}

// countError counts an error by its code, and notes in the request's
// telemetry.Request what the code says of its outcome.
func countError(ctx context.Context, metrics *telemetry.Metrics, code model.ErrorCode) {
	if !code.IsValid() {
		code = "other"
	}
	metrics.GraphQLError(string(code))
	telemetry.RequestOf(ctx).Note(outcomeOf(code))
}

// outcomeOf is what an error with code says of how its request went.
func outcomeOf(code model.ErrorCode) telemetry.Outcome {
	switch code {
	case model.ErrorCodeQueryTooComplex, model.ErrorCodeRateLimited, model.ErrorCodeOverloaded, model.ErrorCodeResponseTooLarge:
		return telemetry.Refused
	case model.ErrorCodeTimeout:
		return telemetry.Timeout
	}
	return telemetry.Error
}
