package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// mainMenu builds the window's menu bar: Arkiv with Importera … and
// Avsluta.
func (w *MainWindow) mainMenu() *fyne.MainMenu {
	importItem := fyne.NewMenuItem(lang.L("menu.import"), w.openImport)
	importItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	whoami := fyne.NewMenuItem(lang.L("menu.whoami"), w.askWhoIAm)
	settings := fyne.NewMenuItem(lang.L("menu.settings"), w.openSettings)
	quit := fyne.NewMenuItem(lang.L("menu.quit"), w.app.Quit)
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("menu.file"), importItem, fyne.NewMenuItemSeparator(), whoami, settings, fyne.NewMenuItemSeparator(), quit)
	view := fyne.NewMenu(lang.L("menu.view"), fyne.NewMenuItem(lang.L("menu.overview"), w.showOverview))
	help := fyne.NewMenu(lang.L("menu.help"), fyne.NewMenuItem(lang.L("menu.about"), w.showAbout))
	return fyne.NewMainMenu(file, view, help)
}

// addShortcuts makes the menu's shortcuts work from anywhere in the
// window.
func (w *MainWindow) addShortcuts() {
	w.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.openImport() })
	w.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.tree.focusSearch(w.win.Canvas()) })
}
