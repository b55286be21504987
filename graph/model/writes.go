package model

// ResourcePayload is what createResource and updateResource answer: the
// resource they wrote, by ID (its resolver reads it whole, planned from
// the fields asked for), or the user errors that stopped them.
type ResourcePayload struct {
	// ID is the resource written; 0 when nothing was.
	ID         int64
	UserErrors []*UserError
}
