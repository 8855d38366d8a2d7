-- Deadline events already fired, and indexes for the deadline watcher's queries.
-- Written for H2 / standard SQL; postgresql/ and mariadb/ override this file.

-- One row per (order, event, due time): the key is what lets exactly one node fire each event.
CREATE TABLE IF NOT EXISTS ${prefix}deadline_events (
    tenant   VARCHAR(64)  NOT NULL,
    order_id VARCHAR(36)  NOT NULL,
    event    VARCHAR(32)  NOT NULL,
    due_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    fired_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant, order_id, event, due_at)
);

-- each query filters by tenant and status category and walks one deadline column in order
CREATE INDEX IF NOT EXISTS ${prefix}orders_callback_idx ON ${prefix}orders (tenant, status_category, wait_until);
CREATE INDEX IF NOT EXISTS ${prefix}orders_first_response_idx ON ${prefix}orders (tenant, status_category, sla_first_response_due_at);
CREATE INDEX IF NOT EXISTS ${prefix}orders_resolution_due_idx ON ${prefix}orders (tenant, status_category, sla_resolution_due_at);
CREATE INDEX IF NOT EXISTS ${prefix}orders_resolution_warn_idx ON ${prefix}orders (tenant, status_category, sla_resolution_warn_at);
CREATE INDEX IF NOT EXISTS ${prefix}orders_next_update_idx ON ${prefix}orders (tenant, status_category, sla_next_update_due_at);
-- automatic closing: resolved orders of one type, oldest resolution first
CREATE INDEX IF NOT EXISTS ${prefix}orders_resolved_idx ON ${prefix}orders (tenant, status_category, order_type, resolved_at);
