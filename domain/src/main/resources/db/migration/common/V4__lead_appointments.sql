-- Lead practitioner assignment: appointments of a lead for named children of a case, and the periods each
-- covers a child. A child never has two confirmed coverages that overlap (checked under a lock on the child).
CREATE TABLE lead_appointment (
    id                         BIGINT        NOT NULL,
    version                    BIGINT        NOT NULL,
    case_id                    BIGINT        NOT NULL,
    practitioner_id            BIGINT        NOT NULL,
    designation                VARCHAR(40)   NOT NULL,
    contingency_id             BIGINT,
    status                     VARCHAR(20)   NOT NULL,
    effective_from             DATE          NOT NULL,
    proposed_by_id             BIGINT        NOT NULL,
    proposed_at                VARCHAR(27)   NOT NULL,
    at_taf                     BOOLEAN       NOT NULL,
    taf_date                   DATE,
    justification              VARCHAR(2000),
    several_leads_reason       VARCHAR(2000),
    rule_summary               VARCHAR(2000) NOT NULL,
    accepted_at                VARCHAR(27),
    manager_agreed_by_id       BIGINT,
    manager_agreed_at          VARCHAR(27),
    family_wish                VARCHAR(40),
    family_asked_for_id        BIGINT,
    family_asked_for_name      VARCHAR(200),
    family_wish_not_met_reason VARCHAR(2000),
    family_wish_recorded_at    VARCHAR(27),
    confirmed_at               VARCHAR(27),
    closed_by_id               BIGINT,
    closed_at                  VARCHAR(27),
    closing_reason             VARCHAR(2000),
    CONSTRAINT pk_lead_appointment PRIMARY KEY (id),
    CONSTRAINT fk_lead_appointment_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT fk_lead_appointment_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_lead_appointment_contingency FOREIGN KEY (contingency_id) REFERENCES practitioner (id),
    CONSTRAINT fk_lead_appointment_proposed_by FOREIGN KEY (proposed_by_id) REFERENCES practitioner (id),
    CONSTRAINT fk_lead_appointment_manager FOREIGN KEY (manager_agreed_by_id) REFERENCES practitioner (id),
    CONSTRAINT fk_lead_appointment_asked_for FOREIGN KEY (family_asked_for_id) REFERENCES practitioner (id),
    CONSTRAINT fk_lead_appointment_closed_by FOREIGN KEY (closed_by_id) REFERENCES practitioner (id),
    CONSTRAINT ck_lead_appointment_status CHECK (status IN ('PROPOSED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN', 'ENDED'))
);
CREATE INDEX ix_lead_appointment_case ON lead_appointment (case_id);
-- "waiting for me": open proposals by proposed practitioner (to accept); line managers join through practitioner
CREATE INDEX ix_lead_appointment_practitioner ON lead_appointment (practitioner_id, status);
CREATE INDEX ix_lead_appointment_status ON lead_appointment (status, proposed_at);

CREATE TABLE lead_coverage (
    id             BIGINT NOT NULL,
    version        BIGINT NOT NULL,
    appointment_id BIGINT NOT NULL,
    child_id       BIGINT NOT NULL,
    from_date      DATE   NOT NULL,
    until_date     DATE,
    CONSTRAINT pk_lead_coverage PRIMARY KEY (id),
    CONSTRAINT fk_lead_coverage_appointment FOREIGN KEY (appointment_id) REFERENCES lead_appointment (id),
    CONSTRAINT fk_lead_coverage_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT uq_lead_coverage UNIQUE (appointment_id, child_id),
    CONSTRAINT ck_lead_coverage_period CHECK (until_date IS NULL OR until_date >= from_date)
);
CREATE INDEX ix_lead_coverage_child ON lead_coverage (child_id, until_date);
