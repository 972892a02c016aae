package uikit

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model/identity"
)

// BodyPreference keeps the name of the deciding body printed on the
// documents.
const BodyPreference = "body_name"

// ShowSavedPDF says where the file went and offers to open it in the
// system's PDF viewer.
func ShowSavedPDF(a fyne.App, win fyne.Window, path string, id *identity.Identity, onError func(error)) {
	text := lang.L("pdfexport.saved", map[string]any{"File": path})
	if id != nil {
		text += "\n" + lang.L("pdfexport.signed_by", map[string]any{"Name": id.Name()})
	}
	message := widget.NewLabel(text)
	message.Wrapping = fyne.TextWrapWord
	// A custom confirm: Fyne's own draws its question-mark icon behind a
	// long path.
	d := NewCustomConfirm(lang.L("pdfexport.title"), lang.L("pdfexport.open"), lang.L("pdfexport.close"), message, func(open bool) {
		if open {
			u, err := url.Parse(storage.NewFileURI(path).String())
			if err == nil {
				err = a.OpenURL(u)
			}
			if err != nil {
				onError(err)
			}
		}
	}, win)
	CloseOnKeys(d, win.Canvas())
	d.Resize(fyne.NewSize(ErrorDialogWidth, d.MinSize().Height))
	d.Show()
}
