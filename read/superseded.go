package read

import "context"

// SupersededFunc hears of a look-up by a code that is no longer current:
// code was asked for, and the record found now has current.
type SupersededFunc func(code, current string)

type supersededKey struct{}

// OnSuperseded returns a context in which look-ups by a former code call
// f, so that the API can tell the client the code is superseded.
func OnSuperseded(ctx context.Context, f SupersededFunc) context.Context {
	return context.WithValue(ctx, supersededKey{}, f)
}

// supersededFrom returns the context's SupersededFunc, or one that does
// nothing.
func supersededFrom(ctx context.Context) SupersededFunc {
	if f, ok := ctx.Value(supersededKey{}).(SupersededFunc); ok {
		return f
	}
	return func(string, string) {}
}
