-- 0004: a member's standing role in the steering group, the default a new
-- meeting is offered for its chair and secretary; the roles in one meeting
-- stay in the meeting. Members from before get 'member' (ledamot).

ALTER TABLE members ADD COLUMN role TEXT NOT NULL DEFAULT 'member'
    CHECK (role IN ('chair', 'vice_chair', 'secretary', 'member', 'deputy', 'co_opted'));
