package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/handbook"
	"github.com/styrgrupp/styrgrupp/ui/help"
)

// mainMenu builds the window's menu bar: Arkiv (new proposals, the store
// files and servers, import and export, who I am, settings, Avsluta),
// Redigera, Visa (the overview, the theme and the text size) and Hjälp
// (Handbok, Kortkommandon, Om Styrgrupp).
func (w *MainWindow) mainMenu() *fyne.MainMenu {
	importItem := fyne.NewMenuItem(lang.L("menu.import"), w.openImport)
	importItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	exportItem := fyne.NewMenuItem(lang.L("menu.export"), func() { w.chooseExport() })
	basisItem := fyne.NewMenuItem(lang.L("basis.menu"), func() { w.exportBasis() })
	followUpItem := fyne.NewMenuItem(lang.L("followupreport.menu"), func() { w.exportFollowUpReport() })
	newStore := fyne.NewMenuItem(lang.L("menu.new_store"), func() { w.chooseNewStore() })
	newStore.Disabled = w.openStore == nil
	open := fyne.NewMenuItem(lang.L("menu.open"), w.chooseStoreToOpen)
	open.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	open.Disabled = w.openStore == nil
	connect := fyne.NewMenuItem(lang.L("menu.connect"), func() { w.chooseServer() })
	connect.Disabled = w.openStore == nil
	recent := fyne.NewMenuItem(lang.L("menu.recent"), nil)
	recent.ChildMenu = w.recentMenu()
	whoami := w.whoAmIItem()
	settings := fyne.NewMenuItem(lang.L("menu.settings"), w.openSettings)
	quit := fyne.NewMenuItem(lang.L("menu.quit"), w.onClose) // closing the main window ends the app
	quit.IsQuit = true
	quit.Shortcut = quitShortcut
	newItem := fyne.NewMenuItem(lang.L("menu.new"), w.newIntervention)
	newItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	newArea := fyne.NewMenuItem(lang.L("menu.new_area"), func() { w.newProposal(model.KindArea, "") })
	w.disableUnlessSecretary(newItem, newArea, importItem)
	file := fyne.NewMenu(lang.L("menu.file"), newItem, newArea, fyne.NewMenuItemSeparator(),
		newStore, open, connect, recent, fyne.NewMenuItemSeparator(),
		importItem, exportItem, basisItem, followUpItem, w.backupMenuItem(), fyne.NewMenuItemSeparator(), fyne.NewMenuItem(lang.L("menu.check_pdf"), w.checkPDF), fyne.NewMenuItemSeparator(),
		whoami, settings, fyne.NewMenuItemSeparator(), quit)
	w.editItem = fyne.NewMenuItem(lang.L("action.edit"), w.editShown)
	w.editItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	w.readyItem = fyne.NewMenuItem(lang.L("action.ready"), w.markReady)
	w.withdrawItem = fyne.NewMenuItem(lang.L("action.withdraw"), w.withdraw)
	search := fyne.NewMenuItem(lang.L("menu.search"), func() { w.tree.focusSearch(w.win.Canvas()) })
	search.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	edit := fyne.NewMenu(lang.L("menu.edit"), search, fyne.NewMenuItemSeparator(), w.editItem, w.readyItem, w.withdrawItem)
	meetingsItem := fyne.NewMenuItem(lang.L("meetings.menu"), w.showMeetings)
	meetingsItem.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierShortcutDefault}
	meetings := fyne.NewMenu(lang.L("meetings.title"), meetingsItem)
	helpMenu := fyne.NewMenu(lang.L("menu.help"),
		fyne.NewMenuItem(lang.L("menu.handbook"), func() { help.Open(w.app, w.win, handbook.Start) }),
		fyne.NewMenuItem(lang.L("menu.shortcuts"), w.showShortcuts),
		fyne.NewMenuItem(lang.L("menu.about"), w.showAbout))
	return fyne.NewMainMenu(file, edit, meetings, w.viewMenu(), helpMenu)
}

// menuThemes lists the themes in the order Visa offers them.
var menuThemes = []string{themeLight, themeDark, themeSystem}

// viewMenu is Visa: Översikt, Flik (the proposal's tabs, Ctrl+1 …
// Ctrl+5), the themes and Textstorlek, with the current theme and text
// size ticked. A choice is stored and applied as in
// Inställningar → Utseende.
func (w *MainWindow) viewMenu() *fyne.Menu {
	p := w.app.Preferences()
	items := []*fyne.MenuItem{fyne.NewMenuItem(lang.L("menu.overview"), w.showOverview), w.tabMenuItem(), fyne.NewMenuItemSeparator()}
	chosenTheme := p.StringWithFallback(themePreference, themeSystem)
	for _, v := range menuThemes {
		item := fyne.NewMenuItem(lang.L("menu.theme."+v), func() { w.chooseLook(setThemePreference, v) })
		item.Checked = v == chosenTheme
		items = append(items, item)
	}
	chosenSize := p.StringWithFallback(textSizePreference, textNormal)
	var sizes []*fyne.MenuItem
	for _, v := range textSizeValues {
		item := fyne.NewMenuItem(lang.L("theme.text."+v), func() { w.chooseLook(setTextSizePreference, v) })
		item.Checked = v == chosenSize
		sizes = append(sizes, item)
	}
	textSize := fyne.NewMenuItem(lang.L("menu.text_size"), nil)
	textSize.ChildMenu = fyne.NewMenu(lang.L("menu.text_size"), sizes...)
	items = append(items, fyne.NewMenuItemSeparator(), textSize)
	return fyne.NewMenu(lang.L("menu.view"), items...)
}

// chooseLook stores and applies a theme or text size with set, then
// rebuilds the menu so that the tick moves to it.
func (w *MainWindow) chooseLook(set func(fyne.App, string), v string) {
	set(w.app, v)
	w.refreshMenu()
}

// refreshMenu builds the menu again from the preferences, so that Visa
// ticks the theme and text size chosen (here or in Inställningar).
func (w *MainWindow) refreshMenu() { w.win.SetMainMenu(w.mainMenu()) }

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
	w.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.chooseStoreToOpen() })
	w.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { w.showMeetings() })
	w.win.Canvas().AddShortcut(quitShortcut, func(fyne.Shortcut) { w.onClose() })
}

// quitShortcut is Avsluta's Ctrl+Q.
var quitShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
