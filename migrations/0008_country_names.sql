-- Country names in Portuguese and French, filled from data/seed/country_names.csv on start.
ALTER TABLE countries ADD COLUMN name_pt TEXT NOT NULL DEFAULT '';
ALTER TABLE countries ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
