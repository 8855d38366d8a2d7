package dev.protocolo.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.desk.ServiceDeskBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The dispatcher contract on {@link dev.protocolo.memory.InMemoryStore}, plus backoff arithmetic. */
class InMemoryDispatcherTest extends DispatcherContract {
    @Override
    protected ServiceDeskBuilder storage(ServiceDeskBuilder builder) {
        return builder.inMemory();
    }

    @Test
    void backoffDoublesWithinJitterAndCaps() {
        NotificationDispatcher d = dispatcher("n", new RecordingSender(NotificationChannel.EMAIL))
                .backoff(Duration.ofSeconds(10), Duration.ofSeconds(100)).build();
        long[] caps = {10, 20, 40, 80, 100, 100, 100};
        for (int failures = 1; failures <= caps.length; failures++) {
            long cap = caps[failures - 1] * 1000;
            for (int k = 0; k < 20; k++) {
                long ms = d.backoff(failures).toMillis();
                assertTrue(ms >= cap / 2 && ms <= cap, failures + " failures: " + ms + " not in [" + cap / 2 + ", " + cap + "]");
            }
        }
        assertEquals(Duration.ofSeconds(100).toMillis(), Math.max(d.backoff(60).toMillis(), 100_000));
    }

    @Test
    void refusesToBuildWithoutOutboxOrSender() {
        assertThrows(DispatcherConfigurationException.class,
                () -> NotificationDispatcher.builder().sender(new RecordingSender(NotificationChannel.EMAIL)).build());
        assertThrows(DispatcherConfigurationException.class,
                () -> NotificationDispatcher.builder().outbox(outbox).build());
    }
}
