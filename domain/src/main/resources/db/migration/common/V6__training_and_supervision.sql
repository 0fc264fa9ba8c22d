-- Training records and supervision logs (org.leadpractitioner.domain.training).
-- Plain SQL for H2 2.x and PostgreSQL 15, like V1. Instants are VARCHAR(27) UTC text (docs/adr/0005).

-- The training catalogue --------------------------------------------------------------------------------
-- No seed rows: ids come from lp_seq, which plain SQL cannot draw from portably. The four core-competency
-- modules (Course.coreCompetencyModules) are added by the training service on start-up when missing.

CREATE TABLE course (
    id                 BIGINT        NOT NULL,
    version            BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    provider           VARCHAR(200)  NOT NULL,
    duration_minutes   INTEGER       NOT NULL,
    mandatory_for_lead BOOLEAN       NOT NULL,
    refresh_months     INTEGER,
    active             BOOLEAN       NOT NULL,
    description        VARCHAR(2000),
    CONSTRAINT pk_course PRIMARY KEY (id),
    CONSTRAINT uk_course_title UNIQUE (title),
    CONSTRAINT ck_course_duration CHECK (duration_minutes > 0),
    CONSTRAINT ck_course_refresh_months CHECK (refresh_months IS NULL OR refresh_months BETWEEN 1 AND 120)
);

CREATE TABLE course_area (
    course_id BIGINT      NOT NULL,
    area      VARCHAR(40) NOT NULL,
    CONSTRAINT pk_course_area PRIMARY KEY (course_id, area),
    CONSTRAINT fk_course_area_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_course_area_area CHECK (area IN ('COMMUNICATION_AND_ENGAGEMENT', 'CHILD_DEVELOPMENT',
        'SAFEGUARDING_AND_WELFARE', 'SUPPORTING_TRANSITIONS', 'MULTI_AGENCY_WORKING', 'SHARING_INFORMATION'))
);
-- "courses covering an area"
CREATE INDEX ix_course_area_area ON course_area (area, course_id);
