package dev.protocolo.order;

import java.util.Objects;

/**
 * A department, sector or queue that can be responsible for orders.
 *
 * @param code technical code used in commands and storage ({@code finance})
 * @param name name shown to agents and customers ({@code Financeiro})
 */
public record Team(String code, String name) {
    public Team {
        Objects.requireNonNull(code, "code");
        name = name == null ? code : name;
    }
}
