package dev.protocolo.notification;

/**
 * The keys of {@link Notification#data()}, shared by the policy that fills them and the templates that read them.
 */
public final class NotificationData {
    /** The protocol number as printed. */
    public static final String PROTOCOL = "protocol";
    /** The customer's name. */
    public static final String CUSTOMER_NAME = "customerName";
    /** The order's subject. */
    public static final String SUBJECT = "subject";
    /** The order type's name. */
    public static final String ORDER_TYPE = "orderType";
    /** The action of this step ({@code OPEN}, {@code FORWARD}…): what was done. */
    public static final String STEP = "step";
    /** Customer-facing label of the status before this step ("previous step"); absent at opening. */
    public static final String PREVIOUS_STATUS = "previousStatus";
    /** Customer-facing label of the status now ("current step"). */
    public static final String STATUS = "status";
    /** Name of the team responsible now. */
    public static final String TEAM = "team";
    /** Public message of this step, if any. */
    public static final String MESSAGE = "message";
    /** ISO-8601 instant the order waits until (call back time), if waiting. */
    public static final String WAIT_UNTIL = "waitUntil";
    /** ISO-8601 instant the resolution is due, if known. */
    public static final String DUE_AT = "dueAt";
    /** The channel the customer used to open the order. */
    public static final String CHANNEL = "channel";
    /** For contact attempts: {@code REACHED} or {@code NOT_REACHED}. */
    public static final String OUTCOME = "outcome";
    /** The time zone dates should be shown in. */
    public static final String ZONE = "zone";

    private NotificationData() {
    }
}
