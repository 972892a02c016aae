package storetest

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// commentAudit returns the detail of the newest audit row of action about
// comment id.
func commentAudit(t *testing.T, w *World, id int64, action string) map[string]any {
	t.Helper()
	rows, err := w.S.Audit(context.Background(), "comment", strconv.FormatInt(id, 10), 0)
	check(t, err)
	for _, r := range rows {
		if r.Action == action {
			var d map[string]any
			if err := json.Unmarshal([]byte(r.Detail), &d); err != nil {
				t.Fatalf("%s detail %q: %v", action, r.Detail, err)
			}
			return d
		}
	}
	t.Fatalf("no %s row about comment %d among %d", action, id, len(rows))
	return nil
}

// commentFound tells whether a search for word finds proposal id through
// one of its comments.
func commentFound(t *testing.T, w *World, word string, id int64) bool {
	t.Helper()
	hits, err := w.S.Search(context.Background(), word)
	check(t, err)
	for _, h := range hits {
		if h.ProposalID == id && h.InComment {
			return true
		}
	}
	return false
}

// commentsByID reads the comments on proposal id, by their ids.
func commentsByID(t *testing.T, w *World, id int64) map[int64]model.Comment {
	t.Helper()
	cs, err := w.S.Comments(context.Background(), id)
	check(t, err)
	out := map[int64]model.Comment{}
	for _, c := range cs {
		out[c.ID] = c
	}
	return out
}

