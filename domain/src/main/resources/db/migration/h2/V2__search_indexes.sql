-- H2 (the embedded default, for a single user or a demonstration) has no expression indexes; the
-- "starts with" searches scan, which is fine at its scale. Lists newest first:
CREATE INDEX ix_eh_case_opened ON eh_case (opened_on DESC, id DESC);
