package dev.protocolo.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal SMTP server on loopback that answers RCPT TO with a chosen reply, so tests can see how the
 * sender treats a refused recipient (5xx) or a temporary refusal (4xx), which GreenMail never gives.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    ScriptedSmtpServer(String rcptReply) throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(rcptReply), "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve(String rcptReply) {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(5000);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = s.getOutputStream();
                reply(out, "220 scripted ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String cmd = line.toUpperCase();
                    if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                        reply(out, "250 scripted");
                    } else if (cmd.startsWith("MAIL FROM")) {
                        reply(out, "250 OK");
                    } else if (cmd.startsWith("RCPT TO")) {
                        reply(out, rcptReply);
                    } else if (cmd.startsWith("QUIT")) {
                        reply(out, "221 bye");
                        break;
                    } else {
                        reply(out, "250 OK");
                    }
                }
            } catch (IOException e) {
                // Closed by the test, or the client hung up: wait for the next connection.
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
