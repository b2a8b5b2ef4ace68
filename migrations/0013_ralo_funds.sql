-- The RALO discretionary funds (issue 15): a yearly budget per fiscal year, and requests
-- for local initiatives (by leadership, or by a member for their ALS) with their budget
-- lines; their steps (submitted, endorsed by RALO leadership, approved by the ALAC finance
-- subcommittee, reported, closed); the report with actual spending, and its receipts.
-- Amounts are integer cents with an ISO 4217 currency. Receipts are kept in the database
-- (outside the web root, in every backup) and served only to leadership and the requester.

CREATE TABLE fund_budgets (
    fiscal_year  INTEGER PRIMARY KEY CHECK (fiscal_year BETWEEN 1990 AND 2200),
    amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 0 AND 100000000000),
    currency     TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    version      INTEGER NOT NULL DEFAULT 1,
    updated_by   TEXT,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE fund_requests (
    id              INTEGER PRIMARY KEY,
    fiscal_year     INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2200),
    title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    als_id          INTEGER NOT NULL REFERENCES als (id),
    -- Where the initiative takes place.
    country         TEXT NOT NULL REFERENCES countries (iso2),
    held_on         TEXT NOT NULL,
    objectives      TEXT NOT NULL CHECK (length(objectives) BETWEEN 1 AND 5000),
    expected_reach  INTEGER NOT NULL CHECK (expected_reach BETWEEN 0 AND 1000000),
    status          TEXT NOT NULL DEFAULT 'submitted'
                    CHECK (status IN ('submitted', 'endorsed', 'approved', 'reported', 'closed', 'declined')),
    -- The sum of the budget lines, in the budget's currency.
    total_cents     INTEGER NOT NULL CHECK (total_cents >= 0),
    currency        TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    -- The account that asked: who is told, and who (besides leadership) sees its receipts.
    requested_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- The ALAC finance subcommittee's approval, as leadership record it.
    approved_on     TEXT,
    approval_ref    TEXT NOT NULL DEFAULT '' CHECK (length(approval_ref) <= 200),
    decline_reason  TEXT NOT NULL DEFAULT '' CHECK (length(decline_reason) <= 1000),
    -- The report: what was achieved and the people reached.
    achieved        TEXT NOT NULL DEFAULT '' CHECK (length(achieved) <= 10000),
    people_reached  INTEGER CHECK (people_reached BETWEEN 0 AND 1000000),
    report_filed_at TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX fund_requests_by_year ON fund_requests (fiscal_year, status);
CREATE INDEX fund_requests_by_requester ON fund_requests (requested_by);

CREATE TABLE fund_lines (
    id             INTEGER PRIMARY KEY,
    request_id     INTEGER NOT NULL REFERENCES fund_requests (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    category       TEXT NOT NULL
                   CHECK (category IN ('venue', 'catering', 'travel', 'materials', 'communication', 'other')),
    justification  TEXT NOT NULL CHECK (length(justification) BETWEEN 1 AND 1000),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents >= 0),
    currency       TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    -- What was spent, entered with the report.
    actual_cents   INTEGER CHECK (actual_cents >= 0),
    UNIQUE (request_id, position)
) STRICT;

CREATE TABLE fund_steps (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES fund_requests (id) ON DELETE CASCADE,
    step        TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    taken_by    TEXT,
    taken_at    TEXT NOT NULL
) STRICT;
CREATE INDEX fund_steps_by_request ON fund_steps (request_id, id);

CREATE TABLE fund_receipts (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL REFERENCES fund_requests (id) ON DELETE CASCADE,
    -- The name as uploaded (shown, never used as a path).
    file_name    TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    -- From the content, not the name: application/pdf, image/jpeg or image/png.
    content_type TEXT NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size         INTEGER NOT NULL CHECK (size BETWEEN 1 AND 5242880),
    content      BLOB NOT NULL,
    uploaded_by  TEXT,
    uploaded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX fund_receipts_by_request ON fund_receipts (request_id);
