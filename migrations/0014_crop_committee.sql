-- A CROP selection committee, where leadership want one (issue 15, after NARALO's
-- three-member committee): reviewers assigned per opportunity, each scoring every
-- application on four criteria (0 to 5 each) and ranking a first and a second choice.
-- A reviewer who is the applicant, or from the applicant's ALS, is recused; that rule is
-- `crop::procedure::recused`, checked by the server before every write.

CREATE TABLE crop_reviewers (
    opportunity_id INTEGER NOT NULL REFERENCES crop_opportunities (id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    assigned_by    TEXT,
    assigned_at    TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, user_id)
) STRICT;
CREATE INDEX crop_reviewers_by_user ON crop_reviewers (user_id);

-- One reviewer's scores of one application. Versioned: a stale form (another tab of the
-- same reviewer) is refused, never silently overwritten.
CREATE TABLE crop_scores (
    application_id  INTEGER NOT NULL REFERENCES crop_applications (id) ON DELETE CASCADE,
    reviewer_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    outreach_plan   INTEGER NOT NULL CHECK (outreach_plan BETWEEN 0 AND 5),
    subregion       INTEGER NOT NULL CHECK (subregion BETWEEN 0 AND 5),
    reports_on_time INTEGER NOT NULL CHECK (reports_on_time BETWEEN 0 AND 5),
    engagement      INTEGER NOT NULL CHECK (engagement BETWEEN 0 AND 5),
    version         INTEGER NOT NULL DEFAULT 1,
    scored_at       TEXT NOT NULL,
    PRIMARY KEY (application_id, reviewer_id)
) STRICT;
CREATE INDEX crop_scores_by_reviewer ON crop_scores (reviewer_id);

-- One reviewer's first and (optional) second choice among an opportunity's applications.
CREATE TABLE crop_rankings (
    opportunity_id INTEGER NOT NULL REFERENCES crop_opportunities (id) ON DELETE CASCADE,
    reviewer_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    first_choice   INTEGER NOT NULL REFERENCES crop_applications (id) ON DELETE CASCADE,
    second_choice  INTEGER REFERENCES crop_applications (id) ON DELETE CASCADE,
    version        INTEGER NOT NULL DEFAULT 1,
    ranked_at      TEXT NOT NULL,
    CHECK (second_choice IS NULL OR second_choice != first_choice),
    PRIMARY KEY (opportunity_id, reviewer_id)
) STRICT;
