package middleware

import (
	"encoding/json"
	"net/http"

	"learningapi/graph/model"
)

// writeError answers with a GraphQL-shaped error body, as the executor
// does, so a client reads every refusal the same way.
func writeError(w http.ResponseWriter, status int, code model.ErrorCode, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": code}}},
	})
}
