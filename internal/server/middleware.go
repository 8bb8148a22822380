package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/kansrijk/brug/internal/viewer"
)

// RequestID returns the id of the HTTP request the context belongs to.
func RequestID(ctx context.Context) string { return viewer.RequestID(ctx) }

var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// requestID gives every request an id, taken from a sane X-Request-Id header
// or made fresh, and echoes it in the response for support and logs.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if !validRequestID.MatchString(id) {
			var b [12]byte
			_, _ = rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(viewer.WithRequestID(r.Context(), id)))
	})
}

// limitBody refuses request bodies over limit bytes with 413 and a GraphQL
// error, before gqlgen reads them.
func limitBody(limit int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > limit {
			sendError(w, http.StatusRequestEntityTooLarge, CodeBadUserInput, fmt.Sprintf("request body is larger than %d bytes", limit))
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				sendError(w, http.StatusRequestEntityTooLarge, CodeBadUserInput, fmt.Sprintf("request body is larger than %d bytes", limit))
				return
			}
			sendError(w, http.StatusBadRequest, CodeBadUserInput, "request body could not be read")
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// sendError writes a GraphQL response holding one error.
func sendError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	transport.SendError(w, status, &gqlerror.Error{
		Message:    message,
		Extensions: map[string]any{"code": code},
	})
}
