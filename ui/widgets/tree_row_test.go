package widgets

import (
	"strings"
	"testing"

	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/testapp"
)

func TestTreeRowLeavesTheTitleRoomBesideALongStatus(t *testing.T) {
	testapp.New(t)
	n := NewTreeRow()
	n.Set("1.1  Utökade hembesök för förstagångsföräldrar", nil, false, false, "Beslutat – godkänt med villkor", widget.MediumImportance)
	l := rowLayout{n}
	natural := l.statusWidth()

	l.Layout(nil, fyne.NewSize(natural*3, 60)) // room enough: the status whole
	if n.Status.Size().Width != natural || n.Title.Size().Width <= natural {
		t.Errorf("wide row: status %v (natural %v), title %v", n.Status.Size().Width, natural, n.Title.Size().Width)
	}
	if got := renderedText(n.Status); got != "Beslutat – godkänt med villkor" {
		t.Errorf("wide row: the status draws %q", got)
	}
	narrow := natural * 1.2 // the status would leave the title a sixth of the row
	l.Layout(nil, fyne.NewSize(narrow, 60))
	if got := n.Status.Size().Width; got > narrow*statusShare+0.5 {
		t.Errorf("narrow row: status %v of %v", got, narrow)
	}
	if got := renderedText(n.Status); !strings.HasSuffix(got, "…") || !strings.HasPrefix(got, "Beslutat") {
		t.Errorf("narrow row: the status draws %q, want its start and …", got)
	}
	l.Layout(nil, fyne.NewSize(natural*3, 60))
	if got := renderedText(n.Status); got != "Beslutat – godkänt med villkor" {
		t.Errorf("wide again: the status draws %q", got)
	}
	if got := n.Title.Size().Width; got < narrow*(1-statusShare)-theme.Padding()-0.5 {
		t.Errorf("narrow row: title %v of %v", got, narrow)
	}
}

// A row without a status gives the title the whole width.
func TestTreeRowWithoutStatusIsAllTitle(t *testing.T) {
	testapp.New(t)
	n := NewTreeRow()
	n.Set("2  Trygga skolor", nil, true, false, "", widget.MediumImportance)
	w := test.NewWindow(n)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 60))
	if n.Status.Size().Width != 0 || n.Title.Size().Width < n.Size().Width-theme.Padding()-0.5 {
		t.Errorf("title %v and status %v in a row of %v", n.Title.Size().Width, n.Status.Size().Width, n.Size().Width)
	}
}

// A title too long for one line wraps onto a second, whole, instead of
// ending in "…"; the row is two lines high at every text size.
func TestTreeRowWrapsTheTitleOntoTwoLines(t *testing.T) {
	a := testapp.New(t)
	for _, size := range []float32{14, 20} {
		a.Settings().SetTheme(sizedTheme{size})
		n := NewTreeRow()
		title := "1.1  Utökade hembesök för förstagångsföräldrar"
		n.Set(title, nil, false, false, "Beslutat – godkänt med villkor", widget.MediumImportance)
		w := test.NewWindow(n)
		one := fyne.MeasureText(title, theme.TextSize(), fyne.TextStyle{}).Width
		w.Resize(fyne.NewSize(n.layout.statusWidth()+one*0.7, n.MinSize().Height))
		if n.MinSize().Height < 2*fyne.MeasureText("Åg", theme.TextSize(), fyne.TextStyle{}).Height {
			t.Errorf("size %v: row %v is less than two lines high", size, n.MinSize().Height)
		}
		if got := renderedText(n.Title); strings.Contains(got, "…") || !strings.Contains(got, "förstagångsföräldrar") {
			t.Errorf("size %v: title renders as %q; want it whole over two lines", size, got)
		}
		w.Close()
	}
}

