package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
	"github.com/styrgrupp/styrgrupp/ui/widgets"
)

// memberPreference is the preferences key holding the id of the member
// the user said they are.
const memberPreference = "member_id"

// whoAmIStore is what whoAmI reads: the members, and where the store is,
// since the choice is kept for each store.
type whoAmIStore interface {
	model.MemberStore
	Path() string
}

// whoAmI knows which member of the steering group is using the program;
// the choice is kept in the app's preferences.
type whoAmI struct {
	app   fyne.App
	store whoAmIStore
	ctx   context.Context
	// onChosen, when not nil, is told the member the user picked (set),
	// so the window resolves its actor once, at that moment.
	onChosen func(model.Member)
}

// memberStorePreference names the store the chosen member belongs to: a
// member's id in one store may be someone else in another.
const memberStorePreference = "member_store"

// chosenID returns the id of the member the user chose in this store, or
// 0. A choice made before stores were named applies to any store.
func (w whoAmI) chosenID() int64 {
	p := w.app.Preferences()
	if in := p.String(memberStorePreference); in != "" && in != w.store.Path() {
		return 0
	}
	return int64(p.IntWithFallback(memberPreference, 0))
}

// signedIn returns the member the store's server says is signed in, on
// a shared store that knows (model.SignedInStore): there the login is who
// the user is, and they are not asked.
func (w whoAmI) signedIn() (model.Member, bool) {
	s, ok := w.store.(model.SignedInStore)
	if !ok {
		return model.Member{}, false
	}
	m, ok, err := s.SignedIn(w.ctx)
	if err != nil {
		fyne.LogError("styrgrupp: asking the server who is signed in", err)
		return model.Member{}, false
	}
	return m, ok
}

// chosen tells whether the user has picked a member in this store.
func (w whoAmI) chosen() bool { return w.chosenID() != 0 }

// current returns the stored member, or the zero Member when none is
// stored for this store or the stored one is no longer in it.
func (w whoAmI) current() model.Member {
	id := w.chosenID()
	if id == 0 {
		return model.Member{}
	}
	ms, err := w.store.Members(w.ctx)
	if err != nil {
		fyne.LogError("styrgrupp: reading the members", err)
		return model.Member{}
	}
	for _, m := range ms {
		if m.ID == id {
			return m
		}
	}
	return model.Member{}
}

// set stores m as the current member and tells onChosen.
func (w whoAmI) set(m model.Member) {
	w.app.Preferences().SetInt(memberPreference, int(m.ID))
	w.app.Preferences().SetString(memberStorePreference, w.store.Path())
	if w.onChosen != nil {
		w.onChosen(m)
	}
}

// ask shows a dialog on win where the user picks which member they are;
// the choice is saved on OK. On a store without members the dialog first
// lets the user add them (firstStartDialog). done, if not nil, is called when the dialog
// closes, whether a member was chosen or not.
func (w whoAmI) ask(win fyne.Window, done func()) {
	if w.firstStart() {
		w.newFirstStart(win, done).show()
		return
	}
	d, err := w.newDialog(win, done)
	if err != nil {
		fyne.LogError("styrgrupp: reading the members", err)
		uikit.ShowErrorMessage(win, uikit.UserMessage(err))
		if done != nil {
			done()
		}
		return
	}
	d.dlg.Show()
}

// whoAmIDialog is the dialog ask shows.
type whoAmIDialog struct {
	who     whoAmI
	members []model.Member // in the order of the select's options
	sel     *widgets.Select
	dlg     *uikit.Confirm
	done    func()
}

