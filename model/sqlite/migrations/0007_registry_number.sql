-- 0007: the municipality's registry number (diarienummer) of a proposal
-- (issue 15, point 1): free text, '' when there is none. It is content,
-- so the lock of a proposal with a signed-off decision covers it, and
-- search finds it: the full-text index is made again with a column for
-- it and filled from the proposals (migrate.go, fillAfter).

ALTER TABLE proposals ADD COLUMN registry_number TEXT NOT NULL DEFAULT '';

DROP TRIGGER proposals_locked_update;
CREATE TRIGGER proposals_locked_update
BEFORE UPDATE OF ref, kind, registry_number, title, summary, description, rationale, evidence, risk_factors,
    protective_factors, problem_areas, prevention_level, target_group, responsible, partners,
    start_date, end_date, cost_ore, funding, revision ON proposals
WHEN (SELECT CASE WHEN m.signed_off_at IS NULL THEN '' ELSE d.outcome END
      FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
      WHERE d.proposal_id = OLD.id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1)
     IN ('approved', 'approved_with_conditions', 'rejected', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[proposal_locked]: the proposal has a signed-off decision and cannot be changed');
END;

DROP TABLE proposal_fts;
CREATE VIRTUAL TABLE proposal_fts USING fts5 (
    ref, registry_number, title, summary, description, rationale, evidence, factors,
    target_group, responsible, partners,
    tokenize = 'unicode61 remove_diacritics 0'
);
