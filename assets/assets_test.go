package assets

import (
	"bytes"
	"image"
	"image/color"
	_ "image/png"
	"testing"
)

func decodeIcon(t *testing.T, name string, data []byte) image.Image {
	t.Helper()
	img, format, err := image.Decode(bytes.NewReader(data))
	if err != nil || format != "png" {
		t.Fatalf("%s: %v (format %q), want a PNG", name, err, format)
	}
	return img
}

// The windows' icon is the application icon at half its size: 256 × 256,
// the same picture.
func TestWindowIconIsTheIconAt256(t *testing.T) {
	big := decodeIcon(t, "icon.png", Icon)
	small := decodeIcon(t, "icon-256.png", WindowIcon)
	if b := big.Bounds(); b.Dx() != 512 || b.Dy() != 512 {
		t.Fatalf("icon.png is %v, want 512 × 512", b.Size())
	}
	if b := small.Bounds(); b.Dx() != 256 || b.Dy() != 256 {
		t.Fatalf("icon-256.png is %v, want 256 × 256", b.Size())
	}
	for y := 8; y < 256; y += 16 {
		for x := 8; x < 256; x += 16 {
			a := blockOf(big, 2*x, 2*y)
			b := color.RGBAModel.Convert(small.At(x, y)).(color.RGBA)
			if far(a.R, b.R) || far(a.G, b.G) || far(a.B, b.B) || far(a.A, b.A) {
				t.Fatalf("at (%d, %d) icon-256.png is %v, icon.png %v at twice that: not the same picture", x, y, b, a)
			}
		}
	}
}

// blockOf is the mean of the 2 × 2 pixels of img from (x, y),
// premultiplied: a transparent pixel's colour does not count.
func blockOf(img image.Image, x, y int) color.RGBA {
	var sum [4]int
	for _, p := range []image.Point{{x, y}, {x + 1, y}, {x, y + 1}, {x + 1, y + 1}} {
		c := color.RGBAModel.Convert(img.At(p.X, p.Y)).(color.RGBA)
		sum[0], sum[1], sum[2], sum[3] = sum[0]+int(c.R), sum[1]+int(c.G), sum[2]+int(c.B), sum[3]+int(c.A)
	}
	return color.RGBA{R: uint8(sum[0] / 4), G: uint8(sum[1] / 4), B: uint8(sum[2] / 4), A: uint8(sum[3] / 4)}
}

// far tells whether two channel values differ by more than scaling down
// blurs an edge.
func far(a, b uint8) bool { return max(a, b)-min(a, b) > 48 }
