package importer_test

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/styrgrupp/styrgrupp/model/importer"
)

// bigRows returns the header and n rows of interventions, ten under each
// area, with text in every column as a real programme has.
func bigRows(n int) [][]any {
	rows := [][]any{{"Ref", "Typ", "Titel", "Sammanfattning", "Beskrivning", "Evidens", "Riskfaktorer", "Preventionsstjärnan",
		"Preventionsnivå", "Målgrupp", "Ansvarig", "Samverkansparter", "Start", "Slut", "Kostnad"}}
	for i := 0; len(rows) <= n; i++ {
		area := i/10 + 1
		ref := fmt.Sprint(area)
		if i%10 != 0 {
			ref = fmt.Sprintf("%d.%d", area, i%10)
		}
		rows = append(rows, []any{ref, "", fmt.Sprintf("Insats nummer %d för tryggare skolor", i),
			"En kort sammanfattning av vad insatsen gör och för vem, på svenska med å, ä och ö.",
			"En längre beskrivning som sträcker sig över flera meningar. Insatsen bygger på forskning och beprövad erfarenhet.\nDen har ett andra stycke.",
			"Forskning: Heckman (2006). Science 312\nRapport: Socialstyrelsen (2024) https://www.socialstyrelsen.se",
			"Låg skolnärvaro\nMobbning", "Våld; Kriminalitet", "Universell", "Elever i årskurs 7–9", "Skolchef",
			"Polisen; Regionen", "2027-01-01", "2029-12-31", "1 250 000"})
	}
	return rows
}

func bigCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	for _, r := range bigRows(n) {
		for j, v := range r {
			if j > 0 {
				b.WriteByte(';')
			}
			fmt.Fprintf(&b, "%q", fmt.Sprint(v))
		}
		b.WriteString("\r\n")
	}
	return b.Bytes()
}

func bigXLSX(tb testing.TB, n int) []byte {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Förslag")
	for i, r := range bigRows(n) {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Förslag", cell, &r); err != nil {
			tb.Fatal(err)
		}
	}
	b, err := f.WriteToBuffer()
	if err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// peakHeap runs fn and returns the most heap in use seen while it ran.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Go(func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	})
	fn()
	close(stop)
	wg.Wait()
	return peak.Load()
}

func benchRead(b *testing.B, name string, data []byte) {
	run := func() {
		res, err := importer.Read(name, bytes.NewReader(data))
		if err != nil || len(res.Records) != 10000 {
			b.Fatalf("%d records, %v", len(res.Records), err)
		}
		if _, err := importer.MakePlan(context.Background(), emptyStore{}, res); err != nil {
			b.Fatal(err)
		}
	}
	peak := peakHeap(run) // once, before timing: sampling stops the world
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		run()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
}

// BenchmarkRead10kCSV and BenchmarkRead10kXLSX read and plan 10,000
// interventions under 1,000 areas.
func BenchmarkRead10kCSV(b *testing.B)  { benchRead(b, "big.csv", bigCSV(10000)) }
func BenchmarkRead10kXLSX(b *testing.B) { benchRead(b, "big.xlsx", bigXLSX(b, 10000)) }

// TestReadLargeXLSXMemory: reading 10,000 rows of .xlsx stays well under
// 200 MB of heap.
func TestReadLargeXLSXMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("large file")
	}
	data := bigXLSX(t, 10000)
	peak := peakHeap(func() {
		res, err := importer.Read("big.xlsx", bytes.NewReader(data))
		if err != nil || len(res.Records) != 10000 {
			t.Fatalf("%d records, %v", len(res.Records), err)
		}
	})
	if peak > 120<<20 {
		t.Errorf("peak heap %d MiB", peak>>20)
	}
	t.Logf("peak heap %d MiB for %d bytes", peak>>20, len(data))
}
