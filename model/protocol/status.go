package protocol

import (
	"context"

	"github.com/styrgrupp/styrgrupp/model"
)

// Status is how far a meeting's protocol has come: who of those who
// signed the minutes off has signed it, and who has not.
type Status struct {
	// Stored is set when the store keeps a protocol for the meeting.
	Stored bool
	// Signed are the sign-offs whose certificate has signed the stored
	// protocol, in the order of the sign-offs; Missing the others.
	Signed, Missing []model.SignOff
}

// Done tells whether every sign-off's certificate has signed the
// protocol.
func (st Status) Done() bool { return st.Stored && len(st.Missing) == 0 }

// SignedBy tells whether the sign-off in role has signed the protocol.
func (st Status) SignedBy(role model.Role) bool {
	for _, s := range st.Signed {
		if s.Role == role {
			return true
		}
	}
	return false
}

// StatusOf reads the protocol of meeting m from s and tells who has
// signed it. A meeting not signed off has no protocol and an empty
// Status.
func StatusOf(ctx context.Context, s model.MeetingStore, m model.Meeting) (Status, error) {
	if !m.SignedOff() {
		return Status{}, nil
	}
	doc, err := s.Protocol(ctx, m.ID)
	if err != nil {
		return Status{}, err
	}
	st := Status{Stored: doc != nil}
	signers := map[string]bool{}
	if doc != nil {
		if signers, err = Signers(doc); err != nil {
			return Status{}, err
		}
	}
	for _, so := range m.SignOffs {
		if so.CertSHA256 != "" && signers[so.CertSHA256] {
			st.Signed = append(st.Signed, so)
		} else {
			st.Missing = append(st.Missing, so)
		}
	}
	return st, nil
}
