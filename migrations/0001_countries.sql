-- Reference data: the LAC countries and territories with their LACRALO sub-region.
-- Loaded from data/seed/lac_countries.csv on first start (see src/db.rs).
CREATE TABLE countries (
    iso2               TEXT PRIMARY KEY CHECK (length(iso2) = 2 AND iso2 = upper(iso2)),
    name_en            TEXT NOT NULL,
    name_es            TEXT NOT NULL,
    cctld              TEXT NOT NULL,
    cctld_delegated    INTEGER NOT NULL CHECK (cctld_delegated IN (0, 1)),
    lacralo_subregion  TEXT NOT NULL CHECK (lacralo_subregion IN ('A', 'B', 'C', 'D')),
    kind               TEXT NOT NULL CHECK (kind IN ('country', 'territory')),
    no_als_in_2023_plan INTEGER NOT NULL CHECK (no_als_in_2023_plan IN (0, 1))
) STRICT;

-- Small key/value facts about this database, such as which seed data was loaded,
-- so that deleting every event does not make the plan's events come back.
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
