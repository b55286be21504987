package middleware

// IsMutation lets the external tests ask, as CheckRequest does, whether a
// query runs a mutation or subscription.
var IsMutation = isMutation