func (w whoAmI) newDialog(win fyne.Window, done func()) (*whoAmIDialog, error) {
	all, err := w.store.Members(w.ctx)
	if err != nil {
		return nil, err
	}
	me := w.current()
	d := &whoAmIDialog{who: w, done: done}
	for _, m := range all {
		if m.Active || m.ID == me.ID {
			d.members = append(d.members, m)
		}
	}
	options := make([]string, len(d.members))
	for i, m := range d.members {
		options[i] = memberOption(m)
	}
	d.sel = widgets.NewSelect(options, nil)
	d.sel.PlaceHolder = lang.L("whoami.placeholder")
	for i, m := range d.members {
		if m.ID == me.ID {
			d.sel.SetSelectedIndex(i)
		}
	}
	intro := widget.NewLabel(lang.L("whoami.intro"))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(intro, d.sel)
	if len(d.members) == 0 {
		none := widget.NewLabel(lang.L("whoami.no_members"))
		none.Wrapping = fyne.TextWrapWord
		content.Add(none)
		d.sel.Disable()
	}
	d.dlg = uikit.NewCustomConfirm(lang.L("whoami.title"), lang.L("whoami.ok"), lang.L("whoami.later"),
		content, d.onClose, win)
	uikit.DialogKeys(d.dlg, win.Canvas(), d.dlg.Confirm, nil) // Escape is Senare
	d.dlg.Resize(fyne.NewSize(460, 0))
	return d, nil
}

// memberOption names a member in a list: "Mats Hedlund – Socialchef",
// with a standing role other than ledamot after the title: "Anna
// Lindqvist – Kommundirektör · Ordförande".
func memberOption(m model.Member) string {
	s := m.Name
	if m.Title != "" {
		s += " – " + m.Title
	}
	if r := m.Role.OrDefault(); r != model.MemberRoleMember {
		s += " · " + r.Label(uikit.Language())
	}
	return s
}

// onClose saves the chosen member when the user pressed OK.
func (d *whoAmIDialog) onClose(ok bool) {
	if i := d.sel.SelectedIndex(); ok && i >= 0 && i < len(d.members) {
		d.who.set(d.members[i])
	}
	if d.done != nil {
		d.done()
	}
}

// AskWhoIAmIfUnknown asks which member the user is, on the first start
// (when no choice is stored in the app's preferences).
func (w *MainWindow) AskWhoIAmIfUnknown() {
	if !w.signedIn && !w.who.chosen() {
		w.askWhoIAm()
	}
}

// identify sets who the window acts as: on a shared store the member the
// server says is signed in, who cannot be changed in the window;
// otherwise the member the user chose in this store. It also asks what
// the login may do (rights).
func (w *MainWindow) identify() {
	w.rights = w.who.rights()
	if m, ok := w.who.signedIn(); ok {
		w.signedIn = true
		w.setMe(m)
		return
	}
	w.signedIn = false
	w.setMe(w.who.current())
}

// whoAmIItem is Arkiv's menu item for who the user is: Vem är jag …, or
// on a shared store "Inloggad som …", which cannot be chosen.
func (w *MainWindow) whoAmIItem() *fyne.MenuItem {
	if !w.signedIn {
		return fyne.NewMenuItem(lang.L("menu.whoami"), w.askWhoIAm)
	}
	item := fyne.NewMenuItem(lang.L("menu.signed_in", map[string]any{"Name": w.me.Name}), nil)
	item.Disabled = true
	return item
}

// setMe makes m the member the window's writes are logged in the name
// of, from now on; no write asks the window who is acting.
func (w *MainWindow) setMe(m model.Member) {
	w.me = m
	w.ctx = model.WithActor(w.base, m.Name)
}

// member returns the member the user said they are (setMe).
func (w *MainWindow) member() model.Member { return w.me }

// writeCtx returns the context for a write started now: screens call it
// on the UI goroutine before they hand the write to the background.
func (w *MainWindow) writeCtx() context.Context { return w.ctx }

// askWhoIAm lets the user choose which member they are, unless the
// server says who they are.
func (w *MainWindow) askWhoIAm() {
	if w.signedIn {
		return
	}
	w.who.ask(w.win, func() {
		if w.detail.shown.Ref != "" {
			w.comments.show(w.detail.shown)
			w.followUp.updateModes() // notes and conditions want a member
		}
	})
}
