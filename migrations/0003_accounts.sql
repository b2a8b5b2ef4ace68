-- Accounts, invitations, login throttling, the audit log and the outbox.
-- Sessions live in the table tower-sessions creates itself (`tower_sessions`).

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    -- As entered, NFC-normalised; shown to people.
    email               TEXT NOT NULL,
    -- Compared on: NFC, lower-cased local part, A-label domain (src/accounts/email.rs).
    email_canonical     TEXT NOT NULL UNIQUE,
    display_name        TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    password_hash       TEXT NOT NULL,
    role                TEXT NOT NULL CHECK (role IN ('member', 'gse_staff', 'leadership')),
    locale              TEXT NOT NULL DEFAULT 'en',
    disabled            INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    -- Members arrive with the ALS registry; the link is ready for them.
    member_id           INTEGER,
    -- Base32 TOTP secret once enrolment is confirmed; the pending one during enrolment.
    totp_secret         TEXT,
    totp_pending_secret TEXT,
    -- The last 30-second step a code was accepted for: a code is never accepted twice.
    totp_last_step      INTEGER,
    -- Raised when the password changes, the second factor is reset or the account is
    -- disabled: every session made before then ends.
    session_epoch       INTEGER NOT NULL DEFAULT 0,
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    last_login_at       TEXT
) STRICT;

-- Ten single-use codes per user, kept only as hashes.
CREATE TABLE recovery_codes (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL,
    used_at    TEXT
) STRICT;
CREATE INDEX recovery_codes_by_user ON recovery_codes (user_id);

CREATE TABLE invitations (
    id               INTEGER PRIMARY KEY,
    token_hash       TEXT NOT NULL UNIQUE,
    email            TEXT NOT NULL,
    email_canonical  TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('member', 'gse_staff', 'leadership')),
    invited_by       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    expires_at       TEXT NOT NULL,
    accepted_at      TEXT,
    accepted_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    revoked_at       TEXT
) STRICT;

-- Failed logins per account and per address: they slow down, then lock for a while.
CREATE TABLE login_throttle (
    key           TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    first_failure TEXT NOT NULL,
    locked_until  TEXT
) STRICT;

-- One row for every write, in the same transaction as the write.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER,
    user_email  TEXT,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    before_json TEXT,
    after_json  TEXT
) STRICT;
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);

-- Notifications, written in the same transaction as what causes them; sent by SMTP when a
-- server is configured, listed for leadership otherwise.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at TEXT NOT NULL,
    sent_at         TEXT
) STRICT;
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE sent_at IS NULL;

