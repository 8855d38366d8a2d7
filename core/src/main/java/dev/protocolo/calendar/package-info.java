/**
 * Business time: when a service desk is open, which days are holidays, and how to count working time
 * between two instants or add it to one.
 *
 * <p>{@link dev.protocolo.calendar.BusinessCalendar} is the entry point; Brazilian national and optional
 * holidays come from {@link dev.protocolo.calendar.BrazilianHolidays}. Nothing here reads the system
 * clock: every instant is passed in by the caller.
 */
package dev.protocolo.calendar;
