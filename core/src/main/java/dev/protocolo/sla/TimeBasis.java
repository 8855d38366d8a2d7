package dev.protocolo.sla;

/** Which instants count toward an SLA target. */
public enum TimeBasis {
    /** Only the policy calendar's working hours count ("8 horas úteis"). */
    BUSINESS_TIME,
    /** Every instant counts, nights, weekends and holidays too ("5 dias corridos"). */
    CALENDAR_TIME
}
