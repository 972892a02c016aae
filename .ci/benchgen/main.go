// Command benchgen writes the proposals file that `make bench` imports: a
// number of areas, each with its interventions, with Swedish text in every
// column of DESIGN.md §5, once as CSV and once as .xlsx.
//
//	go run ./.ci/benchgen -areas 200 -interventions 10000 -out DIR
//
// writes DIR/proposals.csv in the dialect the export writes (UTF-8 with a
// byte-order mark, ";" between cells, CRLF, lists a line each within their
// cell, the Swedish headers in the export's column order) and
// DIR/proposals.xlsx (sheet "Förslag", written with excelize's
// StreamWriter, dates and costs as Excel stores typed cells unless
// -typed=false). The content is the same in both and depends only on the
// flags: the generator is seeded.
//
// It lives under .ci so that `go build ./...` and `go test ./...` skip it.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// headers are the Swedish headers of DESIGN.md §5 in the order
// model/importer.Columns lists them (and the export writes them). They are
// written out here rather than taken from the importer so that the
// generator stands for an outside file written to the documented contract.
var headers = []string{
	"Ref", "Typ", "Titel", "Sammanfattning", "Beskrivning", "Motivering",
	"Evidens", "Riskfaktorer", "Skyddsfaktorer", "Preventionsstjärnan",
	"Preventionsnivå", "Målgrupp", "Ansvarig", "Samverkansparter",
	"Start", "Slut", "Kostnad", "Finansiering",
}

// Column indexes of the cells the .xlsx writes typed.
const (
	colStart = 14
	colEnd   = 15
	colCost  = 16
)

func main() {
	areas := flag.Int("areas", 200, "antal områden")
	interventions := flag.Int("interventions", 10000, "antal insatser, fördelade jämnt på områdena")
	out := flag.String("out", ".", "katalog att skriva proposals.csv och proposals.xlsx i")
	seed := flag.Uint64("seed", 2027, "frö för slumptalen")
	typed := flag.Bool("typed", true, "skriv datum och kostnad i .xlsx som datum- och talceller, som Excel sparar dem")
	flag.Parse()
	if *areas < 1 || *interventions < 0 {
		fmt.Fprintln(os.Stderr, "benchgen: -areas must be at least 1 and -interventions not negative")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fatal(err)
	}
	rows := generate(*areas, *interventions, *seed)
	if err := writeCSV(filepath.Join(*out, "proposals.csv"), rows); err != nil {
		fatal(err)
	}
	if err := writeXLSX(filepath.Join(*out, "proposals.xlsx"), rows, *typed); err != nil {
		fatal(err)
	}
	fmt.Fprintf(os.Stderr, "benchgen: %d rader (%d områden, %d insatser) i %s\n",
		len(rows), *areas, *interventions, *out)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "benchgen:", err)
	os.Exit(1)
}

// row is one proposal: its cells as text, and the typed values the .xlsx
// writes for the date and cost cells.
type row struct {
	cells      []string
	start, end time.Time
	costOre    int64 // cost in öre
}

func generate(areas, interventions int, seed uint64) []row {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	g := gen{r: r}
	rows := make([]row, 0, areas+interventions)
	for a := 1; a <= areas; a++ {
		place := pick(r, places)
		rows = append(rows, g.area(a, place))
		// Spread the interventions evenly, the first areas taking the rest.
		n := interventions / areas
		if a <= interventions%areas {
			n++
		}
		for i := 1; i <= n; i++ {
			rows = append(rows, g.intervention(a, i, place))
		}
	}
	return rows
}

type gen struct{ r *rand.Rand }

func (g gen) area(n int, place string) row {
	r := g.r
	theme := pick(r, areaThemes)
	title := fmt.Sprintf(theme, place)
	summary := sentences(r, 2, 3, areaSummaries, place)
	return g.fill(strconv.Itoa(n), "Område", title, summary, place)
}

func (g gen) intervention(area, n int, place string) row {
	r := g.r
	target := pick(r, targets)
	title := fmt.Sprintf("%s för %s i %s", pick(r, activities), target, place)
	summary := sentences(r, 2, 4, interventionSummaries, place)
	return g.fill(fmt.Sprintf("%d.%d", area, n), "Insats", title, summary, place)
}