func testCommentEdit(t *testing.T, h Harness) {
	w := newWorld(t, h)
	p := w.Ready("1.1", "Insats")
	c, err := w.S.AddComment(w.Clock.At("Dan Åström"), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Vad kostar kalibreringen?"})
	check(t, err)
	if c.Edited() {
		t.Fatalf("a new comment is marked edited: %+v", c)
	}
	e, err := w.S.EditComment(w.Clock.At("Dan Åström"), c.ID, w.Member.ID, "  Vad kostar utbildningen per familj?  ")
	check(t, err)
	if e.Body != "Vad kostar utbildningen per familj?" || !e.EditedAt.Equal(w.Clock.Last()) || !e.CreatedAt.Equal(c.CreatedAt) || e.AuthorID != w.Member.ID {
		t.Fatalf("edited %+v", e)
	}
	if got := commentsByID(t, w, p.ID)[c.ID]; got != e {
		t.Errorf("Comments holds %+v, want %+v", got, e)
	}
	d := commentAudit(t, w, c.ID, "comment.edit")
	if d["old_body"] != "Vad kostar kalibreringen?" || d["new_body"] != e.Body {
		t.Errorf("the audit row keeps %v, want the old and the new text", d)
	}
	if commentFound(t, w, "kalibreringen", p.ID) || !commentFound(t, w, "utbildningen", p.ID) {
		t.Error("the search index does not follow the edit")
	}

	// The same text again changes nothing.
	same, err := w.S.EditComment(w.Ctx(), c.ID, w.Member.ID, e.Body)
	check(t, err)
	if same != e {
		t.Errorf("an unchanged edit gave %+v, want %+v", same, e)
	}

	_, err = w.S.EditComment(w.Ctx(), c.ID, w.Secretary.ID, "Inte min kommentar")
	wantCode(t, err, model.EState, "comment_not_own")
	_, err = w.S.EditComment(w.Ctx(), c.ID, w.Member.ID, " \n ")
	wantCode(t, err, model.EInvalid, "comment_body_required")
	_, err = w.S.EditComment(w.Ctx(), 99999, w.Member.ID, "Finns inte")
	wantCode(t, err, model.ENotFound, "not_found")
	if got := commentsByID(t, w, p.ID)[c.ID]; got != e {
		t.Errorf("a refused edit changed the comment to %+v", got)
	}
	rep, err := w.S.Check(context.Background())
	check(t, err)
	if rep.Chain != nil {
		t.Errorf("the audit chain breaks after edits: %+v", rep.Chain)
	}
}

// testCommentDelete: a comment nobody answered goes; one with answers
// keeps its place, so that the answers still stand in their thread and
// say what they answer, with its text gone.
func testCommentDelete(t *testing.T, h Harness) {
	w := newWorld(t, h)
	p := w.Ready("1.1", "Insats")
	lone, err := w.S.AddComment(w.Clock.At("Dan Åström"), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Felskrivet ordbajs"})
	check(t, err)
	asked, err := w.S.AddComment(w.Clock.At("Dan Åström"), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Vem ansvarar för rekryteringen?"})
	check(t, err)
	answer, err := w.S.AddComment(w.Ctx(), model.Comment{ProposalID: p.ID, ParentID: asked.ID, AuthorID: w.Secretary.ID, Body: "Socialtjänsten."})
	check(t, err)

	wantCode(t, w.S.DeleteComment(w.Ctx(), lone.ID, w.Secretary.ID), model.EState, "comment_not_own")
	check(t, w.S.DeleteComment(w.Clock.At("Dan Åström"), lone.ID, w.Member.ID))
	if _, ok := commentsByID(t, w, p.ID)[lone.ID]; ok {
		t.Error("a deleted comment nobody answered is still listed")
	}
	if commentFound(t, w, "ordbajs", p.ID) {
		t.Error("a deleted comment is still found by search")
	}
	if d := commentAudit(t, w, lone.ID, "comment.delete"); d["body"] != lone.Body {
		t.Errorf("the audit row keeps %v, want the deleted text", d)
	}

	check(t, w.S.DeleteComment(w.Clock.At("Dan Åström"), asked.ID, w.Member.ID))
	cs := commentsByID(t, w, p.ID)
	kept, ok := cs[asked.ID]
	if !ok || !kept.Deleted() || !kept.DeletedAt.Equal(w.Clock.Last()) || kept.Body != "" || kept.AuthorID != w.Member.ID {
		t.Fatalf("the answered comment after deletion: %+v (listed %v)", kept, ok)
	}
	if got := cs[answer.ID]; got != answer || got.ParentID != asked.ID {
		t.Errorf("the answer became %+v, want %+v", got, answer)
	}
	if commentFound(t, w, "rekryteringen", p.ID) {
		t.Error("the deleted text is still found by search")
	}
	wantCode(t, w.S.DeleteComment(w.Ctx(), asked.ID, w.Member.ID), model.EState, "comment_deleted")
	_, err = w.S.EditComment(w.Ctx(), asked.ID, w.Member.ID, "Tillbaka")
	wantCode(t, err, model.EState, "comment_deleted")
	wantCode(t, w.S.DeleteComment(w.Ctx(), 99999, w.Member.ID), model.ENotFound, "not_found")

	// The secretary deletes their own answer as anyone would.
	check(t, w.S.DeleteComment(w.Ctx(), answer.ID, w.Secretary.ID))
	if _, ok := commentsByID(t, w, p.ID)[answer.ID]; ok {
		t.Error("the secretary's deleted answer is still listed")
	}
	rep, err := w.S.Check(context.Background())
	check(t, err)
	if rep.Chain != nil {
		t.Errorf("the audit chain breaks after deletions: %+v", rep.Chain)
	}
}

// testCommentChangeEndsWithTheDecision: a decided proposal's comments
// keep their words, though not yet signed off; a deferral opens them
// again; resolving stays possible until the sign-off.
func testCommentChangeEndsWithTheDecision(t *testing.T, h Harness) {
	w := newWorld(t, h)
	p := w.Ready("1.1", "Insats")
	c, err := w.S.AddComment(w.Clock.At("Dan Åström"), model.Comment{ProposalID: p.ID, AuthorID: w.Member.ID, Body: "Före beslutet."})
	check(t, err)

	m1 := w.AddMeeting(Start.Add(48 * time.Hour))
	w.Decide(w.AddItem(m1, p), model.OutcomeDeferred)
	c, err = w.S.EditComment(w.Clock.At("Dan Åström"), c.ID, w.Member.ID, "Efter bordläggningen.")
	check(t, err)

	m2 := w.AddMeeting(Start.Add(96 * time.Hour))
	w.Decide(w.AddItem(m2, p), model.OutcomeApproved)
	_, err = w.S.EditComment(w.Clock.At("Dan Åström"), c.ID, w.Member.ID, "Efter beslutet.")
	wantCode(t, err, model.ELocked, "comment_decided")
	wantCode(t, w.S.DeleteComment(w.Clock.At("Dan Åström"), c.ID, w.Member.ID), model.ELocked, "comment_decided")
	if _, err := w.S.ResolveComment(w.Ctx(), c.ID, w.Secretary.ID, true); err != nil {
		t.Errorf("resolving before the sign-off: %v", err)
	}
	w.SignOff(m1)
	w.SignOff(m2)
	_, err = w.S.EditComment(w.Clock.At("Dan Åström"), c.ID, w.Member.ID, "Efter justeringen.")
	wantCode(t, err, model.ELocked, "comment_decided")
	if got := commentsByID(t, w, p.ID)[c.ID]; got.Body != "Efter bordläggningen." || !got.EditedAt.Equal(c.EditedAt) {
		t.Errorf("the refused changes left %+v", got)
	}
}
