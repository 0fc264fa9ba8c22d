-- Searches match "starts with", case-insensitively: LOWER(column) LIKE 'smi%'. PostgreSQL can use an
-- index for that only on the lower-cased expression with the pattern operator class.
CREATE INDEX ix_family_name_prefix ON family (LOWER(family_name) varchar_pattern_ops);
CREATE INDEX ix_child_family_name_prefix ON child (LOWER(family_name) varchar_pattern_ops);
CREATE INDEX ix_child_given_name_prefix ON child (LOWER(given_name) varchar_pattern_ops);
CREATE INDEX ix_practitioner_family_name_prefix ON practitioner (LOWER(family_name) varchar_pattern_ops);
CREATE INDEX ix_practitioner_given_name_prefix ON practitioner (LOWER(given_name) varchar_pattern_ops);
CREATE INDEX ix_practitioner_email_prefix ON practitioner (email varchar_pattern_ops);
-- lists newest first
CREATE INDEX ix_eh_case_opened ON eh_case (opened_on DESC, id DESC);
