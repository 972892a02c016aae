// Package docx reads and writes proposals as Word documents (Office Open
// XML), with archive/zip and encoding/xml only.
package docx
