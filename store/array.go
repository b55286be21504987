package store

import "github.com/lib/pq"

// int64Array passes a list of ids as one array parameter, for = ANY($n).
func int64Array(ids []int64) any { return pq.Array(ids) }

// stringArray passes a list of strings as one array parameter.
func stringArray(s []string) any { return pq.StringArray(s) }
