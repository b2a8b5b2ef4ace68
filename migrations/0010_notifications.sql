-- The notification engine: messages with a language, a link, a text and an HTML part and a
-- deduplication key; what each person wants to receive; who follows what; the scheduler's
-- lease; private calendar feeds; the browsers an account has logged in from.

-- The outbox grows. `body` stays the text part; `html_body` is the HTML part (NULL on the
-- messages written before this migration, which go out as text only).
ALTER TABLE outbox ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE outbox ADD COLUMN link TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN html_body TEXT;
-- One message per cause: `trip-report-due:{application}:{step}` and the like. The older
-- messages have none (NULL is never equal to NULL in a UNIQUE index).
ALTER TABLE outbox ADD COLUMN dedup_key TEXT;
ALTER TABLE outbox ADD COLUMN user_id INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE outbox ADD COLUMN member_id INTEGER REFERENCES members (id) ON DELETE SET NULL;
-- The address as compared (opt-outs are kept by it).
ALTER TABLE outbox ADD COLUMN recipient_canonical TEXT;
-- pending: waits for its next attempt; sent; failed: refused for good (the server's
-- answer in last_error), until leadership retry it; sent_by_hand: leadership sent it
-- themselves.
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sent', 'failed', 'sent_by_hand'));
-- Optional messages carry a one-click unsubscribe link; its token is kept hashed here.
ALTER TABLE outbox ADD COLUMN unsubscribe_hash TEXT;
ALTER TABLE outbox ADD COLUMN unsubscribe_url TEXT;
-- Who retried or marked a message by hand, and when.
ALTER TABLE outbox ADD COLUMN handled_by TEXT;
ALTER TABLE outbox ADD COLUMN handled_at TEXT;

UPDATE outbox SET status = 'sent' WHERE sent_at IS NOT NULL;

CREATE UNIQUE INDEX outbox_by_dedup_key ON outbox (dedup_key);
CREATE INDEX outbox_by_unsubscribe ON outbox (unsubscribe_hash) WHERE unsubscribe_hash IS NOT NULL;
CREATE INDEX outbox_by_status ON outbox (status, id);
DROP INDEX outbox_pending;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';

-- What a person does not want (an optional kind turned off, by the preferences page or an
-- unsubscribe link). Keyed by the canonical address, so it holds for registry members who
-- have no account as much as for accounts.
CREATE TABLE notification_optouts (
    email_canonical TEXT NOT NULL,
    kind            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (email_canonical, kind)
) STRICT, WITHOUT ROWID;

