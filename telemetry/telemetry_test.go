package telemetry

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestOperationLabelsAreBounded checks clients cannot make the operation
// label take unbounded values: odd names are "other", unnamed operations
// "anonymous", and once maxOperations names are in use, new ones are
// "other" while those already seen keep their own.
func TestOperationLabelsAreBounded(t *testing.T) {
	o := operationLabels{seen: map[string]bool{}}
	for name, want := range map[string]string{
		"": "anonymous", "Projects": "Projects", "_x9": "_x9", "9lives": "other", "has space": "other",
		"dash-ed": "other", strings.Repeat("a", 64): strings.Repeat("a", 64), strings.Repeat("a", 65): "other", "ünï": "other",
	} {
		if got := o.label(name); got != want {
			t.Errorf("label(%q) = %q, want %q", name, got, want)
		}
	}
	for i := 0; len(o.seen) < maxOperations; i++ {
		o.label(fmt.Sprintf("Op%d", i))
	}
	if got := o.label("OneTooMany"); got != "other" {
		t.Errorf("a new name past %d: %q, want other", maxOperations, got)
	}
	if got := o.label("Projects"); got != "Projects" {
		t.Errorf("a name seen before the bound: %q, want it kept", got)
	}
}

// TestOutcomeIsTheGravestSeen checks a request's outcome combines what was
// noted with what its status says, the gravest winning.
func TestOutcomeIsTheGravestSeen(t *testing.T) {
	for _, c := range []struct {
		noted  []Outcome
		status int
		want   Outcome
	}{
		{nil, http.StatusOK, OK},
		{nil, http.StatusNotModified, OK},
		{nil, http.StatusBadRequest, Error},
		{nil, http.StatusRequestEntityTooLarge, Refused},
		{nil, http.StatusTooManyRequests, Refused},
		{nil, http.StatusServiceUnavailable, Refused},
		{[]Outcome{Error}, http.StatusOK, Error},
		{[]Outcome{Error, Timeout, Error}, http.StatusOK, Timeout},
		{[]Outcome{Timeout, Refused}, http.StatusOK, Refused},
		{[]Outcome{Timeout}, http.StatusBadRequest, Timeout},
	} {
		r := &Request{outcome: OK}
		for _, o := range c.noted {
			r.Note(o)
		}
		if got := r.Outcome(c.status); got != c.want {
			t.Errorf("noted %v, status %d: %q, want %q", c.noted, c.status, got, c.want)
		}
	}
	var none *Request
	none.Note(Error)
	none.SetOperation("X")
	if none.Operation() != "" || none.Outcome(http.StatusTooManyRequests) != Refused {
		t.Error("a nil Request must record nothing and judge by the status alone")
	}
	var off *Metrics
	off.Request("X", OK, time.Second, 1)
	off.Refused("cost")
	off.GraphQLError("INTERNAL")
	off.WatchDB(nil)
	off.WatchCache(nil)
}

// TestTracingFollowsTheStandardVariables checks when the OTEL_* variables
// turn tracing on, and that settings this build cannot honour are refused.
func TestTracingFollowsTheStandardVariables(t *testing.T) {
	for _, c := range []struct {
		env     map[string]string
		on      bool
		problem string
	}{
		{nil, false, ""},
		{map[string]string{"OTEL_TRACES_EXPORTER": "otlp"}, true, ""},
		{map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}, true, ""},
		{map[string]string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://collector:4318/v1/traces"}, true, ""},
		{map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318", "OTEL_TRACES_EXPORTER": "none"}, false, ""},
		{map[string]string{"OTEL_TRACES_EXPORTER": "otlp", "OTEL_SDK_DISABLED": "true"}, false, ""},
		{map[string]string{"OTEL_TRACES_EXPORTER": "otlp", "OTEL_SDK_DISABLED": "false"}, true, ""},
		{map[string]string{"OTEL_TRACES_EXPORTER": "zipkin"}, false, "OTEL_TRACES_EXPORTER must be otlp or none"},
		{map[string]string{"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"}, false, "OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf"},
		{map[string]string{"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL": "http/protobuf"}, true, ""},
		{map[string]string{"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"}, false, ""},
	} {
		on, err := tracingWanted(func(k string) string { return c.env[k] })
		switch {
		case c.problem != "" && (err == nil || !strings.Contains(err.Error(), c.problem)):
			t.Errorf("%v: error %v, want one saying %q", c.env, err, c.problem)
		case c.problem == "" && err != nil:
			t.Errorf("%v: error %v", c.env, err)
		case on != c.on:
			t.Errorf("%v: tracing on = %v, want %v", c.env, on, c.on)
		}
	}
}

// TestStartTracingMakesAProviderOnlyWhenAskedTo checks StartTracing gives
// no provider when tracing is off, and one that stops cleanly when it is
// on. (Nothing is sent: no span is started.)
func TestStartTracingMakesAProviderOnlyWhenAskedTo(t *testing.T) {
	ctx := context.Background()
	for exporter, wantOn := range map[string]bool{"none": false, "otlp": true} {
		tp, stop, err := StartTracing(ctx, func(k string) string { return map[string]string{"OTEL_TRACES_EXPORTER": exporter}[k] })
		if err != nil {
			t.Fatalf("OTEL_TRACES_EXPORTER=%s: %v", exporter, err)
		}
		if (tp != nil) != wantOn {
			t.Errorf("OTEL_TRACES_EXPORTER=%s: provider %v, want one: %v", exporter, tp, wantOn)
		}
		if err := stop(ctx); err != nil {
			t.Errorf("OTEL_TRACES_EXPORTER=%s: stopping: %v", exporter, err)
		}
	}
}
