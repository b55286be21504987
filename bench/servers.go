package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// child is a server the benchmark started: this program, run again.
type child struct {
	cmd  *exec.Cmd
	addr string
	logs *requestLogs
}

// startChild runs this program with args and env added to the
// environment, and waits until it answers on addr.
func startChild(ctx context.Context, args, env []string, addr string) (*child, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Env = append(os.Environ(), env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &child{cmd: cmd, addr: addr, logs: newRequestLogs()}
	go c.logs.read(stderr)
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return c, nil
			}
		}
		if cmd.ProcessState != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	c.stop()
	return nil, fmt.Errorf("%s %s did not start: %s", exe, strings.Join(args, " "), c.logs.tail())
}

func (c *child) stop() {
	if c.cmd.Process != nil {
		_ = c.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = c.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = c.cmd.Process.Kill()
		}
	}
}

// cpu is the CPU time the child has used.
func (c *child) cpu() time.Duration { return processCPU(c.cmd.Process.Pid) }

// requestLogs gathers the statement counts of the requests a server logs.
type requestLogs struct {
	mu     sync.Mutex
	counts map[string][2]int64 // request-ID prefix -> requests, statements
	last   []string
}

func newRequestLogs() *requestLogs { return &requestLogs{counts: map[string][2]int64{}} }

func (l *requestLogs) read(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var line struct {
			Msg           string `json:"msg"`
			RequestID     string `json:"request_id"`
			SQLStatements int64  `json:"sql_statements"`
		}
		text := sc.Text()
		l.mu.Lock()
		if len(l.last) == 20 {
			l.last = l.last[1:]
		}
		l.last = append(l.last, text)
		if json.Unmarshal([]byte(text), &line) == nil && line.Msg == "request" {
			if i := strings.LastIndexByte(line.RequestID, '-'); i > 0 {
				c := l.counts[line.RequestID[:i+1]]
				l.counts[line.RequestID[:i+1]] = [2]int64{c[0] + 1, c[1] + line.SQLStatements}
			}
		}
		l.mu.Unlock()
	}
}

// statements is the mean number of statements per request of the requests
// whose IDs start with prefix. The server logs a request as it ends, so
// this waits briefly for the last lines.
func (l *requestLogs) statements(prefix string, requests int) (float64, bool) {
	for range 100 {
		l.mu.Lock()
		c := l.counts[prefix]
		l.mu.Unlock()
		if c[0] >= int64(requests) && c[0] > 0 {
			return float64(c[1]) / float64(c[0]), true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return 0, false
}

func (l *requestLogs) tail() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.last, "\n")
}

// freeAddr finds an unused port on 127.0.0.1.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// processCPU reads a process's user and system time from /proc; zero where
// there is no /proc.
func processCPU(pid int) time.Duration {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// The command name, in parentheses, may hold spaces; fields follow it.
	s := string(data)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(utime+stime) * time.Second / clockTicks
}

// clockTicks is the kernel's USER_HZ, 100 on Linux.
const clockTicks = 100

// postgresCPU measures the CPU time PostgreSQL's processes on this machine
// spend while it runs: it samples every process's time now and then, so
// that a connection closed during the run still counts up to its last
// sample.
type postgresCPU struct {
	mu    sync.Mutex
	first map[int]time.Duration
	last  map[int]time.Duration
	stop  chan struct{}
	done  chan struct{}
}

func startPostgresCPU() *postgresCPU {
	p := &postgresCPU{first: postgresProcesses(), stop: make(chan struct{}), done: make(chan struct{})}
	p.last = p.first
	go func() {
		defer close(p.done)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-tick.C:
				p.sample()
			}
		}
	}()
	return p
}

func (p *postgresCPU) sample() {
	now := postgresProcesses()
	p.mu.Lock()
	defer p.mu.Unlock()
	merged := make(map[int]time.Duration, len(now))
	for pid, t := range p.last {
		merged[pid] = t
	}
	for pid, t := range now {
		merged[pid] = t
	}
	p.last = merged
}

// spent stops the sampling and returns the CPU time spent since the start.
func (p *postgresCPU) spent() time.Duration {
	p.sample()
	close(p.stop)
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	var total time.Duration
	for pid, t := range p.last {
		total += t - p.first[pid]
	}
	return total
}

// postgresProcesses reads the CPU time of each PostgreSQL process.
func postgresProcesses() map[int]time.Duration {
	out := map[int]time.Duration{}
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return out
	}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		comm, err := os.ReadFile("/proc/" + e.Name() + "/comm")
		if err != nil || strings.TrimSpace(string(comm)) != "postgres" {
			continue
		}
		out[pid] = processCPU(pid)
	}
	return out
}
