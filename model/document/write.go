// Package document is the use cases of Styrgrupp's PDF documents that the
// window and the command line both offer: write one (the minutes of a
// meeting, an extract of one §, the decision basis of a proposal, the
// follow-up report: read from the store, rendered by model/pdf, signed
// when an identity is given, written atomically to a path
// internal/outfile allows) and verify one (its signatures, and its
// manifest against a store).
package document

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/styrgrupp/styrgrupp/internal/outfile"
	"github.com/styrgrupp/styrgrupp/model"
	"github.com/styrgrupp/styrgrupp/model/identity"
	"github.com/styrgrupp/styrgrupp/model/pdf"
	"github.com/styrgrupp/styrgrupp/model/signing"
)

// Request names a document to write and where it goes.
type Request struct {
	// Kind is pdf.KindMinutes, pdf.KindExtract or pdf.KindBasis for
	// Write; WriteFollowUp writes pdf.KindFollowUp.
	Kind pdf.Kind
	// Meeting is the meeting of minutes and of an extract.
	Meeting int64
	// Section is the § an extract is made of.
	Section int
	// Ref is the proposal whose decision basis is written.
	Ref     string
	Options pdf.Options
	// Signer signs the document when not nil, giving Reason.
	Signer *identity.Identity
	Reason string
	// Out is where the document goes; its Kind is PDF and an existing PDF
	// is replaced.
	Out outfile.Target
}

// Result tells what Write wrote.
type Result struct {
	// Manifest is the manifest of the document rendered; zero for a
	// stored protocol.
	Manifest pdf.Manifest
	// Stored is set when the minutes written are the signed protocol the
	// store keeps, byte for byte, with Signer's signature added on top
	// when one was given.
	Stored bool
}

// Write makes the document r names and writes it to r.Out.Path through a
// temporary file, renamed only once the whole document is written and,
// with a Signer, signed: a failure leaves no half file, and an older file
// stays as it was. A Signer the group does not trust is refused
// (identity.RequireTrusted). The minutes of a meeting whose signed
// protocol the store keeps are that protocol. The document is made on
// r.Options.Now, or, when that is zero, at the context's clock
// (model.Now): an extract's certification is dated that day. A meeting, §
// or proposal that is not there is an ENotFound or EInvalid model error.
func Write(ctx context.Context, s pdf.Source, r Request) (Result, error) {
	if r.Options.Now.IsZero() {
		r.Options.Now = model.Now(ctx)
	}
	return write(ctx, s, r, func() ([]byte, Result, error) { return render(ctx, s, r) })
}

// WriteFollowUp writes the follow-up report of the approved interventions
// in s as Write writes the other documents: to r.Out.Path through a
// temporary file, signed when r.Signer is given. What is overdue is
// judged on the day of r.Options.Now, or, when that is zero, of the
// context's clock (model.Now). r.Kind is not read.
func WriteFollowUp(ctx context.Context, s pdf.FollowUpSource, r Request) (Result, error) {
	r.Kind = pdf.KindFollowUp
	if r.Options.Now.IsZero() {
		r.Options.Now = model.Now(ctx)
	}
	return write(ctx, s, r, func() ([]byte, Result, error) {
		in, err := pdf.LoadFollowUp(ctx, s)
		if err != nil {
			return nil, Result{}, err
		}
		var doc bytes.Buffer
		man, err := pdf.FollowUp(&doc, in, r.Options)
		return doc.Bytes(), Result{Manifest: man}, err
	})
}

// write is the one way a document is written: the output checked, the
// signer checked against what the group trusts (s's trusted files), the
// document rendered, signed when r.Signer is given, and written
// atomically.
func write(ctx context.Context, s any, r Request, render func() ([]byte, Result, error)) (Result, error) {
	r.Out.Kind, r.Out.Replace = outfile.PDF, true
	if err := outfile.Check(r.Out); err != nil {
		return Result{}, err
	}
	if r.Signer != nil {
		if err := identity.RequireTrusted(ctx, s, r.Signer, model.Now(ctx)); err != nil {
			return Result{}, err
		}
	}
	doc, res, err := render()
	if err != nil {
		return Result{}, err
	}
	signed, err := Sign(doc, r.Signer, signing.SignOptions{Reason: r.Reason})
	if err != nil {
		return Result{}, err
	}
	return res, outfile.Write(r.Out.Path, signed)
}

