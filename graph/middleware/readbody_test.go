package middleware_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"learningapi/graph/middleware"
	"learningapi/graph/model"
)

// jsonOf returns a JSON request body exactly n bytes long.
func jsonOf(tb testing.TB, n int) string {
	tb.Helper()
	const frame = `{"query":""}`
	if n < len(frame) {
		tb.Fatalf("a JSON body cannot be %d bytes", n)
	}
	return `{"query":"` + strings.Repeat("a", n-len(frame)) + `"}`
}

// TestReadBodyRefusesBodiesOverTheLimit checks a body over the limit is
// answered 413 naming the limit, whether its Content-Length says so, it
// gives none, or it lies, and that the handler behind never runs.
func TestReadBodyRefusesBodiesOverTheLimit(t *testing.T) {
	const limit = 1024
	declared := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(jsonOf(t, limit+1)))
	unknown := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(jsonOf(t, limit+1)))
	unknown.ContentLength = -1
	lying := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(jsonOf(t, 3*limit)))
	lying.ContentLength = 20
	// Declared too large: refused before a byte is read.
	huge := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{}`))
	huge.ContentLength = limit + 1
	for name, req := range map[string]*http.Request{"declared": declared, "unknown length": unknown, "lying": lying, "huge": huge} {
		next := &reached{}
		r := serve(t, middleware.ReadBody(limit, nil), next, req)
		wantRefusal(t, r, http.StatusRequestEntityTooLarge, model.ErrorCodeBadRequest, "over the limit of 1,024 bytes")
		if next.ran {
			t.Errorf("%s: the handler ran behind a 413", name)
		}
	}
}

// TestReadBodyPassesBodiesAtTheLimit checks a body exactly at the limit
// reaches the handler whole, and can be read there.
func TestReadBodyPassesBodiesAtTheLimit(t *testing.T) {
	for _, limit := range []int64{0, 64} {
		sent := jsonOf(t, 64)
		var got string
		next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			b, err := io.ReadAll(r.Body)
			if err != nil {
				t.Errorf("limit %d: reading the body behind: %v", limit, err)
			}
			got = string(b)
		})
		r := serve(t, middleware.ReadBody(limit, nil), next, httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(sent)))
		if r.Status != http.StatusOK || got != sent {
			t.Errorf("limit %d: status %d, handler read %q, want %q", limit, r.Status, got, sent)
		}
	}
}

// TestReadBodyRefusesWhatIsNotJSON checks a body that is not one JSON
// value is answered 400 before the handler runs.
func TestReadBodyRefusesWhatIsNotJSON(t *testing.T) {
	for _, body := range []string{"", "query { x }", `{"query":"x"`, `{"a":1} {"b":2}`} {
		next := &reached{}
		r := serve(t, middleware.ReadBody(1024, nil), next, httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body)))
		wantRefusal(t, r, http.StatusBadRequest, model.ErrorCodeBadRequest, "the request body is not valid JSON for a GraphQL request")
		if next.ran {
			t.Errorf("body %q: the handler ran behind a 400", body)
		}
	}
}

// countingReader gives n spaces and counts how many were read.
type countingReader struct{ left, read int }

func (c *countingReader) Read(p []byte) (int, error) {
	if c.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), c.left)
	for i := range p[:n] {
		p[i] = ' '
	}
	c.left -= n
	c.read += n
	return n, nil
}

// TestReadBodyStopsReadingAtTheLimit checks a body of unknown length is
// read only one byte past the limit, however much more is sent.
func TestReadBodyStopsReadingAtTheLimit(t *testing.T) {
	const limit, drain = 1024, 8 << 20
	body := &countingReader{left: 64 << 20}
	req := httptest.NewRequest(http.MethodPost, "/graphql", body)
	req.ContentLength = -1
	r := serve(t, middleware.ReadBody(limit, nil), &reached{}, req)
	// Up to the limit and one byte more, then at most drain bytes thrown
	// away before answering (see TestReadBodyAnswers413ToAClientStillSending).
	if r.Status != http.StatusRequestEntityTooLarge || body.read > limit+1+drain {
		t.Errorf("status %d after reading %d bytes, want 413 after at most %d", r.Status, body.read, limit+1+drain)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

// TestReadBodyReportsAnUnreadableBody checks a body that breaks off is
// answered 400.
func TestReadBodyReportsAnUnreadableBody(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/graphql", failingReader{})
	r := serve(t, middleware.ReadBody(1024, nil), &reached{}, req)
	wantRefusal(t, r, http.StatusBadRequest, model.ErrorCodeBadRequest, "the request body could not be read")
}

// TestReadBodyLeavesOtherMethodsAlone checks a GET passes untouched,
// whatever its body.
func TestReadBodyLeavesOtherMethodsAlone(t *testing.T) {
	next := &reached{}
	r := serve(t, middleware.ReadBody(4, nil), next, httptest.NewRequest(http.MethodGet, "/graphql?query={x}", strings.NewReader("not json at all")))
	if !next.ran || r.Status != http.StatusOK {
		t.Errorf("GET: handler ran %v, status %d", next.ran, r.Status)
	}
}

// TestReadBodyAnswers413ToAClientStillSending sends a body over the limit
// over a real connection, all of it before reading the answer, as simple
// clients do: the client must get the 413, not a connection closed under
// it mid-upload.
func TestReadBodyAnswers413ToAClientStillSending(t *testing.T) {
	srv := httptest.NewServer(middleware.ReadBody(1024, nil)(&reached{}))
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := bytes.Repeat([]byte("x"), 4<<20)
	head := fmt.Sprintf("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", len(body))
	if _, err := conn.Write(append([]byte(head), body...)); err != nil {
		t.Fatalf("sending a 4 MiB body: %v (the server closed the connection before reading it)", err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("reading the answer: %v", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", res.StatusCode)
	}
}

// TestReadBodyRefusesARequestWithNoOperation checks a body that names no
// operation (no query and no persisted query's hash) is answered 400,
// and one that names one passes.
func TestReadBodyRefusesARequestWithNoOperation(t *testing.T) {
	for _, body := range []string{`{}`, `{"variables":{}}`, `{"query":""}`, `{"query":null}`, `{"operationName":"A"}`} {
		r := serve(t, middleware.ReadBody(1024, nil), &reached{}, httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body)))
		wantRefusal(t, r, http.StatusBadRequest, model.ErrorCodeBadRequest, "the request has no query")
	}
	for _, body := range []string{`{"query":"{ regions { name } }"}`, `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}`} {
		next := &reached{}
		serve(t, middleware.ReadBody(1024, nil), next, httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body)))
		if !next.ran {
			t.Errorf("%s did not reach the endpoint", body)
		}
	}
}
