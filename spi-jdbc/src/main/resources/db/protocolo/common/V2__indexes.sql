-- Indexes for every lookup the adapter makes; the same SQL on H2, PostgreSQL and MariaDB.

-- a protocol number is unique within its tenant
CREATE UNIQUE INDEX IF NOT EXISTS ${prefix}orders_protocol_uq ON ${prefix}orders (tenant, protocol);
-- customer lookups: open orders first, newest first
CREATE INDEX IF NOT EXISTS ${prefix}orders_tax_idx ON ${prefix}orders (tenant, customer_tax_id, status_category, opened_at);
CREATE INDEX IF NOT EXISTS ${prefix}orders_customer_idx ON ${prefix}orders (tenant, customer_external_id, status_category, opened_at);
-- keyset pages: newest first, id breaking ties
CREATE INDEX IF NOT EXISTS ${prefix}orders_page_idx ON ${prefix}orders (tenant, opened_at DESC, id DESC);
-- work queues by team and by status
CREATE INDEX IF NOT EXISTS ${prefix}orders_team_idx ON ${prefix}orders (tenant, team, status_category, opened_at);
CREATE INDEX IF NOT EXISTS ${prefix}orders_status_idx ON ${prefix}orders (tenant, status_category, status, opened_at);
-- dispatchers: due entries, and entries whose lease expired
CREATE INDEX IF NOT EXISTS ${prefix}outbox_due_idx ON ${prefix}outbox (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS ${prefix}outbox_lease_idx ON ${prefix}outbox (status, lease_until);
CREATE INDEX IF NOT EXISTS ${prefix}outbox_order_idx ON ${prefix}outbox (tenant, order_id);
CREATE INDEX IF NOT EXISTS ${prefix}outbox_dead_idx ON ${prefix}outbox (tenant, status, entry_no);
