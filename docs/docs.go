// Package docs embeds the user's handbook, the one source of its text:
// handbok.md in Swedish, handbook.md in English and the screenshots under
// img/ that both show. The window and the command line render it as a PDF
// (model/handbook, model/pdf); on GitHub the same files read as pages.
package docs

import "embed"

// Handbook holds handbok.md, handbook.md and img/*.png; the markdown
// names each image by its path here (img/sv-meetings.png). The images
// are screenshots that `make screenshots` writes to docs/screenshots,
// made smaller for the handbook and the binary:
//
//	convert screenshots/sv-light-meetings.png -resize 1000x -colors 256 -strip PNG8:img/sv-meetings.png
//
//go:embed handbok.md handbook.md img/*.png
var Handbook embed.FS
