package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
	"github.com/styrgrupp/styrgrupp/model/pgurl"
	"github.com/styrgrupp/styrgrupp/ui/filedialog"
	"github.com/styrgrupp/styrgrupp/ui/help"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// tlsAuto is the TLS choice that leaves the mode to pgurl's rule.
const tlsAuto = "auto"

// connectWidth is the connect dialog's width; its height is what it
// shows.
const connectWidth = 640

// caExtensions are the endings a CA certificate's file has.
var caExtensions = []string{".crt", ".pem", ".cer"}

// connectDialog is Arkiv → Anslut till server …: the address of the
// group's store on a PostgreSQL server, the login and its password, and
// how the connection is encrypted. It opens the store through the
// window's StoreOpener, as Öppna opens a file, and stays open with the
// reason in words when that fails.
type connectDialog struct {
	w                                            *MainWindow
	host, port, database, user, password, caFile *widgets.Entry
	tls                                          *widget.Select
	tlsModes                                     map[string]string // label → mode
	message                                      *widget.Label
	content                                      *fyne.Container
	ok                                           *widgets.Button
	dlg                                          *dialog.CustomDialog
}

// chooseServer shows Anslut till server …, filled in from the server
// store last used (without its password).
func (w *MainWindow) chooseServer() *connectDialog {
	if w.openStore == nil || w.dialogShown() {
		return nil
	}
	d := &connectDialog{w: w, tlsModes: map[string]string{}}
	last, _ := pgurl.Parse(w.lastServer())
	entry := func(text, placeHolder string) *widgets.Entry {
		e := widgets.NewEntry(false, 0)
		e.OnEscape = func() { d.dlg.Hide() }
		e.SetText(text)
		e.SetPlaceHolder(placeHolder)
		e.OnSubmitted = func(string) { d.accept() }
		return e
	}
	port := ""
	if last.Port != 0 {
		port = strconv.Itoa(last.Port)
	}
	d.host = entry(last.Host, "db.kommun.se")
	d.port = entry(port, strconv.Itoa(pgurl.DefaultPort))
	d.database = entry(last.Database, "styrgrupp")
	d.user = entry(last.User, "")
	d.password = entry("", "")
	d.password.Password = true
	d.password.OnSubmitted = func(string) { d.accept() }
	d.caFile = entry(last.CAFile, "")
	var options []string
	chosen := ""
	for _, mode := range append([]string{tlsAuto}, pgurl.Modes...) {
		label := lang.L("connect.tls." + mode)
		d.tlsModes[label] = mode
		options = append(options, label)
		if mode == last.TLS || (chosen == "" && mode == tlsAuto) {
			chosen = label
		}
	}
	d.tls = widget.NewSelect(options, nil)
	d.tls.SetSelected(chosen)
	d.message = uikit.ErrorLabel()
	passwordHint := widget.NewLabel(lang.L("connect.password_hint"))
	passwordHint.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.L("connect.host"), d.host),
		widget.NewFormItem(lang.L("connect.port"), d.port),
		widget.NewFormItem(lang.L("connect.database"), d.database),
		widget.NewFormItem(lang.L("connect.user"), d.user),
		widget.NewFormItem(lang.L("connect.password"), d.password),
		widget.NewFormItem(lang.L("connect.ca"), container.NewBorder(nil, nil, nil,
			widgets.NewButton(lang.L("connect.ca_choose"), d.chooseCA), d.caFile)),
		widget.NewFormItem(lang.L("connect.tls"), d.tls),
	)
	hint := widget.NewLabel(lang.L("connect.hint"))
	hint.Wrapping = fyne.TextWrapWord
	d.ok = widgets.NewButton(lang.L("connect.do"), d.accept)
	d.ok.Importance = widget.HighImportance
	d.content = container.NewVBox(hint, help.Link(w.app, w.win, handbook.SharedServer), form, passwordHint, d.message)
	d.dlg = dialog.NewCustomWithoutButtons(lang.L("connect.title"), d.content, w.win)
	d.dlg.SetButtons([]fyne.CanvasObject{widgets.NewButton(lang.L("Cancel"), d.dlg.Hide), d.ok})
	uikit.DialogKeys(d.dlg, w.win.Canvas(), d.accept, nil)
	d.dlg.Resize(fyne.NewSize(connectWidth, d.dlg.MinSize().Height))
	d.dlg.Show()
	focus := d.host
	if last.Host != "" {
		focus = d.password
	}
	w.win.Canvas().Focus(focus)
	return d
}

// lastServer is the URL of the server store open now or, failing that,
// the newest among the recent stores; "" when there is none.
func (w *MainWindow) lastServer() string {
	if p := w.store.Path(); outfile.IsURL(p) {
		return p
	}
	for _, p := range recentStores(w.app.Preferences()) {
		if outfile.IsURL(p) {
			return p
		}
	}
	return ""
}

// chooseCA lets the user pick the CA certificate with the file dialog.
func (d *connectDialog) chooseCA() {
	filedialog.Open(d.w.win, filedialog.Request{
		Kind: filedialog.Certificate, Title: lang.L("connect.ca_title"), FilterName: lang.L("filedialog.types.certificate"),
		Extensions: caExtensions, Dir: documentsFolder(),
	}, func(path string) { d.caFile.SetText(path) })
}

// server returns the server the fields describe, or a message saying
// what is missing.
func (d *connectDialog) server() (pgurl.Server, string) {
	s := pgurl.Server{
		Host: strings.TrimSpace(d.host.Text), Database: strings.TrimSpace(d.database.Text),
		User: strings.TrimSpace(d.user.Text), Password: d.password.Text,
		CAFile: strings.TrimSpace(d.caFile.Text),
	}
	if mode := d.tlsModes[d.tls.Selected]; mode != tlsAuto {
		s.TLS = mode
	}
	if s.Host == "" || s.Database == "" || s.User == "" {
		return s, lang.L("connect.missing")
	}
	if p := strings.TrimSpace(d.port.Text); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return s, lang.L("connect.bad_port")
		}
		s.Port = n
	}
	return s, ""
}

// accept connects to the server the fields describe; the dialog closes
// when the store is open and says why in words when it is not.
func (d *connectDialog) accept() {
	s, problem := d.server()
	if problem != "" {
		d.show(problem)
		return
	}
	d.message.Hide()
	d.ok.Disable()
	d.w.connectTo(s.URL(), d.dlg.Hide, func(err error) {
		d.ok.Enable()
		d.show(uikit.UserMessage(err))
		if model.PasswordRequired(err) || model.WrongPassword(err) {
			d.w.win.Canvas().Focus(d.password)
		}
	})
}

// show shows msg in the dialog.
func (d *connectDialog) show(msg string) {
	d.message.SetText(msg)
	d.message.Show()
	d.content.Refresh()
	d.dlg.Resize(fyne.NewSize(connectWidth, d.dlg.MinSize().Height))
}
