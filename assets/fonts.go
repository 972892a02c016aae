package assets

import _ "embed"

// The PDF documents' typeface, Noto Sans (SIL Open Font License 1.1, in
// fonts/OFL.txt), as TrueType files copied from Fyne's theme. Each is
// read-only: a user that changes the bytes (as gofpdf's subsetting does)
// must work on its own copy.
var (
	// FontRegular is Noto Sans Regular.
	//
	//go:embed fonts/NotoSans-Regular.ttf
	FontRegular []byte

	// FontBold is Noto Sans Bold.
	//
	//go:embed fonts/NotoSans-Bold.ttf
	FontBold []byte

	// FontItalic is Noto Sans Italic.
	//
	//go:embed fonts/NotoSans-Italic.ttf
	FontItalic []byte
)
