-- Protocolo tables for MariaDB 10.6+ and MySQL 8 (overrides common/V1__tables.sql).
-- ${prefix} is replaced by the table prefix (Flyway: placeholder "prefix").
-- Instants: DATETIME(6) holding UTC wall time. utf8mb4 with binary NO PAD collation: emoji, exact keys, trailing spaces significant (on MySQL 8 use utf8mb4_0900_bin).

CREATE TABLE IF NOT EXISTS ${prefix}orders (
    id                        VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant                    VARCHAR(64)   NOT NULL,
    protocol                  VARCHAR(64)   NOT NULL,
    order_type                VARCHAR(64)   NOT NULL,
    customer_external_id      VARCHAR(128),
    customer_name             VARCHAR(300),
    customer_tax_id           VARCHAR(32),
    customer_email            VARCHAR(320),
    customer_phone            VARCHAR(32),
    customer_language         VARCHAR(35),
    customer_opt_outs         VARCHAR(200),
    channel                   VARCHAR(16),
    subject                   VARCHAR(400),
    description               MEDIUMTEXT,
    priority                  VARCHAR(16),
    status                    VARCHAR(64)   NOT NULL,
    status_category           VARCHAR(16)   NOT NULL,
    team                      VARCHAR(64),
    agent                     VARCHAR(128),
    attributes                MEDIUMTEXT NOT NULL,
    opened_at                 DATETIME(6),
    first_response_at         DATETIME(6),
    resolved_at               DATETIME(6),
    closed_at                 DATETIME(6),
    wait_until                DATETIME(6),
    resolution                MEDIUMTEXT,
    sla_first_response_due_at DATETIME(6),
    sla_resolution_due_at     DATETIME(6),
    sla_resolution_warn_at    DATETIME(6),
    sla_next_update_due_at    DATETIME(6),
    sla_paused_since          DATETIME(6),
    sla_paused_total_nanos    BIGINT        NOT NULL,
    updated_at                DATETIME(6),
    version                   BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE IF NOT EXISTS ${prefix}history (
    order_id        VARCHAR(36)  NOT NULL,
    seq             BIGINT       NOT NULL,
    tenant          VARCHAR(64)  NOT NULL,
    action          VARCHAR(32)  NOT NULL,
    transition_name VARCHAR(64),
    actor_kind      VARCHAR(16)  NOT NULL,
    actor_id        VARCHAR(128),
    actor_name      VARCHAR(300),
    actor_roles     TEXT         NOT NULL,
    occurred_at     DATETIME(6) NOT NULL,
    status_before   VARCHAR(64),
    status_after    VARCHAR(64)  NOT NULL,
    team_before     VARCHAR(64),
    team_after      VARCHAR(64),
    agent_before    VARCHAR(128),
    agent_after     VARCHAR(128),
    public_message  MEDIUMTEXT,
    internal_note   MEDIUMTEXT,
    visibility      VARCHAR(16)  NOT NULL,
    details         MEDIUMTEXT NOT NULL,
    PRIMARY KEY (order_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE IF NOT EXISTS ${prefix}sequences (
    series_key    VARCHAR(200) NOT NULL PRIMARY KEY,
    current_value BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE IF NOT EXISTS ${prefix}outbox (
    entry_no        BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id              VARCHAR(36)  NOT NULL UNIQUE,
    tenant          VARCHAR(64)  NOT NULL,
    order_id        VARCHAR(36)  NOT NULL,
    protocol        VARCHAR(64),
    order_version   BIGINT       NOT NULL,
    event_action    VARCHAR(32)  NOT NULL,
    audience        VARCHAR(16)  NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    recipient       VARCHAR(500),
    language        VARCHAR(35),
    template_data   MEDIUMTEXT NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    created_at      DATETIME(6),
    next_attempt_at DATETIME(6),
    sent_at         DATETIME(6),
    last_error      MEDIUMTEXT,
    claimed_by      VARCHAR(200),
    lease_until     DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