// fill writes the columns every proposal has.
func (g gen) fill(ref, kind, title, summary, place string) row {
	r := g.r
	start := time.Date(2026+r.IntN(3), time.Month(1+r.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(1+r.IntN(3), 0, -1)
	cost := int64(10+r.IntN(990)) * 5000 * 100 // 50 000 to 4 995 000 kr
	costText := swedishKronor(cost)
	if r.IntN(10) == 0 {
		cost += 50
		costText = swedishKronor(cost) + " kr"
	}
	responsible := pick(r, departments)
	if r.IntN(2) == 0 {
		responsible = pick(r, people) + ", " + strings.ToLower(pick(r, roles))
	}
	cells := []string{
		ref, kind, title, summary,
		sentences(r, 4, 7, descriptions, place),
		sentences(r, 2, 3, rationales, place),
		lines(g.evidence(place)),
		lines(some(r, riskFactors, 2, 5)),
		lines(some(r, protectiveFactors, 2, 4)),
		lines(some(r, problemAreas, 1, 3)),
		pick(r, levels),
		capitalize(pick(r, targets)) + " i " + place,
		responsible,
		lines(some(r, partners, 2, 5)),
		swedishDate(r, start),
		swedishDate(r, end),
		costText,
		pick(r, funding),
	}
	return row{cells: cells, start: start, end: end, costOre: cost}
}

func (g gen) evidence(place string) []string {
	r := g.r
	out := some(r, evidence, 1, 4)
	for i, e := range out {
		e = strings.ReplaceAll(e, "{ort}", place)
		if r.IntN(4) == 0 {
			e += " " + pick(r, urls)
		}
		out[i] = e
	}
	return out
}

// swedishDate writes most dates as ISO dates and some the way Swedish
// users type them: day/month/year.
func swedishDate(r *rand.Rand, t time.Time) string {
	if r.IntN(10) == 0 {
		return fmt.Sprintf("%d/%d/%d", t.Day(), int(t.Month()), t.Year())
	}
	return t.Format("2006-01-02")
}

// swedishKronor writes öre as Swedish kronor: "1 250 000" or
// "1 250 000,50".
func swedishKronor(ore int64) string {
	kr := strconv.FormatInt(ore/100, 10)
	var b strings.Builder
	for i, c := range kr {
		if i > 0 && (len(kr)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	if ore%100 != 0 {
		fmt.Fprintf(&b, ",%02d", ore%100)
	}
	return b.String()
}

func writeCSV(path string, rows []row) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if _, err := w.WriteString("\ufeff"); err != nil {
		f.Close()
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write(headers); err != nil {
		f.Close()
		return err
	}
	for _, rw := range rows {
		if err := cw.Write(rw.cells); err != nil {
			f.Close()
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func writeXLSX(path string, rows []row, typed bool) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Förslag"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	dateFmt := "yyyy-mm-dd"
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	krFmt, oreFmt := `#,##0`, `#,##0.00`
	kr, err := f.NewStyle(&excelize.Style{CustomNumFmt: &krFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	ore, err := f.NewStyle(&excelize.Style{CustomNumFmt: &oreFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	widths := []float64{6, 9, 40, 60, 80, 60, 60, 30, 30, 20, 14, 30, 30, 30, 11, 11, 14, 30}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(headers))
	for i, h := range headers {
		head[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	values := make([]any, len(headers))
	for i, rw := range rows {
		for j, c := range rw.cells {
			values[j] = excelize.Cell{StyleID: wrap, Value: c}
		}
		if typed {
			values[colStart] = excelize.Cell{StyleID: date, Value: rw.start}
			values[colEnd] = excelize.Cell{StyleID: date, Value: rw.end}
			if rw.costOre%100 == 0 {
				values[colCost] = excelize.Cell{StyleID: kr, Value: rw.costOre / 100}
			} else {
				values[colCost] = excelize.Cell{StyleID: ore, Value: float64(rw.costOre) / 100}
			}
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, values); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// some picks between lo and hi distinct items of list, in list order.
func some(r *rand.Rand, list []string, lo, hi int) []string {
	n := lo + r.IntN(hi-lo+1)
	idx := r.Perm(len(list))[:n]
	keep := make([]bool, len(list))
	for _, i := range idx {
		keep[i] = true
	}
	out := make([]string, 0, n)
	for i, s := range list {
		if keep[i] {
			out = append(out, s)
		}
	}
	return out
}

// sentences joins between lo and hi distinct sentences of list, with
// {ort} replaced by place.
func sentences(r *rand.Rand, lo, hi int, list []string, place string) string {
	picked := some(r, list, lo, hi)
	r.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
	return strings.ReplaceAll(strings.Join(picked, " "), "{ort}", place)
}

func lines(items []string) string { return strings.Join(items, "\n") }

func capitalize(s string) string {
	for i := range s {
		if i > 0 {
			return strings.ToUpper(s[:i]) + s[i:]
		}
	}
	return strings.ToUpper(s)
}
