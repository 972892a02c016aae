package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
)

// mainMenu builds the window's menu bar: Arkiv with Importera … and
// Avsluta.
func (w *MainWindow) mainMenu() *fyne.MainMenu {
	importItem := fyne.NewMenuItem(lang.L("menu.import"), w.openImport)
	importItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	whoami := fyne.NewMenuItem(lang.L("menu.whoami"), w.askWhoIAm)
	settings := fyne.NewMenuItem(lang.L("menu.settings"), w.openSettings)
	quit := fyne.NewMenuItem(lang.L("menu.quit"), w.onClose) // closing the main window ends the app
	quit.IsQuit = true
	newItem := fyne.NewMenuItem(lang.L("menu.new"), w.newIntervention)
	newItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	newArea := fyne.NewMenuItem(lang.L("menu.new_area"), func() { w.newProposal(model.KindArea, "") })
	file := fyne.NewMenu(lang.L("menu.file"), newItem, newArea, fyne.NewMenuItemSeparator(), importItem, fyne.NewMenuItemSeparator(), whoami, settings, fyne.NewMenuItemSeparator(), quit)
	editItem := fyne.NewMenuItem(lang.L("action.edit"), w.editShown)
	editItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	edit := fyne.NewMenu(lang.L("menu.edit"), editItem,
		fyne.NewMenuItem(lang.L("action.ready"), w.markReady), fyne.NewMenuItem(lang.L("action.withdraw"), w.withdraw))
	view := fyne.NewMenu(lang.L("menu.view"), fyne.NewMenuItem(lang.L("menu.overview"), w.showOverview))
	help := fyne.NewMenu(lang.L("menu.help"), fyne.NewMenuItem(lang.L("menu.about"), w.showAbout))
	return fyne.NewMainMenu(file, edit, view, help)
}

// addShortcuts makes the menu's shortcuts work from anywhere in the
// window.
func (w *MainWindow) addShortcuts() {
	w.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.openImport() })
	w.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.tree.focusSearch(w.win.Canvas()) })
	w.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.newIntervention() })
	w.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.editShown() })
}
