package middleware

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Client is who sent a request, as far as limits are concerned: the
// address it came from and whether that address is one of the trusted
// clients (SCIE's website servers), which get their own, larger budget.
type Client struct {
	// Key names the client in the limiters' tables ("ip:192.0.2.1"; an API
	// key will name its holder the same way).
	Key string
	// Trusted is true for a configured trusted client.
	Trusted bool
}

type clientKey struct{}

// ClientOf returns the client ClientAddress found for ctx's request; a
// request that did not pass through it is one anonymous, untrusted client.
func ClientOf(ctx context.Context) Client {
	if c, ok := ctx.Value(clientKey{}).(Client); ok {
		return c
	}
	return Client{Key: "ip:unknown"}
}

// Networks is a list of address ranges (CIDR prefixes, or single
// addresses).
type Networks []netip.Prefix

// ParseNetworks reads a comma-separated list such as
// "10.0.0.0/8, 192.0.2.7"; an empty string is no networks.
func ParseNetworks(s string) (Networks, error) {
	var out Networks
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if p, err := netip.ParsePrefix(part); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(part)
		if err != nil {
			return nil, fmt.Errorf("%q is neither an address nor a CIDR range such as 10.0.0.0/8", part)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, nil
}

// Contains reports whether a lies in any of the networks.
func (n Networks) Contains(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range n {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// ClientAddress works out which client sent each request. The address is
// the connection's peer, unless the peer is one of the trusted proxies (a
// load balancer or CDN in front of the API): then it is the nearest
// address in X-Forwarded-For that is not itself a trusted proxy. A client
// cannot choose its own address by sending X-Forwarded-For straight to the
// API, because the header is read only from trusted proxies.
func ClientAddress(proxies, trusted Networks) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			a := clientAddr(r, proxies)
			c := Client{Key: "ip:unknown"}
			if a.IsValid() {
				c = Client{Key: "ip:" + clientNetwork(a), Trusted: trusted.Contains(a)}
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), clientKey{}, c)))
		})
	}
}

func clientAddr(r *http.Request, proxies Networks) netip.Addr {
	peer := parseHost(r.RemoteAddr)
	if !peer.IsValid() || !proxies.Contains(peer) {
		return peer
	}
	// Each proxy appends the address it received from, so the list is read
	// from its end; several headers count as one list, in order.
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		// Some proxies write a hop as address:port or [IPv6]:port.
		a := parseHost(strings.TrimSpace(hops[i]))
		if !a.IsValid() {
			// A hop that is not an address cannot be trusted further; the
			// last trusted proxy is the client as far as we can tell.
			return peer
		}
		if !proxies.Contains(a) {
			return a
		}
		peer = a
	}
	return peer
}

// clientNetwork names the client an address belongs to: an IPv4 address
// itself, but for IPv6 its /64, the network one subscriber or host is
// given, whose other 2^64 addresses it could otherwise use as so many
// clients.
func clientNetwork(a netip.Addr) string {
	if a.Is4() {
		return a.String()
	}
	return netip.PrefixFrom(a, 64).Masked().String()
}

// parseHost reads the address of a host:port, or an invalid address.
func parseHost(hostport string) netip.Addr {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = strings.TrimSuffix(strings.TrimPrefix(hostport, "["), "]")
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	return a.Unmap()
}

// Set replaces the networks with those of a comma-separated list, so a
// Networks is a flag.Value.
func (n *Networks) Set(s string) error {
	parsed, err := ParseNetworks(s)
	if err != nil {
		return err
	}
	*n = parsed
	return nil
}

// String lists the networks as Set reads them.
func (n *Networks) String() string {
	if n == nil {
		return ""
	}
	parts := make([]string, len(*n))
	for i, p := range *n {
		parts[i] = p.String()
	}
	return strings.Join(parts, ",")
}
