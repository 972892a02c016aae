-- 0010: what the group trusts for signatures (issue 16, point 2): the
-- certificates of the authorities whose members' signatures it accepts,
-- and their revocation lists, each as its DER bytes.

CREATE TABLE trusted_files (
    id       INTEGER PRIMARY KEY,
    kind     TEXT    NOT NULL CHECK (kind IN ('ca', 'crl')),
    name     TEXT    NOT NULL,
    der      BLOB    NOT NULL,
    sha256   TEXT    NOT NULL UNIQUE,
    added_at TEXT    NOT NULL,
    added_by TEXT    NOT NULL
);
