package pdf

import (
	"time"

	"github.com/styrgrupp/styrgrupp/model"
)

// Options say how a document is written.
type Options struct {
	// Language is the documents' language; "" and anything but English
	// give Swedish.
	Language model.Language
	// Body is the name of the deciding body printed on the document, e.g.
	// "Kommunchefens ledningsgrupp"; "" gives "Styrgruppen".
	Body string
	// Now is when the document is made: its creation date and part of its
	// id. The zero time is time.Now(); tests pass a fixed time so that the
	// output is the same byte for byte.
	Now time.Time
	// Location is the time zone times are printed in; nil is
	// Europe/Stockholm.
	Location *time.Location
	// Comments adds the proposal's comments to a decision basis.
	Comments bool
}

// DefaultBody is the body's name when Options.Body is empty.
const DefaultBody = "Styrgruppen"

func (o Options) language() model.Language {
	if o.Language == model.English {
		return model.English
	}
	return model.Swedish
}

func (o Options) body() string {
	if o.Body == "" {
		return DefaultBody
	}
	return o.Body
}

func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}

func (o Options) location() *time.Location {
	if o.Location == nil {
		return model.Stockholm
	}
	return o.Location
}

// MinutesInput is what the minutes of a meeting, and extracts from them,
// are made from, already loaded (LoadMinutes reads it from a store).
type MinutesInput struct {
	// Meeting is the meeting whole: attendees, items with their
	// decisions, and sign-offs.
	Meeting model.Meeting
	// Members are the steering group's members by ID; everyone the
	// meeting names should be here.
	Members map[int64]model.Member
	// Revisions holds, by item ID, the revision of the proposal each item
	// prints: the one decided on, or, for an item not yet decided, the one
	// put on the agenda.
	Revisions map[int64]model.Revision
	// Corrected places, by decision ID, each earlier decision that a
	// decision of this meeting corrects (Decision.Corrects).
	Corrected map[int64]Placement
	// Record is what the meeting's sign-off froze, nil for a meeting not
	// signed off (or signed off before minutes were frozen). With it,
	// Meeting and Members are the frozen ones, and the minutes print its
	// fingerprint and carry it in their manifest.
	Record *model.MinutesRecord
	// FollowUps are what the meeting's item "Uppföljning av beslut"
	// (Meeting.FollowUpSection) reports: with a Record, those it froze.
	FollowUps []model.FollowUpLine
	// Justering is the justering round as the minutes tell of it, nil when
	// the draft was never sent: with a Record, what it froze.
	Justering *model.JusteringSummary
}

// BasisInput is what a decision basis is made from, already loaded
// (LoadBasis reads it from a store).
type BasisInput struct {
	Proposal model.Proposal
	// Revision is the revision the basis prints, normally the current one.
	Revision model.Revision
	// Decisions are the decisions taken on the proposal so far, oldest
	// first.
	Decisions []model.Decision
	// Placements places each decision, by its item ID.
	Placements map[int64]Placement
	// Comments are the proposal's comments, printed when Options.Comments
	// is set.
	Comments []model.Comment
	// Members are the members by ID, to name comments' authors.
	Members map[int64]model.Member
}

// Placement says where a decision was taken: at which meeting, under
// which § (model.DecisionPlace).
type Placement = model.DecisionPlace

// memberName returns the name of member id, or "#id" when the input does
// not know it.
func memberName(members map[int64]model.Member, id int64) string {
	return model.MemberNames(members)(id)
}

// itemRevision returns the revision number and fingerprint an item
// prints: its decision's when decided, else the revision on the agenda.
func itemRevision(it model.Item, revs map[int64]model.Revision) (int, string) {
	if d := it.Decision; d != nil {
		return d.Revision, d.Fingerprint
	}
	if r, ok := revs[it.ID]; ok {
		return r.Number, r.Fingerprint
	}
	return it.Revision, ""
}
