// Package testapp gives the UI tests Fyne's test app with text
// measurements remembered for the whole test binary. It is for tests only.
//
// Fyne's test app measures text by shaping it with HarfBuzz, and a new
// test app (or a new theme) empties Fyne's own cache of measurements, so
// every test measured the demo's texts again; under the race detector
// that shaping was the largest part of the UI tests' time. A measurement depends only
// on the text, its size and style and the font, so the remembered one is
// the one Fyne would compute.
package testapp

import (
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// New returns a new test app, current until t ends, as test.NewTempApp
// does; its driver measures each text once per test binary.
func New(t testing.TB) fyne.App {
	inner := test.NewTempApp(t)
	a := &app{App: inner, driver: &driver{Driver: inner.Driver()}}
	fyne.SetCurrentApp(a)
	return a
}

// app is a test app whose driver remembers measurements.
type app struct {
	fyne.App
	driver *driver
}

func (a *app) Driver() fyne.Driver { return a.driver }

// driver is the test driver with RenderedTextSize remembered.
type driver struct {
	fyne.Driver
}

// key is what a measurement depends on: the font is the source given or,
// for none, the current theme's font for the style.
type key struct {
	text      string
	size      float32
	style     fyne.TextStyle
	font      string
	fontBytes int
}

// metric is a remembered measurement.
type metric struct {
	size     fyne.Size
	baseline float32
}

var measured sync.Map // key → metric

func (d *driver) RenderedTextSize(text string, size float32, style fyne.TextStyle, source fyne.Resource) (fyne.Size, float32) {
	font := source
	if font == nil {
		font = theme.Current().Font(style)
	}
	k := key{text: text, size: size, style: style}
	if font != nil {
		k.font, k.fontBytes = font.Name(), len(font.Content())
	}
	if m, ok := measured.Load(k); ok {
		return m.(metric).size, m.(metric).baseline
	}
	s, b := d.Driver.RenderedTextSize(text, size, style, source)
	measured.Store(k, metric{s, b})
	return s, b
}
