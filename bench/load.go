package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// target is a server the mix is sent to.
type target struct {
	name  string
	url   string // the GraphQL endpoint
	reads map[string]Read
	// statements, when known, reports the SQL statements the server ran for
	// the requests whose IDs start with a prefix.
	statements func(prefix string) (perRequest float64, ok bool)
	// cpu, when known, reports the server process's CPU time so far.
	cpu func() time.Duration
}

// result is one run of one read against one target.
type result struct {
	requests  int
	elapsed   time.Duration
	latencies []time.Duration
	failure   error
	// serverCPU and postgresCPU are the CPU time the server (when known)
	// and PostgreSQL spent during the run.
	serverCPU, postgresCPU time.Duration
}

func (r result) perSecond() float64 { return float64(r.requests) / r.elapsed.Seconds() }

func (r result) percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	sorted := slices.Clone(r.latencies)
	slices.Sort(sorted)
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*p))]
}

var runSeq atomic.Int64

// drive sends body to url from clients concurrent clients for d, after
// warming up for warm, and checks every answer: status 200, no errors, and
// the same bytes as the first answer. It returns the measured part (with
// the CPU time the server, when known, and PostgreSQL spent on it) and the
// request-ID prefix its requests carried.
func drive(ctx context.Context, client *http.Client, t target, body []byte, clients int, warm, d time.Duration) (result, string) {
	url := t.url
	prefix := "bench" + strconv.FormatInt(runSeq.Add(1), 10) + "-"
	var (
		mu        sync.Mutex
		want      []byte
		failure   error
		latencies []time.Duration
		seq       atomic.Int64
	)
	fail := func(err error) {
		mu.Lock()
		if failure == nil {
			failure = err
		}
		mu.Unlock()
	}
	send := func(measured bool) (time.Duration, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return 0, err
		}
		req.Header.Set("Content-Type", "application/json")
		if measured {
			req.Header.Set("X-Request-ID", prefix+strconv.FormatInt(seq.Add(1), 10))
		}
		start := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		got, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		took := time.Since(start)
		if err != nil {
			return 0, err
		}
		if resp.StatusCode != http.StatusOK || bytes.Contains(got, []byte(`"errors"`)) {
			return 0, fmt.Errorf("status %d: %.300s", resp.StatusCode, got)
		}
		mu.Lock()
		defer mu.Unlock()
		if want == nil {
			want = got
		} else if !bytes.Equal(got, want) {
			return 0, fmt.Errorf("answers differ between requests:\n%.300s\n%.300s", want, got)
		}
		return took, nil
	}
	loop := func(until time.Time, measured bool) {
		var wg sync.WaitGroup
		for range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var mine []time.Duration
				for time.Now().Before(until) && ctx.Err() == nil {
					took, err := send(measured)
					if err != nil {
						fail(err)
						return
					}
					mine = append(mine, took)
				}
				if measured {
					mu.Lock()
					latencies = append(latencies, mine...)
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
	}
	loop(time.Now().Add(warm), false)
	pg := startPostgresCPU()
	var cpu0 time.Duration
	if t.cpu != nil {
		cpu0 = t.cpu()
	}
	start := time.Now()
	loop(start.Add(d), true)
	r := result{requests: len(latencies), elapsed: time.Since(start), latencies: latencies, failure: failure, postgresCPU: pg.spent()}
	if t.cpu != nil {
		r.serverCPU = t.cpu() - cpu0
	}
	return r, prefix
}
