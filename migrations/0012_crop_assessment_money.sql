-- ICANN's CROP procedure, continued (issue 15): the trip assessment as ICANN asks it, with
-- its English version; "more information requested" on an undecided application; and the
-- money: each trip's cost estimate and actual costs, and each fiscal year's per diem rate
-- and CROP budget. Amounts are integer cents with an ISO 4217 currency, never floats.

-- The assessment's answers. The existing `report` column holds the results (what the
-- report always held: what came of the trip).
ALTER TABLE crop_applications ADD COLUMN report_objectives TEXT NOT NULL DEFAULT ''
    CHECK (length(report_objectives) <= 5000);
ALTER TABLE crop_applications ADD COLUMN report_activities TEXT NOT NULL DEFAULT ''
    CHECK (length(report_activities) <= 5000);
ALTER TABLE crop_applications ADD COLUMN report_people_reached INTEGER
    CHECK (report_people_reached BETWEEN 0 AND 1000000);
ALTER TABLE crop_applications ADD COLUMN report_contacts TEXT NOT NULL DEFAULT ''
    CHECK (length(report_contacts) <= 5000);
ALTER TABLE crop_applications ADD COLUMN report_follow_up TEXT NOT NULL DEFAULT ''
    CHECK (length(report_follow_up) <= 5000);
-- The language the answers are written in ('' for reports filed before this migration).
ALTER TABLE crop_applications ADD COLUMN report_language TEXT NOT NULL DEFAULT ''
    CHECK (report_language IN ('', 'en', 'es', 'pt', 'fr'));
-- ICANN requires English: the whole assessment in English when written in another language.
ALTER TABLE crop_applications ADD COLUMN report_english TEXT NOT NULL DEFAULT ''
    CHECK (length(report_english) <= 30000);

-- Leadership asked the applicant for more (the question); set until the applicant resubmits.
ALTER TABLE crop_applications ADD COLUMN info_request TEXT NOT NULL DEFAULT ''
    CHECK (length(info_request) <= 1000);
ALTER TABLE crop_applications ADD COLUMN info_requested_at TEXT;

-- The per diem rate a fiscal year's trips are estimated with (cents a day, USD), and the
-- money CROP allocates to LACRALO's trips that year; NULL until leadership set them.
ALTER TABLE crop_allocations ADD COLUMN per_diem_cents INTEGER
    CHECK (per_diem_cents BETWEEN 0 AND 100000000);
ALTER TABLE crop_allocations ADD COLUMN budget_cents INTEGER
    CHECK (budget_cents BETWEEN 0 AND 100000000000);

-- A trip's costs: the estimate before it, the actual costs after it. CROP's caps (hotel 3
-- nights, per diem 4 days, visa US$200) are checked by crop::money before writing.
CREATE TABLE crop_costs (
    application_id      INTEGER NOT NULL REFERENCES crop_applications (id) ON DELETE CASCADE,
    kind                TEXT NOT NULL CHECK (kind IN ('estimate', 'actual')),
    currency            TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    airfare_cents       INTEGER NOT NULL CHECK (airfare_cents >= 0),
    hotel_nights        INTEGER NOT NULL CHECK (hotel_nights BETWEEN 0 AND 3),
    hotel_night_cents   INTEGER NOT NULL CHECK (hotel_night_cents >= 0),
    per_diem_days       INTEGER NOT NULL CHECK (per_diem_days BETWEEN 0 AND 4),
    -- The rate the per diem was counted at (the fiscal year's, when entered).
    per_diem_rate_cents INTEGER NOT NULL CHECK (per_diem_rate_cents >= 0),
    visa_cents          INTEGER NOT NULL CHECK (visa_cents >= 0),
    total_cents         INTEGER NOT NULL CHECK (total_cents >= 0),
    entered_by          TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    updated_at          TEXT NOT NULL,
    PRIMARY KEY (application_id, kind)
) STRICT;
