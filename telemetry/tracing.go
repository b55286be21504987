package telemetry

import (
	"context"
	"fmt"
	"strings"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// ServiceName names the API in traces unless OTEL_SERVICE_NAME (or
// service.name in OTEL_RESOURCE_ATTRIBUTES) says otherwise.
const ServiceName = "scie-learning-api"

// StartTracing sets tracing up as the standard OTEL_* variables ask, read
// through getenv: off unless OTEL_TRACES_EXPORTER is otlp, or an OTLP
// endpoint is set and OTEL_TRACES_EXPORTER is not none; always off with
// OTEL_SDK_DISABLED=true. Spans go over OTLP/HTTP in batches. The
// OpenTelemetry SDK reads the rest itself from the process's environment:
// the endpoint, headers and timeout (OTEL_EXPORTER_OTLP_*), the sampler
// (OTEL_TRACES_SAMPLER, OTEL_TRACES_SAMPLER_ARG), the batching (OTEL_BSP_*)
// and the resource (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES).
//
// It returns nil when tracing is off, and stop, which sends what is left
// and stops the exporter; call it on shutdown.
func StartTracing(ctx context.Context, getenv func(string) string) (provider trace.TracerProvider, stop func(context.Context) error, err error) {
	stop = func(context.Context) error { return nil }
	on, err := tracingWanted(getenv)
	if err != nil || !on {
		return nil, stop, err
	}
	exporter, err := otlptracehttp.New(ctx)
	if err != nil {
		return nil, stop, fmt.Errorf("tracing: %w", err)
	}
	res, err := resource.New(ctx,
		resource.WithAttributes(attribute.String("service.name", ServiceName)),
		resource.WithTelemetrySDK(),
		resource.WithFromEnv(), // last, so that its service name wins
	)
	if err != nil {
		return nil, stop, fmt.Errorf("tracing: OTEL_RESOURCE_ATTRIBUTES or OTEL_SERVICE_NAME: %w", err)
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter), sdktrace.WithResource(res))
	return tp, tp.Shutdown, nil
}

// tracingWanted reports whether the OTEL_* variables turn tracing on, and
// refuses settings this build cannot honour rather than ignoring them.
func tracingWanted(getenv func(string) string) (bool, error) {
	env := func(name string) string { return strings.TrimSpace(getenv(name)) }
	if strings.EqualFold(env("OTEL_SDK_DISABLED"), "true") {
		return false, nil
	}
	on := false
	switch exporter := env("OTEL_TRACES_EXPORTER"); exporter {
	case "otlp":
		on = true
	case "none":
		return false, nil
	case "":
		on = env("OTEL_EXPORTER_OTLP_ENDPOINT") != "" || env("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") != ""
	default:
		return false, fmt.Errorf("OTEL_TRACES_EXPORTER must be otlp or none (got %q)", exporter)
	}
	name := "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"
	if env(name) == "" {
		name = "OTEL_EXPORTER_OTLP_PROTOCOL"
	}
	if p := env(name); on && p != "" && p != "http/protobuf" {
		return false, fmt.Errorf("%s must be http/protobuf, the only OTLP protocol this build sends (got %q)", name, p)
	}
	return on, nil
}
