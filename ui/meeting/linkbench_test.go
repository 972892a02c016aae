//go:build linkbench

package meeting

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/styrgrupp/styrgrupp/internal/linkbench"
	"github.com/styrgrupp/styrgrupp/internal/testapp"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/ui/uikit"
)

// TestLinkBench times recording a decision in meeting mode, as the
// secretary does it (1 for approved, Ctrl+Enter), on SQLite and on
// PostgreSQL over a 10 ms link, on the demo and on a large store, and
// counts its round trips (issue 14; .ci/bench-link runs it). Build with
// -tags linkbench.
func TestLinkBench(t *testing.T) {
	for _, s := range linkbench.Fixtures(t) {
		t.Run(s.Name(), func(t *testing.T) {
			a := testapp.New(t)
			if err := uikit.SetLanguage(model.Swedish); err != nil {
				t.Fatal(err)
			}
			f := &meetingModeFixture{t: t, a: a, store: s.Store, ctx: testCtx("Leila Rahimi")}
			f.mm = openMeetingMode(f.a, f.store, func() context.Context { return f.ctx }, f.meeting(openMeetingDate).ID, func(g func()) { g() }, true)
			var last int64 // the item decided in the last run, checked untimed
			stored := func() {
				if last == 0 {
					return
				}
				if d := f.stored(last); d == nil || d.Outcome != model.OutcomeApproved {
					t.Fatalf("stored %+v, want approved", d)
				}
			}
			s.MeasureWith(t, "record a decision", func(int) { stored(); f.mm.goTo(0) }, func(int) {
				last = f.item().ID
				test.TypeOnCanvas(f.mm.win.Canvas(), "1")
				f.ctrlEnter()
				f.noDialog()
			})
			stored()
		})
	}
}
