// Package pgproxy is a TCP proxy for tests and benchmarks of the shared
// store: it stands between the program and PostgreSQL, delays what passes
// each way (a member's laptop is not beside the server), counts round
// trips, and can cut every connection and refuse new ones, as a server
// that goes down does, then let them through again.
package pgproxy

import (
	"net"
	"net/url"
	"sync"
	"sync/atomic"
	"time"
)

// Proxy forwards connections from its own address to a target address.
type Proxy struct {
	target string
	ln     net.Listener
	// Delay is added to every chunk of bytes in each direction; set it
	// before connections are made.
	Delay time.Duration

	roundTrips atomic.Int64
	down       atomic.Bool
	mu         sync.Mutex
	conns      map[net.Conn]struct{}
	wg         sync.WaitGroup

	// cutAt, when not 0, is the round trip at whose start Cut is called.
	cutAt atomic.Int64
}

// Start listens on a free port of 127.0.0.1 and forwards to target
// (host:port).
func Start(target string) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &Proxy{target: target, ln: ln, conns: map[net.Conn]struct{}{}}
	p.wg.Add(1)
	go p.accept()
	return p, nil
}

// Addr is the proxy's host:port.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// URL returns rawURL (a postgres:// URL) with its host replaced by the
// proxy's, so a store opened on it goes through the proxy.
func (p *Proxy) URL(rawURL string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", err
	}
	u.Host = p.Addr()
	return u.String(), nil
}

// RoundTrips is the number of round trips made through the proxy so far:
// each time the client sends after the server has answered (or sends
// first on a new connection) counts one.
func (p *Proxy) RoundTrips() int64 { return p.roundTrips.Load() }

// Cut closes every open connection and refuses new ones until Resume:
// to the program, the server went away.
func (p *Proxy) Cut() {
	p.down.Store(true)
	p.mu.Lock()
	for c := range p.conns {
		c.Close()
	}
	p.mu.Unlock()
}

// CutAfter lets n more round trips through and cuts (Cut) when the
// client starts the one after them, before any of it reaches the server:
// the server goes away between two statements, or before a commit.
func (p *Proxy) CutAfter(n int64) { p.cutAt.Store(p.roundTrips.Load() + n + 1) }

// Down reports whether the proxy is cut: by Cut, or by CutAfter once its
// round trips have passed.
func (p *Proxy) Down() bool { return p.down.Load() }

// Resume lets connections through again after Cut, and forgets a cut
// that CutAfter planned and that has not come.
func (p *Proxy) Resume() {
	p.cutAt.Store(0)
	p.down.Store(false)
}

// Close stops listening and closes every connection.
func (p *Proxy) Close() error {
	err := p.ln.Close()
	p.Cut()
	p.wg.Wait()
	return err
}

func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		if p.down.Load() {
			c.Close()
			continue
		}
		p.wg.Add(1)
		go p.serve(c)
	}
}

// serve forwards one connection both ways until either side closes it.
func (p *Proxy) serve(client net.Conn) {
	defer p.wg.Done()
	server, err := net.Dial("tcp", p.target)
	if err != nil {
		client.Close()
		return
	}
	if !p.track(client, server) {
		return
	}
	defer p.untrack(client, server)
	// answered is set when the server has sent since the client last did:
	// the client's next send starts a new round trip.
	var answered atomic.Bool
	answered.Store(true)
	done := make(chan struct{}, 2)
	go func() {
		p.pipe(server, client, func() {
			if answered.Swap(false) && p.roundTrips.Add(1) == p.cutAt.Load() {
				p.Cut()
			}
		})
		done <- struct{}{}
	}()
	go func() {
		p.pipe(client, server, func() { answered.Store(true) })
		done <- struct{}{}
	}()
	<-done
	client.Close()
	server.Close()
	<-done
}

// pipe copies from src to dst, calling onChunk for each chunk read,
// before it is passed on (a Cut there keeps it from dst); a chunk is
// written Delay after it was read, as on a slow link, without holding up
// the reading of the next.
func (p *Proxy) pipe(dst, src net.Conn, onChunk func()) {
	type chunk struct {
		data []byte
		due  time.Time
	}
	queue := make(chan chunk, 1024)
	go func() {
		defer close(queue)
		buf := make([]byte, 64<<10)
		for {
			n, err := src.Read(buf)
			if n > 0 {
				onChunk()
				queue <- chunk{append([]byte(nil), buf[:n]...), time.Now().Add(p.Delay)}
			}
			if err != nil {
				return
			}
		}
	}()
	for c := range queue {
		time.Sleep(time.Until(c.due))
		if _, err := dst.Write(c.data); err != nil {
			src.Close()
			for range queue {
			}
			return
		}
	}
}

func (p *Proxy) track(cs ...net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.down.Load() {
		for _, c := range cs {
			c.Close()
		}
		return false
	}
	for _, c := range cs {
		p.conns[c] = struct{}{}
	}
	return true
}

func (p *Proxy) untrack(cs ...net.Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range cs {
		delete(p.conns, c)
	}
}
