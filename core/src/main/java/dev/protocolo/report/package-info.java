/**
 * Management reports over a period: volume, backlog by age, first-response and resolution times (calendar and
 * business time; mean, median, p90), resolution-deadline compliance and time per team.
 *
 * <p>{@link dev.protocolo.report.Reports} runs a {@link dev.protocolo.report.ReportRequest} against a
 * {@link dev.protocolo.spi.ReportSource}, which a database adapter answers in SQL. Definitions are on each
 * value type; the percentile rules are on {@link dev.protocolo.report.DurationStats}.
 */
package dev.protocolo.report;
