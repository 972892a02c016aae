package importer

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/styrgrupp/styrgrupp/model"
)

// FollowUpColumns are the columns of a follow-up sheet, where a
// department reports on approved interventions: one row per report, in
// the order the template writes them.
var FollowUpColumns = []Column{
	{Field: "ref", Header: "Ref", Aliases: []string{"Referens", "Nr"}},
	{Field: "status", Header: "Status", Aliases: []string{"Läge"}},
	{Field: "progress", Header: "Andel klar (%)", Aliases: []string{"Andel klar", "Andel klar %", "Andel klar i %",
		"Progress", "Progress (%)", "Progress %"}},
	{Field: "comment", Header: "Kommentar", Aliases: []string{"Comment", "Anteckning", "Note"}},
	{Field: "date", Header: "Datum", Aliases: []string{"Date"}},
}

// FollowUpRow is one row of a follow-up sheet: a dated report on the
// follow-up of the approved proposal Ref.
type FollowUpRow struct {
	Ref         string
	Status      model.FollowUpStatus // "" when the cell is blank
	Progress    int                  // per cent, when HasProgress
	HasProgress bool
	Comment     string // the note to add; "" for none
	Date        model.Date
	File        string
	Sheet       string
	Row         int // as the spreadsheet shows it

	headers map[string]string // field → the column's header as the file wrote it
}

// column returns the header of a field's column as the row's file wrote
// it.
func (r FollowUpRow) column(field string) string {
	if h, ok := r.headers[field]; ok {
		return h
	}
	return followUpLayout.header(field)
}

// Place returns where the row stands, in l: "uppföljning.xlsx, blad
// Uppföljning, rad 3".
func (r FollowUpRow) Place(l model.Language) string {
	return place(Record{File: r.File, Sheet: r.Sheet, Row: r.Row}).Label(l)
}

// followUpRow reads data row n of a follow-up sheet.
func (t *table) followUpRow(n int, cells []cell) {
	before := t.c.startRecord()
	l := t.l
	get := func(field string) cell {
		if col := t.cols[l.col(field)]; col >= 0 && col < len(cells) {
			return cells[col]
		}
		return cell{}
	}
	fail := func(field string, err error) { t.c.failErr(n, t.column(field), err) }
	r := FollowUpRow{File: t.c.file, Sheet: t.c.sheet, Row: n, headers: t.headers}

	switch ref := get("ref"); {
	case ref.date:
		d, _ := dateFromSerial(ref.text, t.date1904)
		fail("ref", newValueError("ref_date", d.String()))
	case ref.number:
		r.Ref = refFromNumber(ref.text)
	default:
		r.Ref = strings.TrimSpace(model.NFC(ref.text))
	}
	if r.Ref == "" {
		fail("ref", newValueError("followup_ref_required"))
	}
	if s := strings.TrimSpace(get("status").text); s != "" {
		st, ok := model.ParseFollowUpStatus(s)
		if !ok {
			fail("status", newValueError("followup_status_unknown", s))
		}
		r.Status = st
	}
	if p := get("progress"); !p.blank() {
		var err error
		if p.number {
			r.Progress, err = progressFromNumber(p.text, p.percent)
		} else {
			r.Progress, err = parseProgress(p.text)
		}
		if err != nil {
			fail("progress", err)
		}
		r.HasProgress = true
	}
	r.Comment = strings.TrimSpace(model.NFC(get("comment").text))
	switch d := get("date"); {
	case d.number:
		var err error
		if r.Date, err = dateFromSerial(d.text, t.date1904); err != nil {
			fail("date", err)
		}
	case d.blank():
		fail("date", newValueError("followup_date_required"))
	default:
		var err error
		if r.Date, err = parseDate(d.text); err != nil {
			fail("date", err)
		}
	}
	if t.c.nErrs == before {
		t.followUps = append(t.followUps, r)
	}
}

// parseProgress reads a progress figure as people write it: "40",
// "40 %", "40%", "33,5 %" (rounded to a whole per cent), from 0 to 100.
func parseProgress(s string) (int, error) {
	text := strings.TrimSpace(s)
	t := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, text)
	t = strings.Replace(strings.TrimSuffix(t, "%"), ",", ".", 1)
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || strings.ContainsAny(t, "eEiInNxXpP_") {
		return 0, newValueError("progress_invalid", text)
	}
	return progressOf(f, text)
}

// progressFromNumber reads a progress figure stored as a number cell: in
// a cell formatted as a percentage Excel stores 40 % as 0.4.
func progressFromNumber(raw string, percent bool) (int, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil {
		return 0, newValueError("progress_invalid", raw)
	}
	shown := refFromNumber(raw)
	if percent {
		f *= 100
		shown = strconv.FormatFloat(math.Round(f*1e6)/1e6, 'f', -1, 64) + " %"
	}
	return progressOf(f, shown)
}

// progressOf rounds f to a whole per cent and checks it is from 0 to 100.
func progressOf(f float64, text string) (int, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, newValueError("progress_invalid", text)
	}
	p := math.Round(f)
	if p < 0 || p > 100 {
		return 0, newValueError("progress_range", text)
	}
	return int(p), nil
}