-- Leadership's defaults for everyone (one row).
CREATE TABLE notification_settings (
    id                       INTEGER PRIMARY KEY CHECK (id = 1),
    crop_first_reminder_days INTEGER NOT NULL DEFAULT 7 CHECK (crop_first_reminder_days BETWEEN 1 AND 60),
    crop_last_reminder_days  INTEGER NOT NULL DEFAULT 1 CHECK (crop_last_reminder_days BETWEEN 1 AND 60),
    report_reminder_days     INTEGER NOT NULL DEFAULT 3 CHECK (report_reminder_days BETWEEN 1 AND 30),
    webinar_first_hours      INTEGER NOT NULL DEFAULT 24 CHECK (webinar_first_hours BETWEEN 1 AND 336),
    webinar_last_hours       INTEGER NOT NULL DEFAULT 1 CHECK (webinar_last_hours BETWEEN 1 AND 336),
    -- ISO weekday: 1 Monday … 7 Sunday; the hour in each leader's own time zone.
    digest_weekday           INTEGER NOT NULL DEFAULT 1 CHECK (digest_weekday BETWEEN 1 AND 7),
    digest_hour              INTEGER NOT NULL DEFAULT 8 CHECK (digest_hour BETWEEN 0 AND 23),
    als_nudges               INTEGER NOT NULL DEFAULT 1 CHECK (als_nudges IN (0, 1)),
    version                  INTEGER NOT NULL DEFAULT 1,
    updated_by               TEXT,
    updated_at               TEXT NOT NULL,
    CHECK (crop_last_reminder_days < crop_first_reminder_days),
    CHECK (webinar_last_hours < webinar_first_hours)
) STRICT;
INSERT INTO notification_settings (id, updated_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- Who follows what: one event, or every event of a relevance, kind, country or sub-region.
CREATE TABLE follows (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target     TEXT NOT NULL CHECK (target IN ('event', 'relevance', 'kind', 'country', 'subregion')),
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (user_id, target, value)
) STRICT;
CREATE INDEX follows_by_target ON follows (target, value);

-- A message to many people (a CROP announcement to 50,000 members) is written in batches,
-- each its own short transaction, so that other writers are never kept waiting long: the
-- row is written with the cause (and its first batch), and says whether the rest is done.
-- An interrupted fan-out is resumed by the scheduler; every message's key keeps it once.
CREATE TABLE fanouts (
    key         TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    subject_id  INTEGER NOT NULL,
    -- The sender's language, for recipients whose own is not known.
    lang        TEXT NOT NULL DEFAULT 'en',
    started_at  TEXT NOT NULL,
    finished_at TEXT
) STRICT;
CREATE INDEX fanouts_pending ON fanouts (kind) WHERE finished_at IS NULL;

-- The scheduler runs in one server at a time: whoever holds the lease until it expires.
CREATE TABLE scheduler_lease (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;

-- A private calendar feed per account; its token is kept hashed, so renewing it is the
-- only way to see a new one.
CREATE TABLE feed_tokens (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
) STRICT;

-- The browsers an account has logged in from (a random cookie, kept hashed): a login from
-- another one is told to the account's owner.
CREATE TABLE known_browsers (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    browser_hash TEXT NOT NULL,
    first_seen   TEXT NOT NULL,
    last_seen    TEXT NOT NULL,
    PRIMARY KEY (user_id, browser_hash)
) STRICT, WITHOUT ROWID;

-- An account's own time zone (NULL: the zone of its member's country, else UTC), for
-- deadlines, reminders and the digest's hour.
ALTER TABLE users ADD COLUMN time_zone TEXT;
-- The language a registry member reads (NULL: not known).
ALTER TABLE members ADD COLUMN language TEXT;
-- Who speaks for an ALS: nudges and status changes go to this member.
ALTER TABLE als ADD COLUMN contact_member_id INTEGER REFERENCES members (id) ON DELETE SET NULL;
-- The language the inviter chose for the invitation (and the new account's first language).
ALTER TABLE invitations ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';

-- Accounts are found by the member they speak for (every message to a registry member).
CREATE INDEX users_by_member ON users (member_id) WHERE member_id IS NOT NULL;

-- An approval can be revoked (the applicant is told, with the reason): a status the
-- table's CHECK did not allow, so the table is rebuilt with it. Nothing refers to it.
CREATE TABLE crop_applications_new (
    id              INTEGER PRIMARY KEY,
    opportunity_id  INTEGER NOT NULL REFERENCES crop_opportunities (id) ON DELETE CASCADE,
    member_id       INTEGER NOT NULL REFERENCES members (id),
    user_id         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    in_subregion    INTEGER NOT NULL CHECK (in_subregion IN (0, 1)),
    motivation      TEXT NOT NULL CHECK (length(motivation) BETWEEN 1 AND 5000),
    outreach_plan   TEXT NOT NULL CHECK (length(outreach_plan) BETWEEN 1 AND 5000),
    languages       TEXT NOT NULL,
    travel_needs    TEXT NOT NULL DEFAULT '' CHECK (length(travel_needs) <= 5000),
    status          TEXT NOT NULL DEFAULT 'submitted'
                    CHECK (status IN ('submitted', 'shortlisted', 'approved', 'declined', 'withdrawn', 'revoked')),
    decision_reason TEXT NOT NULL DEFAULT '',
    decided_by      TEXT,
    decided_at      TEXT,
    report          TEXT NOT NULL DEFAULT '' CHECK (length(report) <= 20000),
    report_filed_at TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (opportunity_id, member_id)
) STRICT;
INSERT INTO crop_applications_new SELECT * FROM crop_applications;
DROP TABLE crop_applications;
ALTER TABLE crop_applications_new RENAME TO crop_applications;
CREATE INDEX crop_applications_by_member ON crop_applications (member_id, status);
CREATE INDEX crop_applications_by_status ON crop_applications (status, opportunity_id);
