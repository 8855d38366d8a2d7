-- Indexes for management reports and retention; the same SQL on H2, PostgreSQL and MariaDB.

-- volume: resolve/close/reopen/cancel steps of a tenant in a period; order_id lets the join to orders skip the table
CREATE INDEX IF NOT EXISTS ${prefix}history_report_idx ON ${prefix}history (tenant, action, occurred_at, order_id);
-- resolution times and SLA compliance: orders resolved in a period
CREATE INDEX IF NOT EXISTS ${prefix}orders_resolved_at_idx ON ${prefix}orders (tenant, resolved_at);
-- retention: finished orders of one type; both end columns are in the index so the end test needs no table read
CREATE INDEX IF NOT EXISTS ${prefix}orders_ended_idx ON ${prefix}orders (tenant, order_type, status_category, closed_at, resolved_at);
