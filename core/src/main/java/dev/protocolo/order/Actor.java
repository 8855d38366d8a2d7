package dev.protocolo.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Set;

/**
 * Who performs a step: an agent, the customer, or the system itself (watchers, automations).
 *
 * @param kind  agent, customer or system
 * @param id    the host's id of the person, or a system component's name
 * @param name  display name (never shown to customers for agents)
 * @param roles roles checked by transitions' {@code rolesAllowed}
 */
public record Actor(@NotNull Kind kind, @NotBlank String id, String name, Set<String> roles) {
    /** The kinds of actor. */
    public enum Kind { AGENT, CUSTOMER, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An agent with roles. */
    public static Actor agent(String id, String name, String... roles) {
        return new Actor(Kind.AGENT, id, name, Set.of(roles));
    }

    /** The customer acting on their own order (portal, inbound e-mail). */
    public static Actor customer(String externalId) {
        return new Actor(Kind.CUSTOMER, externalId, null, Set.of());
    }

    /** The library or host acting automatically. */
    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, component, component, Set.of("system"));
    }
}
