package dev.protocolo.command;

import dev.protocolo.customer.Customer;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Opens a new order: allocates its protocol number, records the opening and tells the customer.
 *
 * @param tenant      owner of the order
 * @param type        code of a registered order type
 * @param customer    who asked
 * @param channel     how the customer got in touch
 * @param subject     one-line summary
 * @param description the request in full, optional
 * @param priority    urgency; {@code null} means {@link Priority#NORMAL}
 * @param attributes  custom attributes; the type may require some
 * @param team        responsible team; {@code null} means the type's default team
 * @param actor       who opened it (an agent, the customer on a portal, an API client)
 */
public record OpenOrder(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String tenant,
                        @NotBlank String type,
                        @NotNull @Valid Customer customer,
                        @NotNull Channel channel,
                        @NotBlank @Size(max = 200) String subject,
                        @Size(max = 20000) String description,
                        Priority priority,
                        Map<@NotBlank @Size(max = 64) String, @NotNull @Size(max = 2000) String> attributes,
                        @Size(max = 64) String team,
                        @NotNull @Valid Actor actor) {
    public OpenOrder {
        priority = priority == null ? Priority.NORMAL : priority;
        // Copied so the caller cannot change it after validation; nulls survive for the validator to report.
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
