package dev.protocolo.notify.internal;

import dev.protocolo.spi.DeliveryException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends one HTTP request and turns the answer into a delivery outcome, the way SMS and webhook providers
 * document it: 2xx delivered; 408, 429, 5xx, timeouts and connection failures worth retrying; any other
 * 4xx final, because the same request will be refused again. Stateless.
 */
public final class HttpDelivery {
    private HttpDelivery() {
    }

    /** Sends {@code request}; returns the 2xx response or throws {@link DeliveryException}. */
    public static HttpResponse<String> send(HttpClient client, HttpRequest request, String what) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw DeliveryException.transientFailure(what + ": timed out (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw DeliveryException.transientFailure(what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure(what + ": interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        String detail = what + ": HTTP " + status + " " + snippet(response.body());
        if (status == 429 || status == 503) {
            Optional<Duration> wait = retryAfter(response);
            if (wait.isPresent()) {
                throw DeliveryException.retryAfter(detail, wait.get());
            }
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw DeliveryException.transientFailure(detail, null);
        }
        throw DeliveryException.permanent(detail, null);
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        // Only the delay-seconds form; an HTTP-date would need the server's clock to mean anything.
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                long s = Long.parseLong(v.trim());
                return s >= 0 ? Optional.of(Duration.ofSeconds(Math.min(s, 86_400))) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String s = body.strip().replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
