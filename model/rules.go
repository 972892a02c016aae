package model

// The state rules of a proposal (DESIGN.md §3). Each function checks one
// move and, where it is allowed, makes it on the value given; the store
// calls them inside its transaction so the rules live in one place.

// CheckEditable refuses an edit of a proposal whose decision is signed off
// or that has been withdrawn.
func (p Proposal) CheckEditable() error {
	switch {
	case p.Locked:
		return Errorf(ELocked, "proposal_locked", p.Ref)
	case p.Status == StatusWithdrawn:
		return Errorf(EState, "proposal_withdrawn", p.Ref)
	case p.Status == StatusDecided:
		return Errorf(EState, "proposal_decided", p.Ref)
	}
	return nil
}

// MarkReady moves a draft to ready for decision (för beslut). A proposal
// returned for rework needs a new revision first.
func (p *Proposal) MarkReady() error {
	if p.Status != StatusDraft {
		return Errorf(EState, "move_not_allowed", p.Ref, p.Status, StatusReady)
	}
	if p.ReturnedAt > 0 && p.Revision <= p.ReturnedAt {
		return Errorf(EState, "needs_new_revision", p.Ref)
	}
	p.Status = StatusReady
	return nil
}

// MarkDraft moves a ready proposal back to draft, for example to rework it
// before it is put to a meeting.
func (p *Proposal) MarkDraft() error {
	if p.Status != StatusReady {
		return Errorf(EState, "move_not_allowed", p.Ref, p.Status, StatusDraft)
	}
	p.Status = StatusDraft
	return nil
}

// Withdraw ends a proposal that is not yet decided (återtaget).
func (p *Proposal) Withdraw() error {
	if p.Status != StatusDraft && p.Status != StatusReady {
		return Errorf(EState, "move_not_allowed", p.Ref, p.Status, StatusWithdrawn)
	}
	p.Status = StatusWithdrawn
	return nil
}

// CheckAgenda tells whether the proposal can be put on a meeting's agenda:
// only a proposal that is ready for decision.
func (p Proposal) CheckAgenda() error {
	if p.Status != StatusReady {
		return Errorf(EState, "agenda_not_ready", p.Ref, p.Status)
	}
	return nil
}

// ApplyDecision validates d and moves the proposal as its outcome says:
// approved, approved with conditions and rejected decide it; deferred
// leaves it ready for a later meeting; returned sends it back to draft and
// asks for a new revision; withdrawn ends it.
func (p *Proposal) ApplyDecision(d Decision) error {
	if p.Status != StatusReady {
		return Errorf(EState, "decide_not_ready", p.Ref, p.Status)
	}
	if err := d.Validate(); err != nil {
		return err
	}
	switch d.Outcome {
	case OutcomeApproved, OutcomeApprovedConditions, OutcomeRejected:
		p.Status = StatusDecided
	case OutcomeDeferred:
		p.Status = StatusReady
	case OutcomeReturned:
		p.Status = StatusDraft
		// The revision current now, not the one decided on: an edit made
		// while the item was on the agenda is not the rework asked for.
		p.ReturnedAt = p.Revision
	case OutcomeWithdrawn:
		p.Status = StatusWithdrawn
	}
	p.Outcome = d.Outcome
	return nil
}

// Final tells whether the outcome ends the proposal's way through meetings,
// so that signing the decision off locks the proposal.
func (o Outcome) Final() bool {
	return o == OutcomeApproved || o == OutcomeApprovedConditions || o == OutcomeRejected || o == OutcomeWithdrawn
}

// CheckCommentChange refuses editing or resolving comments on a proposal
// whose decision is signed off; new comments may still be added.
func (p Proposal) CheckCommentChange() error {
	if p.Locked {
		return Errorf(ELocked, "comments_locked", p.Ref)
	}
	return nil
}
