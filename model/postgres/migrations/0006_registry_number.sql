-- 0006: the municipality's registry number (diarienummer) of a proposal
-- (issue 15, point 1): free text, '' when there is none. It is content,
-- so the lock of a proposal with a signed-off decision covers it; search
-- finds it through proposal_search's body (search.go, searchDoc), which
-- needs nothing new here: every registry number is '' until written.

ALTER TABLE proposals ADD COLUMN registry_number text NOT NULL DEFAULT '';

DROP TRIGGER proposals_locked_update ON proposals;
CREATE TRIGGER proposals_locked_update
    BEFORE UPDATE OF id, ref, kind, registry_number, title, summary, description, rationale, evidence, risk_factors,
        protective_factors, problem_areas, prevention_level, target_group, responsible, partners,
        start_date, end_date, cost_ore, funding, revision ON proposals
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_proposals_lock();
