-- Passerelle schema, version 1. Runs unchanged on H2 2.x and PostgreSQL 13+:
-- standard types only, one sequence per table (allocation of 50, as the entities declare;
-- EclipseLink takes each value as the end of a block of 50, hence the start at 50).

CREATE SEQUENCE programme_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE call_for_projects_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE project_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE project_status_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE programme (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    version                  BIGINT        NOT NULL,
    code                     VARCHAR(40)   NOT NULL,
    name_fr                  VARCHAR(500)  NOT NULL,
    name_en                  VARCHAR(500),
    summary_fr               VARCHAR(4000) NOT NULL,
    summary_en               VARCHAR(4000),
    description_fr           VARCHAR(40000),
    description_en           VARCHAR(40000),
    axes                     VARCHAR(500)  NOT NULL,
    themes                   VARCHAR(4000),
    funders                  VARCHAR(4000),
    status                   VARCHAR(20)   NOT NULL,
    currency                 VARCHAR(3)    NOT NULL,
    max_amount               NUMERIC(21, 6),
    max_funding_rate_percent NUMERIC(21, 6),
    min_project_budget       NUMERIC(21, 6),
    duration_months          INTEGER,
    applicant_types          VARCHAR(500),
    applicant_territories    VARCHAR(100),
    partner_required         BOOLEAN,
    min_age                  INTEGER,
    max_age                  INTEGER,
    url                      VARCHAR(2000),
    contact                  VARCHAR(500),
    CONSTRAINT programme_code_unique UNIQUE (code)
);

CREATE TABLE programme_condition (
    programme_id BIGINT        NOT NULL,
    list_index   INTEGER       NOT NULL,
    text_fr      VARCHAR(4000) NOT NULL,
    text_en      VARCHAR(4000),
    CONSTRAINT programme_condition_pk PRIMARY KEY (programme_id, list_index),
    CONSTRAINT programme_condition_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE
);

CREATE TABLE call_for_projects (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    programme_id BIGINT       NOT NULL,
    title_fr     VARCHAR(500) NOT NULL,
    title_en     VARCHAR(500),
    opens_on     DATE         NOT NULL,
    closes_on    DATE         NOT NULL,
    budget       NUMERIC(21, 6),
    CONSTRAINT call_code_unique UNIQUE (code),
    CONSTRAINT call_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT call_dates_ordered CHECK (opens_on <= closes_on)
);
CREATE INDEX call_programme_idx ON call_for_projects (programme_id);

CREATE TABLE organisation (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(500) NOT NULL,
    type       VARCHAR(30)  NOT NULL,
    territory  VARCHAR(20)  NOT NULL,
    area       VARCHAR(200),
    city       VARCHAR(200),
    identifier VARCHAR(100),
    website    VARCHAR(2000),
    email      VARCHAR(500),
    CONSTRAINT organisation_code_unique UNIQUE (code)
);

CREATE TABLE project (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          BIGINT         NOT NULL,
    reference        VARCHAR(40)    NOT NULL,
    title_fr         VARCHAR(500)   NOT NULL,
    title_en         VARCHAR(500),
    summary_fr       VARCHAR(4000),
    summary_en       VARCHAR(4000),
    programme_id     BIGINT         NOT NULL,
    axis             VARCHAR(40)    NOT NULL,
    call_id          BIGINT,
    lead_id          BIGINT         NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    currency         VARCHAR(3)     NOT NULL,
    total_budget     NUMERIC(21, 6) NOT NULL,
    requested_amount NUMERIC(21, 6) NOT NULL,
    granted_amount   NUMERIC(21, 6),
    start_date       DATE,
    end_date         DATE,
    themes           VARCHAR(4000),
    CONSTRAINT project_reference_unique UNIQUE (reference),
    CONSTRAINT project_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT project_call_fk FOREIGN KEY (call_id) REFERENCES call_for_projects (id),
    CONSTRAINT project_lead_fk FOREIGN KEY (lead_id) REFERENCES organisation (id),
    CONSTRAINT project_requested_within_budget CHECK (requested_amount <= total_budget),
    CONSTRAINT project_granted_within_request CHECK (granted_amount IS NULL OR granted_amount <= requested_amount)
);
CREATE INDEX project_programme_idx ON project (programme_id);
CREATE INDEX project_call_idx ON project (call_id);
CREATE INDEX project_lead_idx ON project (lead_id);
CREATE INDEX project_status_idx ON project (status);

CREATE TABLE project_partner (
    project_id      BIGINT  NOT NULL,
    list_index      INTEGER NOT NULL,
    organisation_id BIGINT  NOT NULL,
    CONSTRAINT project_partner_pk PRIMARY KEY (project_id, list_index),
    CONSTRAINT project_partner_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT project_partner_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX project_partner_organisation_idx ON project_partner (organisation_id);

CREATE TABLE project_status_change (
    id             BIGINT       NOT NULL PRIMARY KEY,
    project_id     BIGINT       NOT NULL,
    changed_at     TIMESTAMP    NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20)  NOT NULL,
    change_comment VARCHAR(2000),
    CONSTRAINT status_change_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
);
CREATE INDEX status_change_project_idx ON project_status_change (project_id);

CREATE TABLE account (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    username           VARCHAR(40)  NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    email              VARCHAR(500),
    role               VARCHAR(20)  NOT NULL,
    password_hash      VARCHAR(500) NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    preferred_language VARCHAR(2),
    CONSTRAINT account_username_unique UNIQUE (username)
);

CREATE TABLE audit_event (
    id           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP    NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_key   VARCHAR(100),
    before_state VARCHAR(1000000),
    after_state  VARCHAR(1000000)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_key);
