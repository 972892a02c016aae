// Package protocol is the use case that signs a meeting's protocol: the
// one PDF of a signed-off meeting's minutes that the store keeps, to
// which the chair and the adjuster each add their signature in turn, from
// the window or the command line. It joins the store (model), the
// minutes (model/pdf) and the signatures (model/signing), so that
// neither the window nor the command line holds these rules.
package protocol

import (
	"bytes"
	"context"

	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// Options describe how a protocol not yet stored is written, and the
// signature added.
type Options struct {
	// PDF are the minutes' options (language, body, time zone), used
	// only when the protocol is made now, by the first signer.
	PDF pdf.Options
	// Reason is written in the signature, such as "Justering av protokoll".
	Reason string
	// Location is written in the signature, such as the municipality.
	Location string
}

// Sign adds id's signature to the protocol of meeting meetingID and
// saves it in s: to the stored protocol, or, when none is stored yet, to
// the minutes made now (from the parts of the store pdf.Source names)
// from the record frozen at the sign-off. Only the
// certificate a sign-off of the meeting was made with may sign
// (protocol_not_signer), only once (protocol_signed_twice), and only one
// the group trusts (identity.RequireTrusted). It
// returns the protocol as stored.
func Sign(ctx context.Context, s pdf.Source, meetingID int64, id *identity.Identity, opts Options) ([]byte, error) {
	if id == nil || id.Certificate == nil {
		return nil, model.Errorf(model.EInvalid, "protocol_not_signer", "–")
	}
	m, err := s.Meeting(ctx, meetingID)
	if err != nil {
		return nil, err
	}
	if !m.SignedOff() {
		return nil, model.Errorf(model.EState, "protocol_not_signed_off")
	}
	fp := id.Fingerprint()
	if _, ok := m.SignedOffBy(fp); !ok {
		return nil, model.Errorf(model.EState, "protocol_not_signer", id.Name())
	}
	if err := identity.RequireTrusted(ctx, s, id, model.Now(ctx)); err != nil {
		return nil, err
	}
	doc, err := s.Protocol(ctx, meetingID)
	if err != nil {
		return nil, err
	}
	if doc == nil {
		if doc, err = render(ctx, s, meetingID, opts.PDF); err != nil {
			return nil, err
		}
	} else {
		signed, err := Signers(doc)
		if err != nil {
			return nil, err
		}
		if signed[fp] {
			return nil, model.Errorf(model.EConflict, "protocol_signed_twice", id.Name())
		}
	}
	var out bytes.Buffer
	if err := signing.Sign(doc, &out, id, signing.SignOptions{Reason: opts.Reason, Location: opts.Location}); err != nil {
		return nil, err
	}
	r, err := signing.Verify(out.Bytes())
	if err != nil {
		return nil, err
	}
	if err := s.SaveProtocol(ctx, model.Protocol{MeetingID: meetingID, PDF: out.Bytes(), Signatures: len(r.Signatures)}); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// render writes the minutes of a signed-off meeting from its frozen
// record.
func render(ctx context.Context, s pdf.Source, meetingID int64, opts pdf.Options) ([]byte, error) {
	in, err := pdf.LoadMinutes(ctx, s, meetingID)
	if err != nil {
		return nil, err
	}
	var doc bytes.Buffer
	if _, err := pdf.Minutes(&doc, in, opts); err != nil {
		return nil, err
	}
	return doc.Bytes(), nil
}

// Signers returns the certificates (hex SHA-256) whose signatures on doc
// are valid and cover their revision.
func Signers(doc []byte) (map[string]bool, error) {
	r, err := signing.Verify(doc)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, sig := range r.Signatures {
		if sig.OK() && sig.Fingerprint != "" {
			out[sig.Fingerprint] = true
		}
	}
	return out, nil
}