// Set lays the row out again at once: a status that grows (Redo för
// beslut → Beslutat – godkänt med villkor) shows whole without a redraw.
func TestTreeRowSetLaysOutAgain(t *testing.T) {
	testapp.New(t)
	n := NewTreeRow()
	n.Set("1.1  Insats", nil, false, false, "Utkast", widget.MediumImportance)
	w := test.NewWindow(n)
	defer w.Close()
	w.Resize(fyne.NewSize(500, n.MinSize().Height))
	n.Set("1.1  Insats", nil, false, false, "Beslutat – godkänt med villkor", widget.SuccessImportance)
	if got, want := n.Status.Size().Width, n.layout.statusWidth(); got != want {
		t.Errorf("status %v wide after Set; want its whole %v", got, want)
	}
}

// The words a search matched are marked; the rest is plain.
func TestTreeRowMarksTheMatches(t *testing.T) {
	testapp.New(t)
	n := NewTreeRow()
	title := "5.1  Trygghetsnod vid resecentrum"
	n.Set(title, [][2]int{{5, 17}}, false, false, "", widget.MediumImportance)
	var marked, plain []string
	for _, s := range n.Title.Segments {
		ts := s.(*widget.TextSegment)
		if ts.Style.ColorName == theme.ColorNamePrimary && ts.Style.TextStyle.Bold {
			marked = append(marked, ts.Text)
		} else {
			plain = append(plain, ts.Text)
		}
	}
	if strings.Join(marked, "|") != "Trygghetsnod" || strings.Join(plain, "|") != "5.1  | vid resecentrum" || n.TitleText() != title {
		t.Errorf("marked %q, plain %q, text %q", marked, plain, n.TitleText())
	}
	n.Set(title, nil, false, true, "", widget.MediumImportance)
	if !n.Dimmed() || n.Title.Segments[0].(*widget.TextSegment).Style.ColorName != theme.ColorNamePlaceHolder {
		t.Error("a dimmed row is not greyed")
	}
}

// renderedText is the text a rich text draws, its lines joined by spaces.
func renderedText(rt fyne.CanvasObject) string {
	var parts []string
	for _, o := range test.LaidOutObjects(rt) {
		if tx, ok := o.(*canvas.Text); ok && o.Visible() && tx.Text != "" {
			parts = append(parts, tx.Text)
		}
	}
	return strings.Join(parts, " ")
}

// sizedTheme is the default theme with another text size.
type sizedTheme struct{ text float32 }

func (s sizedTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, v)
}
func (s sizedTheme) Font(st fyne.TextStyle) fyne.Resource    { return theme.DefaultTheme().Font(st) }
func (s sizedTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (s sizedTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return s.text
	}
	return theme.DefaultTheme().Size(n)
}

// A title longer than two lines is cut at the end of the second, with
// "…", keeping its own spacing; one that fits is left whole.
func TestTreeRowCutsATitleLongerThanTwoLines(t *testing.T) {
	testapp.New(t)
	long := "2.3  Trygghetsnod vid resecentrum med nattvandrare, fältassistenter och kommunpolis i samverkan med kollektivtrafiken"
	width := fyne.MeasureText("2.3  Trygghetsnod vid resecentrum", theme.TextSize(), fyne.TextStyle{Bold: true}).Width
	got := fitLines(long, width, 2, true)
	if !strings.HasSuffix(got, " …") || !strings.HasPrefix(got, "2.3  Trygghetsnod") || len(got) >= len(long) {
		t.Errorf("fitLines = %q", got)
	}
	if got := fitLines("1.1  Kort", width, 2, true); got != "1.1  Kort" {
		t.Errorf("a short title became %q", got)
	}
	n := NewTreeRow()
	n.Set(long, [][2]int{{5, 17}, {100, 120}}, false, false, "", widget.MediumImportance)
	w := test.NewWindow(n)
	defer w.Close()
	w.Resize(fyne.NewSize(width+2*theme.InnerPadding(), n.MinSize().Height))
	if r := renderedText(n.Title); !strings.HasSuffix(r, "…") || len(test.LaidOutObjects(n.Title)) == 0 {
		t.Errorf("the row draws %q", r)
	}
}
