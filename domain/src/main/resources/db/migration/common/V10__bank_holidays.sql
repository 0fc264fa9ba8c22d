-- Working days (TAF minutes are circulated within 5 working days; escalation stages run on working-day clocks):
-- Monday to Friday except the bank holidays of England and Wales, kept here as data that the authority's
-- administrator updates (the next year's holidays, a one-off holiday) rather than as code (docs/adr/0013).
-- One row per date; a holiday that falls at a weekend is recorded on its substitute weekday, as gov.uk lists it.
CREATE TABLE bank_holiday (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    holiday_on DATE         NOT NULL,
    name       VARCHAR(100) NOT NULL,
    CONSTRAINT pk_bank_holiday PRIMARY KEY (id),
    -- one holiday per date; also the index of "the holidays between two dates"
    CONSTRAINT uk_bank_holiday_on UNIQUE (holiday_on)
);

-- The England and Wales bank holidays 2025-2028 as gov.uk/bank-holidays names them (2028 by the usual rules; check
-- it when the government publishes that year). Ids come from the shared sequence (nextval works on H2 and
-- PostgreSQL): each call takes a block of its own, so they never meet the ids the application allocates.

-- 2025
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2025-01-01', 'New Year''s Day');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2025-04-18', 'Good Friday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2025-04-21', 'Easter Monday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2025-05-05', 'Early May bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2025-05-26', 'Spring bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2025-08-25', 'Summer bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2025-12-25', 'Christmas Day');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2025-12-26', 'Boxing Day');

-- 2026
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2026-01-01', 'New Year''s Day');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2026-04-03', 'Good Friday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2026-04-06', 'Easter Monday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2026-05-04', 'Early May bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2026-05-25', 'Spring bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2026-08-31', 'Summer bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2026-12-25', 'Christmas Day');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2026-12-28', 'Boxing Day (substitute day)');

-- 2027
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2027-01-01', 'New Year''s Day');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2027-03-26', 'Good Friday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2027-03-29', 'Easter Monday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2027-05-03', 'Early May bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2027-05-31', 'Spring bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2027-08-30', 'Summer bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2027-12-27', 'Christmas Day (substitute day)');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2027-12-28', 'Boxing Day (substitute day)');

-- 2028
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2028-01-03', 'New Year''s Day (substitute day)');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2028-04-14', 'Good Friday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2028-04-17', 'Easter Monday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2028-05-01', 'Early May bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2028-05-29', 'Spring bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2028-08-28', 'Summer bank holiday');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2028-12-25', 'Christmas Day');
INSERT INTO bank_holiday (id, version, holiday_on, name) VALUES (nextval('lp_seq'), 0, DATE '2028-12-26', 'Boxing Day');
