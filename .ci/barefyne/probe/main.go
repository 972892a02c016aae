// Command probe starts a program on an X11 display and tells how long its
// window took to show its first frame, and how much memory the program
// holds once it has; .ci/bench-app runs Styrgrupp and the bare Fyne app
// (.ci/barefyne) under it.
//
//	probe [-timeout 60s] [-settle 1s] [-poll 5ms] [-name PREFIX] [-log FILE] [-shot FILE.ppm] -- PROGRAM [ARG...]
//
// The first frame is on screen when a window of the program's (its
// _NET_WM_PID, which GLFW sets, or else a title beginning with -name) is
// viewable and its pixels are not all of one colour: before its first
// frame a new window shows its background, one colour (on Xvfb started
// with -br, black). The probe then waits -settle, reads VmRSS and VmHWM
// from /proc/PID/status, ends the program (SIGTERM, then SIGKILL) and
// prints one line:
//
//	MS RSS_KIB HWM_KIB
//
// MS being the milliseconds from starting PROGRAM (fork and exec
// included) to the first frame. The program's output goes to -log; -shot
// keeps the first frame as the probe saw it, to check what it took for one.
// Exit status: 0 when measured, 1 when the program ended or the timeout
// passed before its first frame, 2 on bad usage or no display.
//
// It lives under .ci so that `go build ./...` and `go test ./...` skip it.
package main

/*
#cgo pkg-config: x11
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <X11/Xutil.h>

// A window can go away between the probe finding it and reading it; the
// default handler would end the probe.
static int ignoreErrors(Display *d, XErrorEvent *e) { return 0; }
static void quietErrors(void) { XSetErrorHandler(ignoreErrors); }

static long windowPID(Display *d, Window w, Atom pidAtom) {
	Atom type;
	int format;
	unsigned long n, after;
	unsigned char *data = NULL;
	long pid = 0;
	if (XGetWindowProperty(d, w, pidAtom, 0, 1, False, XA_CARDINAL, &type, &format, &n, &after, &data) == Success && data) {
		if (type == XA_CARDINAL && format == 32 && n == 1)
			pid = *(long *)data;
		XFree(data);
	}
	return pid;
}

static int nameHasPrefix(Display *d, Window w, const char *prefix) {
	char *name = NULL;
	int ok = 0;
	if (prefix[0] && XFetchName(d, w, &name) && name) {
		ok = strncmp(name, prefix, strlen(prefix)) == 0;
		XFree(name);
	}
	return ok;
}

// shot, when set, names a file to write the first frame to, as PPM.
static const char *shot = NULL;
static void setShot(const char *path) { shot = path; }

static void writeShot(XImage *img, int width, int height) {
	FILE *f = fopen(shot, "wb");
	if (!f)
		return;
	fprintf(f, "P6\n%d %d\n255\n", width, height);
	for (int y = 0; y < height; y++)
		for (int x = 0; x < width; x++) {
			unsigned long p = XGetPixel(img, x, y);
			unsigned char rgb[3] = {
				(p & img->red_mask) * 255 / img->red_mask,
				(p & img->green_mask) * 255 / img->green_mask,
				(p & img->blue_mask) * 255 / img->blue_mask,
			};
			fwrite(rgb, 1, 3, f);
		}
	fclose(f);
}

// frameShown tells whether w is viewable with pixels of more than one
// colour.
static int frameShown(Display *d, Window w) {
	XWindowAttributes a;
	if (!XGetWindowAttributes(d, w, &a) || a.map_state != IsViewable || a.width < 2 || a.height < 2)
		return 0;
	XImage *img = XGetImage(d, w, 0, 0, a.width, a.height, AllPlanes, ZPixmap);
	if (!img)
		return 0;
	unsigned long first = XGetPixel(img, 0, 0);
	int shown = 0;
	for (int y = 0; y < a.height && !shown; y++)
		for (int x = 0; x < a.width; x++)
			if (XGetPixel(img, x, y) != first) {
				shown = 1;
				break;
			}
	if (shown && shot && img->red_mask && img->green_mask && img->blue_mask)
		writeShot(img, a.width, a.height);
	XDestroyImage(img);
	return shown;
}

// firstFrame looks through the top-level windows (and their children, for
// a window manager's frames) for one of the program's that shows a frame.
static int firstFrame(Display *d, Window w, int depth, long pid, const char *prefix, Atom pidAtom) {
	if (depth > 0 && (windowPID(d, w, pidAtom) == pid || nameHasPrefix(d, w, prefix)) && frameShown(d, w))
		return 1;
	if (depth >= 2)
		return 0;
	Window root, parent, *kids = NULL;
	unsigned int n = 0;
	if (!XQueryTree(d, w, &root, &parent, &kids, &n))
		return 0;
	int found = 0;
	for (unsigned int i = 0; i < n && !found; i++)
		found = firstFrame(d, kids[i], depth + 1, pid, prefix, pidAtom);
	if (kids)
		XFree(kids);
	return found;
}

static int probe(Display *d, long pid, const char *prefix) {
	Atom pidAtom = XInternAtom(d, "_NET_WM_PID", False);
	return firstFrame(d, DefaultRootWindow(d), 0, pid, prefix, pidAtom);
}
*/
import "C"

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

