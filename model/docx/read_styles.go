package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// The parts a document's body refers to: word/styles.xml (what each
// paragraph style is), word/numbering.xml (which numbering makes a list)
// and word/_rels/document.xml.rels (where a link goes). Elements and
// attributes are matched by their local names, so the transitional and
// the strict schema both read.

type xmlVal struct {
	Val string `xml:"val,attr"`
}

type xmlNumPr struct {
	Ilvl  *xmlVal `xml:"ilvl"`
	NumID *xmlVal `xml:"numId"`
}

type xmlStyle struct {
	Type    string  `xml:"type,attr"`
	ID      string  `xml:"styleId,attr"`
	Default string  `xml:"default,attr"`
	Name    xmlVal  `xml:"name"`
	Aliases xmlVal  `xml:"aliases"`
	BasedOn *xmlVal `xml:"basedOn"`
	PPr     struct {
		NumPr      *xmlNumPr `xml:"numPr"`
		OutlineLvl *xmlVal   `xml:"outlineLvl"`
	} `xml:"pPr"`
	RPr struct {
		B *xmlVal `xml:"b"`
	} `xml:"rPr"`
}

// styleSheet is word/styles.xml: the styles by id, and the default
// paragraph style.
type styleSheet struct {
	byID         map[string]*xmlStyle
	defaultPara  string
	resolvedPara map[string]paraStyle
}

// paraStyle is what a paragraph style amounts to once its basedOn chain
// is followed.
type paraStyle struct {
	ID, Name string
	Level    int // a heading's level, 1–9; 0 for none
	Title    bool
	NumID    string // the numbering the style gives its paragraphs, "" for none
	Ilvl     int
	Bold     bool
}

func readStyles(data []byte, depth int) (*styleSheet, error) {
	s := &styleSheet{byID: map[string]*xmlStyle{}, resolvedPara: map[string]paraStyle{}}
	if data == nil {
		return s, nil
	}
	var doc struct {
		Styles []*xmlStyle `xml:"style"`
	}
	if err := unmarshalPart(data, depth, "word/styles.xml", &doc); err != nil {
		return nil, err
	}
	for _, st := range doc.Styles {
		if _, seen := s.byID[st.ID]; !seen {
			s.byID[st.ID] = st
		}
		if st.Type == "paragraph" && isOn(st.Default) && s.defaultPara == "" {
			s.defaultPara = st.ID
		}
	}
	return s, nil
}

// paragraph resolves the paragraph style of that id ("" for the default
// one): its own values first, then those of the styles it is based on.
func (s *styleSheet) paragraph(id string) paraStyle {
	if id == "" {
		id = s.defaultPara
	}
	if r, ok := s.resolvedPara[id]; ok {
		return r
	}
	r := paraStyle{ID: id}
	var levelSet, numSet, boldSet bool
	outline := 0
	seen := map[string]bool{}
	for st := s.byID[id]; st != nil && !seen[st.ID]; {
		seen[st.ID] = true
		if r.Name == "" {
			r.Name = st.Name.Val
		}
		names := append([]string{st.ID, st.Name.Val}, strings.Split(st.Aliases.Val, ",")...)
		if !levelSet {
			for _, n := range names {
				if lvl, title := headingName(n); lvl > 0 || title {
					r.Level, r.Title, levelSet = lvl, title, true
					break
				}
			}
		}
		if outline == 0 && st.PPr.OutlineLvl != nil {
			if n, err := strconv.Atoi(st.PPr.OutlineLvl.Val); err == nil && n >= 0 && n < 9 {
				outline = n + 1
			}
		}
		if !numSet && st.PPr.NumPr != nil && st.PPr.NumPr.NumID != nil {
			r.NumID, r.Ilvl, numSet = st.PPr.NumPr.NumID.Val, ilvl(st.PPr.NumPr.Ilvl), true
		}
		if !boldSet && st.RPr.B != nil {
			r.Bold, boldSet = isOn(st.RPr.B.Val), true
		}
		if st.BasedOn == nil {
			break
		}
		st = s.byID[st.BasedOn.Val]
	}
	if !levelSet {
		r.Level = outline
	}
	if r.NumID == "0" {
		r.NumID = ""
	}
	s.resolvedPara[id] = r
	return r
}

// characterBold tells whether the character style of that id makes its
// runs bold.
func (s *styleSheet) characterBold(id string) bool {
	seen := map[string]bool{}
	for st := s.byID[id]; st != nil && !seen[st.ID]; {
		seen[st.ID] = true
		if st.RPr.B != nil {
			return isOn(st.RPr.B.Val)
		}
		if st.BasedOn == nil {
			break
		}
		st = s.byID[st.BasedOn.Val]
	}
	return false
}

// headingName reads a style's id, name or alias as a heading's: "heading
// 1", "Heading1", "Rubrik 1" (Swedish Word's id and name), LibreOffice's
// "Heading_20_1"; and tells a title ("Title", "Titel") apart.
func headingName(name string) (level int, title bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.ReplaceAll(n, "_20_", " ")
	n = strings.NewReplacer(" ", "", "_", "", "-", "").Replace(n)
	for _, prefix := range []string{"heading", "rubrik"} {
		if rest, ok := strings.CutPrefix(n, prefix); ok && len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9' {
			return int(rest[0] - '0'), false
		}
	}
	return 0, n == "title" || n == "titel"
}

