package dev.protocolo.desk;

import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.notification.NotificationPolicy;
import dev.protocolo.order.Team;
import dev.protocolo.protocol.ProtocolFormat;
import dev.protocolo.spi.NotificationOutbox;
import dev.protocolo.spi.OrderStore;
import dev.protocolo.spi.ProtocolSequence;
import dev.protocolo.spi.UnitOfWork;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Everything a built desk runs on; immutable ({@code cache} is null when off). */
record DeskConfig(OrderStore store, NotificationOutbox outbox, UnitOfWork unitOfWork, ProtocolSequence sequence,
                  Clock clock, ZoneId zone, Map<String, OrderType> types, Map<String, Team> teams,
                  ProtocolFormat defaultFormat, List<ProtocolFormat> formats, Validator validator,
                  NotificationPolicy policy, List<OrderEventListener> listeners, OrderCache cache) {

    OrderType type(String code) {
        OrderType t = types.get(code);
        if (t == null) {
            throw new UnknownOrderTypeException(code, types.keySet());
        }
        return t;
    }

    Team team(String code) {
        Team t = teams.get(code);
        return t != null ? t : new Team(code, code);
    }

    ProtocolFormat format(OrderType type) {
        return type.protocolFormat().orElse(defaultFormat);
    }
}
