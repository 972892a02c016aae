package pgproxy_test

import (
	"bufio"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/internal/pgproxy"
)

// echo starts a server that answers each line with the same line; lines
// counts the lines it has read.
func echo(t *testing.T) (addr string, lines *atomic.Int64) {
	lines = new(atomic.Int64)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					lines.Add(1)
					c.Write([]byte(line))
				}
			}()
		}
	}()
	return ln.Addr().String(), lines
}

func TestProxyDelaysCountsAndCuts(t *testing.T) {
	addr, _ := echo(t)
	p, err := pgproxy.Start(addr)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.Delay = 20 * time.Millisecond
	c, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(c)
	start := time.Now()
	for i := 0; i < 3; i++ {
		c.Write([]byte("ping\n"))
		if line, err := r.ReadString('\n'); err != nil || line != "ping\n" {
			t.Fatalf("echo %d: %q, %v", i, line, err)
		}
	}
	if took := time.Since(start); took < 3*2*p.Delay {
		t.Errorf("3 round trips with %v each way took %v", p.Delay, took)
	}
	if n := p.RoundTrips(); n != 3 {
		t.Errorf("RoundTrips = %d, want 3", n)
	}

	p.Cut()
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
	if _, err := r.ReadString('\n'); err == nil {
		t.Error("a cut connection still reads")
	}
	if c2, err := net.Dial("tcp", p.Addr()); err == nil {
		c2.SetReadDeadline(time.Now().Add(2 * time.Second))
		if _, err := bufio.NewReader(c2).ReadString('\n'); err == nil {
			t.Error("a new connection is let through while cut")
		}
		c2.Close()
	}

	p.Resume()
	c3, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c3.Close()
	c3.Write([]byte("back\n"))
	c3.SetReadDeadline(time.Now().Add(2 * time.Second))
	if line, err := bufio.NewReader(c3).ReadString('\n'); err != nil || line != "back\n" {
		t.Errorf("after Resume: %q, %v", line, err)
	}
}

// CutAfter(n) lets n round trips through and cuts the next one before it
// reaches the server; Resume lets new connections through again.
func TestProxyCutsAfterRoundTrips(t *testing.T) {
	addr, lines := echo(t)
	p, err := pgproxy.Start(addr)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	c, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	p.CutAfter(2)
	for i := 0; i < 2; i++ {
		c.Write([]byte("ping\n"))
		if line, err := r.ReadString('\n'); err != nil || line != "ping\n" {
			t.Fatalf("round trip %d before the cut: %q, %v", i+1, line, err)
		}
		if p.Down() {
			t.Fatalf("down after %d round trips", i+1)
		}
	}
	c.Write([]byte("lost\n"))
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
	if line, err := r.ReadString('\n'); err == nil {
		t.Errorf("the third round trip was answered: %q", line)
	}
	if !p.Down() {
		t.Error("not down after the planned cut")
	}
	if n := lines.Load(); n != 2 {
		t.Errorf("the server read %d lines, want the 2 before the cut", n)
	}

	p.Resume()
	c2, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	r2 := bufio.NewReader(c2)
	c2.SetReadDeadline(time.Now().Add(2 * time.Second))
	for i := 0; i < 4; i++ {
		c2.Write([]byte("back\n"))
		if line, err := r2.ReadString('\n'); err != nil || line != "back\n" {
			t.Fatalf("after Resume, round trip %d: %q, %v", i+1, line, err)
		}
	}
}