// isOn reads an OOXML on/off value; absent means on.
func isOn(v string) bool {
	switch strings.ToLower(v) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

func ilvl(v *xmlVal) int {
	if v == nil {
		return 0
	}
	n, err := strconv.Atoi(v.Val)
	if err != nil || n < 0 || n > 8 {
		return 0
	}
	return n
}

// numbering is word/numbering.xml: each list's levels, and the counters
// of the lists read so far.
type numbering struct {
	abstract map[string]string         // numId → abstractNumId
	levels   map[string][9]levelFormat // abstractNumId → its levels
	counters map[string]*[9]int        // abstractNumId → the numbers last given
}

type levelFormat struct {
	format string // decimal, bullet, none, …
	text   string // "%1.%2."
	start  int
}

func readNumbering(data []byte, depth int) (*numbering, error) {
	n := &numbering{abstract: map[string]string{}, levels: map[string][9]levelFormat{}, counters: map[string]*[9]int{}}
	if data == nil {
		return n, nil
	}
	var doc struct {
		Abstract []struct {
			ID     string `xml:"abstractNumId,attr"`
			Levels []struct {
				Ilvl    string  `xml:"ilvl,attr"`
				Start   *xmlVal `xml:"start"`
				NumFmt  xmlVal  `xml:"numFmt"`
				LvlText xmlVal  `xml:"lvlText"`
			} `xml:"lvl"`
		} `xml:"abstractNum"`
		Nums []struct {
			ID       string `xml:"numId,attr"`
			Abstract xmlVal `xml:"abstractNumId"`
		} `xml:"num"`
	}
	if err := unmarshalPart(data, depth, "word/numbering.xml", &doc); err != nil {
		return nil, err
	}
	for _, a := range doc.Abstract {
		var lv [9]levelFormat
		for _, l := range a.Levels {
			i := ilvl(&xmlVal{l.Ilvl})
			lv[i] = levelFormat{format: l.NumFmt.Val, text: l.LvlText.Val, start: 1}
			if l.Start != nil {
				if s, err := strconv.Atoi(l.Start.Val); err == nil && s >= 0 {
					lv[i].start = s
				}
			}
		}
		n.levels[a.ID] = lv
	}
	for _, num := range doc.Nums {
		n.abstract[num.ID] = num.Abstract.Val
	}
	return n, nil
}

// item counts a paragraph of list numID at level lvl and returns whether
// it is a list item (a numbering of format "none" is not) and the number
// it shows when its levels are all numbers ("2.3"), else "".
func (n *numbering) item(numID string, lvl int) (bool, string) {
	aid, ok := n.abstract[numID]
	if !ok {
		return true, "" // numbering.xml lacks it: a list all the same
	}
	levels := n.levels[aid]
	if levels[lvl].format == "none" {
		return false, ""
	}
	c := n.counters[aid]
	if c == nil {
		c = &[9]int{}
		for i := range c {
			c[i] = levels[i].start - 1
		}
		n.counters[aid] = c
	}
	c[lvl]++
	for i := lvl + 1; i < 9; i++ {
		c[i] = levels[i].start - 1
	}
	text := levels[lvl].text
	for i := 0; i <= lvl; i++ {
		ph := "%" + strconv.Itoa(i+1)
		if !strings.Contains(text, ph) {
			continue
		}
		if f := levels[i].format; f != "decimal" && f != "" {
			return true, ""
		}
		text = strings.ReplaceAll(text, ph, strconv.Itoa(max(c[i], levels[i].start)))
	}
	if strings.ContainsAny(text, "%") {
		return true, ""
	}
	return true, strings.TrimRight(strings.TrimSpace(text), ".)")
}

// readRelationships returns the external targets of the document's
// relationships by id: the addresses of its links.
func readRelationships(data []byte, depth int) (map[string]string, error) {
	out := map[string]string{}
	if data == nil {
		return out, nil
	}
	var doc struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := unmarshalPart(data, depth, "word/_rels/document.xml.rels", &doc); err != nil {
		return nil, err
	}
	for _, r := range doc.Rels {
		if strings.EqualFold(r.Mode, "External") {
			out[r.ID] = r.Target
		}
	}
	return out, nil
}

// unmarshalPart decodes a part after checking that it is well-formed and
// nests no deeper than depth.
func unmarshalPart(data []byte, depth int, name string, v any) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	level := 0
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return &Error{Reason: Damaged, Part: name, Detail: err.Error()}
		}
		switch tok.(type) {
		case xml.StartElement:
			if level++; level > depth {
				return &Error{Reason: TooDeep, Part: name, Detail: "elements nested more than " + strconv.Itoa(depth) + " deep"}
			}
		case xml.EndElement:
			level--
		}
	}
	if err := xml.Unmarshal(data, v); err != nil {
		return &Error{Reason: Damaged, Part: name, Detail: err.Error()}
	}
	return nil
}
