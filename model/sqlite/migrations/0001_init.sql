-- 0001: the tables. Times are RFC 3339 UTC text with nanoseconds, dates
-- are ISO text ('' when not set), lists are JSON arrays.

CREATE TABLE members (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (trim(name) <> ''),
    title      TEXT    NOT NULL DEFAULT '',
    email      TEXT    NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT    NOT NULL
);

-- A proposal's current content, where it stands, and its current revision.
CREATE TABLE proposals (
    id                 INTEGER PRIMARY KEY,
    ref                TEXT    NOT NULL UNIQUE,
    kind               TEXT    NOT NULL CHECK (kind IN ('area', 'intervention')),
    title              TEXT    NOT NULL,
    summary            TEXT    NOT NULL DEFAULT '',
    description        TEXT    NOT NULL DEFAULT '',
    rationale          TEXT    NOT NULL DEFAULT '',
    evidence           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(evidence)),
    risk_factors       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(risk_factors)),
    protective_factors TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(protective_factors)),
    problem_areas      TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(problem_areas)),
    prevention_level   TEXT    NOT NULL DEFAULT '',
    target_group       TEXT    NOT NULL DEFAULT '',
    responsible        TEXT    NOT NULL DEFAULT '',
    partners           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(partners)),
    start_date         TEXT    NOT NULL DEFAULT '',
    end_date           TEXT    NOT NULL DEFAULT '',
    cost_ore           INTEGER,
    funding            TEXT    NOT NULL DEFAULT '',
    status             TEXT    NOT NULL CHECK (status IN ('draft', 'ready', 'decided', 'withdrawn')),
    outcome            TEXT    NOT NULL DEFAULT '',
    revision           INTEGER NOT NULL CHECK (revision >= 1),
    returned_at        INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    updated_by         TEXT    NOT NULL,
    FOREIGN KEY (id, revision) REFERENCES revisions (proposal_id, number) DEFERRABLE INITIALLY DEFERRED
);

-- Every version of a proposal's content; content is the canonical
-- encoding (model.Canonical), so fingerprint = sha256(content).
CREATE TABLE revisions (
    proposal_id INTEGER NOT NULL REFERENCES proposals (id) DEFERRABLE INITIALLY DEFERRED,
    number      INTEGER NOT NULL CHECK (number >= 1),
    content     TEXT    NOT NULL,
    fingerprint TEXT    NOT NULL CHECK (length(fingerprint) = 64),
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    PRIMARY KEY (proposal_id, number)
);

-- year is the calendar year of starts_at in Swedish time
-- (Europe/Stockholm), whatever zone starts_at was given in; § numbers run
-- through it, in the order of starts_at and then id. signed_off_at is set, as the last write, once
-- both the chair and the adjuster have signed off.
CREATE TABLE meetings (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL DEFAULT '',
    starts_at      TEXT    NOT NULL,
    ends_at        TEXT,
    year           INTEGER NOT NULL,
    place          TEXT    NOT NULL,
    chair_id       INTEGER REFERENCES members (id),
    secretary_id   INTEGER REFERENCES members (id),
    adjuster_id    INTEGER REFERENCES members (id),
    sign_off_place TEXT    NOT NULL DEFAULT '',
    sign_off_date  TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    signed_off_at  TEXT
);
CREATE INDEX meetings_year ON meetings (year);

-- member_id is NULL for a guest, who has a name instead.
CREATE TABLE attendees (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    member_id  INTEGER REFERENCES members (id),
    name       TEXT    NOT NULL DEFAULT '',
    present    INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
    decides    INTEGER NOT NULL DEFAULT 0 CHECK (decides IN (0, 1)),
    CHECK (member_id IS NOT NULL OR trim(name) <> '')
);
CREATE INDEX attendees_meeting ON attendees (meeting_id);

CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id),
    number      INTEGER NOT NULL CHECK (number >= 1),
    position    INTEGER NOT NULL CHECK (position >= 1),
    proposal_id INTEGER NOT NULL,
    revision    INTEGER NOT NULL,
    UNIQUE (meeting_id, proposal_id),
    FOREIGN KEY (proposal_id, revision) REFERENCES revisions (proposal_id, number)
);
CREATE INDEX items_proposal ON items (proposal_id);

CREATE TABLE sign_offs (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id),
    role       TEXT    NOT NULL CHECK (role IN ('chair', 'adjuster')),
    member_id  INTEGER NOT NULL REFERENCES members (id),
    signed_at  TEXT    NOT NULL,
    signer     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, role)
);

-- One decision an item. Reservations, notes, recusals, recipients and the
-- return reason are JSON, so the decision row's lock covers them. prev_*
-- keep the proposal's state before the decision, so replacing or removing
-- the decision before sign-off can undo it.
CREATE TABLE decisions (
    id               INTEGER PRIMARY KEY,
    item_id          INTEGER NOT NULL UNIQUE REFERENCES items (id),
    proposal_id      INTEGER NOT NULL,
    revision         INTEGER NOT NULL,
    fingerprint      TEXT    NOT NULL CHECK (length(fingerprint) = 64),
    outcome          TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    conditions       TEXT    NOT NULL DEFAULT '',
    return_reason    TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(return_reason)),
    reservations     TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(reservations)),
    notes            TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(notes)),
    recusals         TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(recusals)),
    recipients       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(recipients)),
    corrects         INTEGER REFERENCES decisions (id),
    decided_at       TEXT    NOT NULL,
    decided_by       TEXT    NOT NULL,
    prev_status      TEXT    NOT NULL,
    prev_outcome     TEXT    NOT NULL,
    prev_returned_at INTEGER NOT NULL,
    FOREIGN KEY (proposal_id, revision) REFERENCES revisions (proposal_id, number)
);
CREATE INDEX decisions_proposal ON decisions (proposal_id);

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    parent_id   INTEGER REFERENCES comments (id),
    author_id   INTEGER NOT NULL REFERENCES members (id),
    body        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    resolved    INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    resolved_by INTEGER REFERENCES members (id),
    resolved_at TEXT
);
CREATE INDEX comments_proposal ON comments (proposal_id);

CREATE TABLE followups (
    proposal_id INTEGER PRIMARY KEY REFERENCES proposals (id),
    status      TEXT    NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'stopped')),
    progress    INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    updated_at  TEXT    NOT NULL
);

CREATE TABLE followup_notes (
    id          INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES followups (proposal_id),
    date        TEXT    NOT NULL,
    author_id   INTEGER REFERENCES members (id),
    text        TEXT    NOT NULL
);
CREATE INDEX followup_notes_proposal ON followup_notes (proposal_id);

-- The audit log: each row's hash covers the previous row's hash and its own
-- content (model.AuditEntry.ComputeHash).
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log (entity, entity_id);

-- The head of the audit log: the seq and hash of its last row, written in
-- the same transaction as each row, so that rows cut off the end of the
-- log are found by Check.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
