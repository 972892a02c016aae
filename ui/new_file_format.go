package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/widget"
)

// fileFormat is a kind of file a newFileDialog offers: its name in the
// list and the ending it gives the file name.
type fileFormat struct {
	label, ext string
}

// formatSelect makes the list of the request's formats: choosing one
// gives the file name its ending, and typing a known ending chooses its
// format.
func (d *newFileDialog) formatSelect() *widget.Select {
	labels := make([]string, len(d.req.formats))
	for i, f := range d.req.formats {
		labels[i] = f.label
	}
	d.format = widget.NewSelect(labels, func(chosen string) {
		for _, f := range d.req.formats {
			if f.label == chosen && !strings.EqualFold(filepath.Ext(d.name.Text), f.ext) {
				d.name.SetText(d.withEnding(d.name.Text, f.ext))
			}
		}
	})
	d.name.OnChanged = func(name string) {
		if f, ok := d.formatOf(name); ok && d.format.Selected != f.label {
			d.format.SetSelected(f.label)
		}
	}
	if f, ok := d.formatOf(d.name.Text); ok {
		d.format.SetSelected(f.label)
	}
	return d.format
}

// formatOf returns the offered format whose ending name has.
func (d *newFileDialog) formatOf(name string) (fileFormat, bool) {
	ext := filepath.Ext(name)
	for _, f := range d.req.formats {
		if strings.EqualFold(ext, f.ext) {
			return f, true
		}
	}
	return fileFormat{}, false
}

// withEnding returns name with ext in place of an offered format's
// ending, or added to it.
func (d *newFileDialog) withEnding(name, ext string) string {
	name = strings.TrimSpace(name)
	if _, ok := d.formatOf(name); ok {
		name = strings.TrimSuffix(name, filepath.Ext(name))
	}
	return name + ext
}
