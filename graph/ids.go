package graph

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Global IDs are "Type:id" in unpadded URL-safe base64. They are opaque to
// clients; the type tells node() which table to read.

func globalID(typeName string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(typeName + ":" + strconv.FormatInt(id, 10)))
}

// parseGlobalID splits a global ID into its type and row id.
func parseGlobalID(s string) (string, int64, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return "", 0, badInput("%q is not a valid ID: IDs are opaque strings returned by this API", s)
	}
	typeName, num, ok := strings.Cut(string(raw), ":")
	id, err := strconv.ParseInt(num, 10, 64)
	if !ok || err != nil || id <= 0 || typeName == "" {
		return "", 0, badInput("%q is not a valid ID: IDs are opaque strings returned by this API", s)
	}
	return typeName, id, nil
}
