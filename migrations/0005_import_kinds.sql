-- Uploads waiting for confirmation are now events, ALSs or members.
ALTER TABLE import_batches ADD COLUMN kind TEXT NOT NULL DEFAULT 'events';
