-- The thresholds of At-Large's ALS metrics, as leadership set them (issue 16). No row: the
-- LACRALO metrics document's draft (registry::metrics::Thresholds::default). One row,
-- versioned, so that two leaders editing at once do not overwrite each other.

CREATE TABLE als_metric_thresholds (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    meetings             INTEGER NOT NULL CHECK (meetings BETWEEN 1 AND 50),
    meetings_months      INTEGER NOT NULL CHECK (meetings_months BETWEEN 1 AND 24),
    contributions        INTEGER NOT NULL CHECK (contributions BETWEEN 1 AND 50),
    contributions_months INTEGER NOT NULL CHECK (contributions_months BETWEEN 1 AND 24),
    votes                INTEGER NOT NULL CHECK (votes BETWEEN 1 AND 20),
    polls                INTEGER NOT NULL CHECK (polls BETWEEN 1 AND 20 AND votes <= polls),
    local_reports        INTEGER NOT NULL CHECK (local_reports BETWEEN 1 AND 50),
    local_reports_months INTEGER NOT NULL CHECK (local_reports_months BETWEEN 1 AND 24),
    version              INTEGER NOT NULL DEFAULT 1,
    updated_by           TEXT,
    updated_at           TEXT NOT NULL
) STRICT;

-- A poll's voters are edited as a whole: the version keeps two editors from overwriting
-- each other.
ALTER TABLE polls ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
