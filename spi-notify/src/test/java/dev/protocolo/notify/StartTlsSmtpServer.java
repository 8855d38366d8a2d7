package dev.protocolo.notify;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small SMTP server on loopback that behaves like a submission port (587): it offers STARTTLS on the
 * plain connection, advertises AUTH PLAIN and LOGIN only after the upgrade, refuses AUTH in clear and mail
 * from anyone not logged in, and accepts one user. It records every command, whether it came over TLS,
 * the decoded credentials of each login and the messages it accepted, so a test can check the whole
 * conversation. One connection at a time, on one thread; reads time out after five seconds.
 */
final class StartTlsSmtpServer implements AutoCloseable {
    /** One command as received; AUTH lines are recorded with the decoded user and password instead. */
    record Command(String line, boolean tls) {
        String verb() {
            int space = line.indexOf(' ');
            return (space < 0 ? line : line.substring(0, space)).toUpperCase();
        }
    }

    /** A login attempt, with what the client sent after decoding. */
    record Login(String mechanism, String user, String password, boolean tls, boolean accepted) {
    }

    /** A message accepted after DATA, with its envelope. */
    record Received(String mailFrom, List<String> rcptTo, MimeMessage message) {
    }

    private final ServerSocket socket;
    private final SSLContext tls;
    private final String user;
    private final String password;
    private final Thread thread;
    private final List<Command> commands = new ArrayList<>();
    private final List<Login> logins = new ArrayList<>();
    private final List<Received> received = new ArrayList<>();

    /** Serves TLS with the key in {@code keystore} (PKCS12, store and key password {@code storePassword}). */
    StartTlsSmtpServer(Path keystore, String storePassword, String user, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, storePassword.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, storePassword.toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        this.user = user;
        this.password = password;
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "starttls-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    synchronized List<Command> commands() {
        return List.copyOf(commands);
    }

    synchronized List<Login> logins() {
        return List.copyOf(logins);
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(5000);
                converse(s);
            } catch (IOException e) {
                // Closed by the test, or the client hung up: wait for the next connection.
            }
        }
    }

    /** Per-connection state; the TLS socket replaces the plain one after STARTTLS. */
    private final class Conversation {
        BufferedReader in;
        OutputStream out;
        boolean secure;
        boolean loggedIn;
        String mailFrom;
        List<String> rcptTo = new ArrayList<>();

        Conversation(Socket s) throws IOException {
            attach(s);
        }

        void attach(Socket s) throws IOException {
            in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            out = s.getOutputStream();
        }

        void reply(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String read() throws IOException {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("client hung up");
            }
            return line;
        }
    }

    private void converse(Socket plain) throws IOException {
        Conversation c = new Conversation(plain);
        c.reply("220 starttls.test ESMTP");
        String line;
        while ((line = c.in.readLine()) != null) {
            Command cmd = new Command(line, c.secure);
            if (!cmd.verb().equals("AUTH")) {
                record(cmd);
            }
            switch (cmd.verb()) {
                case "EHLO" -> {
                    c.reply("250-starttls.test");
                    c.reply(c.secure ? "250-AUTH PLAIN LOGIN" : "250-STARTTLS");
                    c.reply("250 8BITMIME");
                }
                case "STARTTLS" -> {
                    if (c.secure) {
                        c.reply("503 5.5.1 TLS already active");
                        continue;
                    }
                    c.reply("220 2.0.0 Ready to start TLS");
                    SSLSocket secured = (SSLSocket) tls.getSocketFactory()
                            .createSocket(plain, plain.getInetAddress().getHostAddress(), plain.getPort(), true);
                    secured.setUseClientMode(false);
                    secured.startHandshake();
                    c.attach(secured);
                    c.secure = true;
                    // RFC 3207: the client starts over; nothing said before the upgrade counts.
                    c.loggedIn = false;
                    c.mailFrom = null;
                    c.rcptTo.clear();
                }
                case "AUTH" -> auth(c, line);
                case "MAIL" -> {
                    if (!c.loggedIn) {
                        c.reply("530 5.7.0 Authentication required");
                    } else {
                        c.mailFrom = address(line);
                        c.rcptTo.clear();
                        c.reply("250 2.1.0 OK");
                    }
                }
                case "RCPT" -> {
                    if (c.mailFrom == null) {
                        c.reply("503 5.5.1 MAIL first");
                    } else {
                        c.rcptTo.add(address(line));
                        c.reply("250 2.1.5 OK");
                    }
                }
                case "DATA" -> data(c);
                case "RSET" -> {
                    c.mailFrom = null;
                    c.rcptTo.clear();
                    c.reply("250 2.0.0 OK");
                }
                case "NOOP" -> c.reply("250 2.0.0 OK");
                case "QUIT" -> {
                    c.reply("221 2.0.0 bye");
                    return;
                }
                default -> c.reply("502 5.5.2 not implemented");
            }
        }
    }

    private void auth(Conversation c, String line) throws IOException {
        String[] words = line.split(" ");
        String mechanism = words.length > 1 ? words[1].toUpperCase() : "";
        String initial = words.length > 2 ? words[2] : null;
        record(new Command("AUTH " + mechanism, c.secure));
        if (!c.secure) {
            c.reply("538 5.7.11 Encryption required for requested authentication mechanism");
            return;
        }
        String u;
        String p;
        if (mechanism.equals("PLAIN")) {
            if (initial == null) {
                c.reply("334 ");
                initial = c.read();
            }
            // authzid NUL authcid NUL passwd
            String[] parts = decode(initial).split("\0", -1);
            if (parts.length != 3) {
                c.reply("501 5.5.2 malformed PLAIN response");
                return;
            }
            u = parts[1];
            p = parts[2];
        } else if (mechanism.equals("LOGIN")) {
            if (initial == null) {
                c.reply("334 " + encode("Username:"));
                initial = c.read();
            }
            u = decode(initial);
            c.reply("334 " + encode("Password:"));
            p = decode(c.read());
        } else {
            c.reply("504 5.5.4 unrecognized authentication type");
            return;
        }
        boolean ok = user.equals(u) && password.equals(p);
        synchronized (this) {
            logins.add(new Login(mechanism, u, p, c.secure, ok));
        }
        c.loggedIn = ok;
        c.reply(ok ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
    }

    private void data(Conversation c) throws IOException {
        if (c.mailFrom == null || c.rcptTo.isEmpty()) {
            c.reply("503 5.5.1 RCPT first");
            return;
        }
        c.reply("354 End data with <CR><LF>.<CR><LF>");
        StringBuilder text = new StringBuilder();
        String line;
        while (!(line = c.read()).equals(".")) {
            // Undo dot-stuffing (RFC 5321 4.5.2).
            text.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        MimeMessage message;
        try {
            message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (jakarta.mail.MessagingException e) {
            c.reply("554 5.6.0 unreadable message");
            return;
        }
        synchronized (this) {
            received.add(new Received(c.mailFrom, List.copyOf(c.rcptTo), message));
        }
        c.mailFrom = null;
        c.rcptTo.clear();
        c.reply("250 2.0.0 queued");
    }

    private synchronized void record(Command cmd) {
        commands.add(cmd);
    }

    /** The address between angle brackets of a MAIL FROM or RCPT TO line. */
    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        return open < 0 || close < 0 ? line : line.substring(open + 1, close);
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        socket.close();
        thread.join(5000);
    }
}