func main() {
	timeout := flag.Duration("timeout", 60*time.Second, "how long to wait for the first frame")
	settle := flag.Duration("settle", time.Second, "how long to wait after the first frame before reading the memory")
	poll := flag.Duration("poll", 5*time.Millisecond, "pause between looks at the screen")
	name := flag.String("name", "", "also take a window whose title begins with this for the program's")
	logFile := flag.String("log", os.DevNull, "file for the program's output")
	shot := flag.String("shot", "", "write the first frame to this file, as PPM")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: probe [flags] -- PROGRAM [ARG...]")
		os.Exit(2)
	}

	d := C.XOpenDisplay(nil)
	if d == nil {
		fmt.Fprintf(os.Stderr, "probe: cannot open display %q\n", os.Getenv("DISPLAY"))
		os.Exit(2)
	}
	defer C.XCloseDisplay(d)
	C.quietErrors()
	prefix := C.CString(*name)
	defer C.free(unsafe.Pointer(prefix))
	if *shot != "" {
		path := C.CString(*shot)
		defer C.free(unsafe.Pointer(path))
		C.setShot(path)
	}

	out, err := os.Create(*logFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "probe:", err)
		os.Exit(2)
	}
	defer out.Close()
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdout, cmd.Stderr = out, out
	exited := make(chan error, 1)

	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "probe:", err)
		os.Exit(2)
	}
	go func() { exited <- cmd.Wait() }()
	pid := C.long(cmd.Process.Pid)

	deadline := t0.Add(*timeout)
	var shown time.Duration
	for {
		if C.probe(d, pid, prefix) != 0 {
			shown = time.Since(t0)
			break
		}
		select {
		case err := <-exited:
			fmt.Fprintf(os.Stderr, "probe: %s ended before its first frame: %v (see %s)\n", flag.Arg(0), err, *logFile)
			os.Exit(1)
		default:
		}
		if time.Now().After(deadline) {
			fmt.Fprintf(os.Stderr, "probe: no frame from %s in %s\n", flag.Arg(0), *timeout)
			stop(cmd, exited)
			os.Exit(1)
		}
		time.Sleep(*poll)
	}

	time.Sleep(*settle)
	rss, hwm, err := memory(cmd.Process.Pid)
	if err != nil {
		fmt.Fprintf(os.Stderr, "probe: %s: %v\n", flag.Arg(0), err)
		stop(cmd, exited)
		os.Exit(1)
	}
	stop(cmd, exited)
	fmt.Printf("%.1f %d %d\n", float64(shown.Microseconds())/1000, rss, hwm)
}

// memory reads VmRSS and VmHWM, in KiB, from /proc/PID/status.
func memory(pid int) (rss, hwm int64, err error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		var n int64
		fmt.Sscanf(strings.TrimSpace(v), "%d", &n)
		switch k {
		case "VmRSS":
			rss = n
		case "VmHWM":
			hwm = n
		}
	}
	if rss == 0 {
		return 0, 0, fmt.Errorf("no VmRSS in /proc/%d/status (has it ended?)", pid)
	}
	return rss, hwm, sc.Err()
}

// stop ends the program: SIGTERM, and SIGKILL if it has not ended 10 s
// later.
func stop(cmd *exec.Cmd, exited chan error) {
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-exited
	}
}
