// Package handbook reads the user's handbook (docs/handbok.md in Swedish,
// docs/handbook.md in English) into blocks that a document writer lays
// out, gives each section its stable anchor (the slug GitHub gives the
// heading), and keeps the one table from the concepts that dialogs
// explain (justering, jäv, …) to the sections that explain them.
//
// The markdown is the plain subset the handbook uses: "#", "##" and "###"
// headings, paragraphs, "- " and "1. " list items, an image alone on its
// line (![text](img/x.png)), and within text **bold**, `code` and
// [links](#anchor or https://…).
package handbook

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// Kind is the kind of a block.
type Kind int

// The kinds of block.
const (
	Heading Kind = iota + 1
	Paragraph
	Bullet   // an item of a "- " list
	Numbered // an item of a "1. " list
	Image
)

// Block is one heading, paragraph, list item or image of the handbook.
type Block struct {
	Kind  Kind
	Line  int    // the line of the markdown it starts on, from 1
	Level int    // a heading's level: 1 for "#", 2 for "##", …
	Text  string // the heading's, paragraph's or item's text, inline marks kept; an image's alternative text
	Slug  string // a heading's anchor
	Src   string // an image's path, relative to docs/
	Num   int    // a numbered item's number
}

var (
	headingRE  = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	imageRE    = regexp.MustCompile(`^!\[([^\]]*)\]\(([^)\s]+)\)$`)
	numberedRE = regexp.MustCompile(`^(\d+)\.\s+(.*)$`)
)

// Parse reads markdown into blocks. Lines of a paragraph or a list item
// (indented continuation lines) are joined with a space.
func Parse(md string) []Block {
	var out []Block
	var cur *Block
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSpace(cur.Text)
			out = append(out, *cur)
			cur = nil
		}
	}
	for i, raw := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n") {
		line := strings.TrimSpace(raw)
		n := i + 1
		if line == "" {
			flush()
			continue
		}
		if m := headingRE.FindStringSubmatch(line); m != nil {
			flush()
			out = append(out, Block{Kind: Heading, Line: n, Level: len(m[1]), Text: m[2], Slug: Slug(m[2])})
			continue
		}
		if m := imageRE.FindStringSubmatch(line); m != nil {
			flush()
			out = append(out, Block{Kind: Image, Line: n, Text: m[1], Src: m[2]})
			continue
		}
		if rest, ok := strings.CutPrefix(line, "- "); ok {
			flush()
			cur = &Block{Kind: Bullet, Line: n, Text: rest}
			continue
		}
		if m := numberedRE.FindStringSubmatch(line); m != nil {
			flush()
			num, _ := strconv.Atoi(m[1])
			cur = &Block{Kind: Numbered, Line: n, Num: num, Text: m[2]}
			continue
		}
		indented := raw != "" && (raw[0] == ' ' || raw[0] == '\t')
		if cur != nil && (cur.Kind == Paragraph || indented) {
			cur.Text += " " + line
			continue
		}
		flush()
		cur = &Block{Kind: Paragraph, Line: n, Text: line}
	}
	flush()
	return out
}

// Slug is the anchor GitHub gives a heading: its plain text in lower
// case, with everything but letters, digits, spaces, "-" and "_"
// dropped and each space made a "-" ("Leda mötet i mötesläge" →
// "leda-mötet-i-mötesläge").
func Slug(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(Plain(heading)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Span is a run of text with one style: bold or not, a link or not.
type Span struct {
	Text string
	Bold bool
	Code bool
	Link string // "#anchor" within the handbook, or an address
}

var inlineRE = regexp.MustCompile(`\*\*(.+?)\*\*|` + "`([^`]+)`" + `|\[([^\]]+)\]\(([^)\s]+)\)`)

// Spans splits text into its styled runs: **bold**, `code` and
// [text](link); everything else is plain.
func Spans(text string) []Span {
	var out []Span
	at := 0
	for _, m := range inlineRE.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > at {
			out = append(out, Span{Text: text[at:m[0]]})
		}
		switch {
		case m[2] >= 0:
			for _, s := range Spans(text[m[2]:m[3]]) {
				s.Bold = true
				out = append(out, s)
			}
		case m[4] >= 0:
			out = append(out, Span{Text: text[m[4]:m[5]], Code: true})
		default:
			out = append(out, Span{Text: text[m[6]:m[7]], Link: text[m[8]:m[9]]})
		}
		at = m[1]
	}
	if at < len(text) {
		out = append(out, Span{Text: text[at:]})
	}
	return out
}

// Plain is text without its inline marks.
func Plain(text string) string {
	var b strings.Builder
	for _, s := range Spans(text) {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Link is a link in the handbook's text: where it is and where it goes.
type Link struct {
	Line   int
	Target string // "#anchor" or an address
}

// Links lists the links of the blocks' text.
func Links(blocks []Block) []Link {
	var out []Link
	for _, b := range blocks {
		for _, s := range Spans(b.Text) {
			if s.Link != "" {
				out = append(out, Link{Line: b.Line, Target: s.Link})
			}
		}
	}
	return out
}
