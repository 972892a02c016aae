// Package assets embeds what the program carries with it: the icon, the
// translations of the user interface (sv, en) and the demo programme.
package assets

import (
	"embed"
	_ "embed"
)

// Icon is the application icon, a 512 × 512 PNG.
//
//go:embed icon.png
var Icon []byte

// WindowIcon is the application icon at 256 × 256, Icon scaled down: the
// icon of the windows. A window hands its icon to the window system
// pixel by pixel before its first frame, which for Icon's 512 × 512
// took some 30 ms.
//
//go:embed icon-256.png
var WindowIcon []byte

// Translations holds the user interface's strings: sv.json and en.json for
// Styrgrupp's own, fyne.sv.json and fyne.en.json for Fyne's dialogs (copied
// from Fyne so a language chosen in the app applies to them as well).
//
//go:embed translations/*.json
var Translations embed.FS

// Demo holds the demo programme "En kommun fri från våld":
// programme.json with the proposals in the import format, group.json with
// the steering group, its comments and two meetings.
//
//go:embed demo/*.json
var Demo embed.FS
