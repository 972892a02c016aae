// Package docx reads and writes proposals as Word documents (Office Open
// XML: a zip of XML parts) with archive/zip and encoding/xml only; no
// maintained Go library for reading .docx is available.
//
// Read turns a document into its paragraphs in reading order, each with
// its style resolved through word/styles.xml (a heading's level whatever
// language the style is named in), its runs (bold or not, links kept with
// their address), and whether it is an item of a list. Tables come out as
// paragraphs: a two-column table of label and value as a label paragraph
// followed by the value's paragraphs. What Read refuses (not a zip, not a
// Word document, macro-enabled, encrypted, too large unpacked) comes back
// as an *Error with its Reason.
package docx
