package sqlstore

import (
	"regexp"

	"github.com/styrgrupp/styrgrupp/model"
)

// Entity names a kind of thing in a not_found message, in the message's
// language (keys entity.* in model/messages.go).
type Entity string

// Label returns the entity's name in l.
func (e Entity) Label(l model.Language) string {
	return model.Errorf(model.EInternal, "entity."+string(e)).Message(l)
}

// NotFound is the ENotFound error for the entity with id.
func NotFound(e Entity, id any) error {
	return model.Errorf(model.ENotFound, "not_found", e, id)
}

// NoRows maps a missing row to NotFound(e, id) and passes other errors.
func NoRows(err error, e Entity, id any) error {
	if IsNoRows(err) {
		return NotFound(e, id)
	}
	return err
}

// triggerTag finds the key a trigger of the adapters' migrations puts at
// the start of its message: styrgrupp[meeting_locked]: ….
var triggerTag = regexp.MustCompile(`styrgrupp\[([a-z_]+)\]`)

// TriggerKey returns the message key for a trigger's refusal, given the
// driver's message. The proposal lock's trigger cannot name the proposal
// (SQLite's RAISE takes a literal), so it maps to proposal_locked_plain;
// a refusal without a known tag is taken for the signed-off minutes,
// which most triggers guard.
func TriggerKey(msg string) string {
	m := triggerTag.FindStringSubmatch(msg)
	if m == nil {
		return "meeting_locked"
	}
	switch m[1] {
	case "audit_locked", "revision_locked", "protocol_not_signed_off", "protocol_not_extension",
		"followup_locked", "followup_note_locked", "justering_note_locked", "comment_locked":
		return m[1]
	case "proposal_locked":
		return "proposal_locked_plain"
	}
	return "meeting_locked"
}
