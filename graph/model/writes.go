package model

// ResourcePayload is what createResource and updateResource answer: the
// resource they wrote, by slug (its resolver reads it whole, planned from
// the fields asked for), or the user errors that stopped them.
type ResourcePayload struct {
	// Slug names the resource written; empty when nothing was.
	Slug       string
	UserErrors []*UserError
}