// render makes the document r names, unsigned.
func render(ctx context.Context, s pdf.Source, r Request) ([]byte, Result, error) {
	var doc bytes.Buffer
	var res Result
	switch r.Kind {
	case pdf.KindMinutes, pdf.KindExtract:
		in, err := pdf.LoadMinutes(ctx, s, r.Meeting)
		if model.ErrorCode(err) == model.ENotFound {
			return nil, Result{}, model.Errorf(model.ENotFound, "document_no_meeting", strconv.FormatInt(r.Meeting, 10))
		} else if err != nil {
			return nil, Result{}, err
		}
		if r.Kind == pdf.KindExtract {
			if err := CheckSection(in.Meeting, strconv.FormatInt(r.Meeting, 10), r.Section); err != nil {
				return nil, Result{}, err
			}
			res.Manifest, err = pdf.Extract(&doc, in, r.Section, r.Options)
			return doc.Bytes(), res, err
		}
		stored, err := s.Protocol(ctx, r.Meeting)
		if err != nil || stored != nil {
			return stored, Result{Stored: true}, err
		}
		res.Manifest, err = pdf.Minutes(&doc, in, r.Options)
		return doc.Bytes(), res, err
	case pdf.KindBasis:
		ref := strings.TrimSpace(r.Ref)
		in, err := pdf.LoadBasis(ctx, s, ref)
		if model.ErrorCode(err) == model.ENotFound {
			return nil, Result{}, model.Errorf(model.ENotFound, "document_no_proposal", ref)
		} else if err != nil {
			return nil, Result{}, err
		}
		res.Manifest, err = pdf.Basis(&doc, in, r.Options)
		return doc.Bytes(), res, err
	}
	return nil, Result{}, fmt.Errorf("document: unknown kind %q", r.Kind)
}

// Sign returns doc signed by id, or doc itself when id is nil.
func Sign(doc []byte, id *identity.Identity, o signing.SignOptions) ([]byte, error) {
	if id == nil {
		return doc, nil
	}
	var signed bytes.Buffer
	if err := signing.Sign(doc, &signed, id, o); err != nil {
		return nil, err
	}
	return signed.Bytes(), nil
}

// CheckSection refuses an extract of a § the meeting m does not have;
// name is how the user named the meeting (its number or its date).
func CheckSection(m model.Meeting, name string, section int) error {
	if _, ok := m.Item(section); ok {
		return nil
	}
	first, last := m.SectionRange()
	switch {
	case len(m.Items) == 0:
		return model.Errorf(model.EInvalid, "document_no_items", name)
	case first == last:
		return model.Errorf(model.EInvalid, "document_no_item_one", name, section, first)
	}
	return model.Errorf(model.EInvalid, "document_no_item", name, section, first, last)
}

// FindMeeting returns the meeting the user named by its number or by its
// date (2026-10-14, in Swedish time), which must be the only one that day.
// A name that fits no meeting, or several, is an EInvalid or ENotFound
// model error that says so.
func FindMeeting(ctx context.Context, s model.MeetingStore, name string) (model.Meeting, error) {
	name = strings.TrimSpace(name)
	if id, err := strconv.ParseInt(name, 10, 64); err == nil {
		m, err := s.Meeting(ctx, id)
		if model.ErrorCode(err) == model.ENotFound {
			return model.Meeting{}, model.Errorf(model.ENotFound, "document_no_meeting", name)
		}
		return m, err
	}
	d, err := model.ParseISODate(name)
	if err != nil || d.IsZero() {
		return model.Meeting{}, model.Errorf(model.EInvalid, "document_not_meeting", name)
	}
	ms, err := s.Meetings(ctx)
	if err != nil {
		return model.Meeting{}, err
	}
	var found []model.Meeting
	for _, m := range ms {
		if model.SwedishDay(m.StartsAt) == d {
			found = append(found, m)
		}
	}
	switch len(found) {
	case 0:
		return model.Meeting{}, model.Errorf(model.ENotFound, "document_none_on", name)
	case 1:
		return found[0], nil
	}
	return model.Meeting{}, model.Errorf(model.EInvalid, "document_many_on", len(found), name)
}

// text is the catalogue's message key in l, with its arguments.
func text(l model.Language, key string, args ...any) string {
	return model.Errorf(model.EInternal, key, args...).Message(l)
}
