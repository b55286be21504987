package middleware

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// clientFor sends a request from peer with the X-Forwarded-For headers
// given through ClientAddress, and returns the client it found.
func clientFor(tb testing.TB, proxies, trusted, peer string, forwarded ...string) Client {
	tb.Helper()
	p, err := ParseNetworks(proxies)
	if err != nil {
		tb.Fatal(err)
	}
	tr, err := ParseNetworks(trusted)
	if err != nil {
		tb.Fatal(err)
	}
	var got Client
	h := ClientAddress(p, tr)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { got = ClientOf(r.Context()) }))
	req := httptest.NewRequest(http.MethodPost, "/graphql", nil)
	req.RemoteAddr = peer
	for _, f := range forwarded {
		req.Header.Add("X-Forwarded-For", f)
	}
	h.ServeHTTP(httptest.NewRecorder(), req)
	return got
}

func TestClientAddress(t *testing.T) {
	const proxies = "10.0.0.0/8, 2001:db8:1::/48"
	for _, c := range []struct {
		name, peer string
		forwarded  []string
		want       string
	}{
		{"a direct client", "198.51.100.7:5000", nil, "ip:198.51.100.7"},
		{"a direct client's header is ignored", "198.51.100.7:5000", []string{"203.0.113.1"}, "ip:198.51.100.7"},
		{"through a proxy", "10.1.1.1:443", []string{"203.0.113.1"}, "ip:203.0.113.1"},
		{"the nearest untrusted hop wins", "10.1.1.1:443", []string{"192.0.2.66, 203.0.113.1, 10.2.2.2"}, "ip:203.0.113.1"},
		{"several headers are one list", "10.1.1.1:443", []string{"192.0.2.66", "203.0.113.1"}, "ip:203.0.113.1"},
		{"garbage stops the walk at the proxy", "10.1.1.1:443", []string{"203.0.113.1, not-an-address"}, "ip:10.1.1.1"},
		{"a proxy with no header is the client", "10.1.1.1:443", nil, "ip:10.1.1.1"},
		{"only proxies", "10.1.1.1:443", []string{"10.3.3.3"}, "ip:10.3.3.3"},
		{"IPv6 through an IPv6 proxy, by its /64", "[2001:db8:1::5]:443", []string{"2001:db8:99::1"}, "ip:2001:db8:99::/64"},
		{"another address of the same /64 is the same client", "[2001:db8:99::abcd:1]:443", nil, "ip:2001:db8:99::/64"},
		{"a hop written with its port", "10.1.1.1:443", []string{"203.0.113.1:55000"}, "ip:203.0.113.1"},
		{"an IPv6 hop in brackets, with and without a port", "10.1.1.1:443", []string{"[2001:db8:7::1]:443, [2001:db8:8::1]"}, "ip:2001:db8:8::/64"},
		{"IPv4-mapped addresses are IPv4", "[::ffff:198.51.100.7]:5000", nil, "ip:198.51.100.7"},
		{"an unreadable peer", "nonsense", nil, "ip:unknown"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := clientFor(t, proxies, "", c.peer, c.forwarded...); got.Key != c.want || got.Trusted {
				t.Errorf("client %+v, want %s, untrusted", got, c.want)
			}
		})
	}
	if got := clientFor(t, proxies, "203.0.113.0/24", "10.1.1.1:443", "203.0.113.9"); !got.Trusted {
		t.Errorf("a trusted client through a proxy: %+v, want trusted", got)
	}
	if got := clientFor(t, proxies, "203.0.113.0/24", "198.51.100.7:1", "203.0.113.9"); got.Trusted {
		t.Errorf("a client claiming a trusted address in its own header: %+v, want untrusted", got)
	}
	for _, bad := range []string{"10.0.0.0/33", "10.0.0", "example.com", "10.0.0.0/8/8"} {
		if _, err := ParseNetworks(bad); err == nil {
			t.Errorf("ParseNetworks(%q) accepted it", bad)
		}
	}
}
