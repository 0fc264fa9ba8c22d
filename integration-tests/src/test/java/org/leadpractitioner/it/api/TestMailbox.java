package org.leadpractitioner.it.api;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SMTP server the application under test sends its mail to: one GreenMail server per test JVM, on
 * 127.0.0.1 and the port of the system property {@code it.smtp.port} (failsafe sets it; arquillian.xml passes the
 * same port to the server as {@code lp.smtp.port}). It keeps every message in memory, one mailbox per recipient.
 *
 * <p>Use it from black-box tests (it runs in the test JVM, not in the deployment): {@link #start()} in a
 * {@code @BeforeAll} (it starts the server once and then returns it), {@link #purge()} before a test that counts
 * messages, then {@link #awaitMessages} / {@link #awaitOne} for what an address received. The server stops when the
 * JVM ends.
 */
public final class TestMailbox {

    /** The port when no {@code it.smtp.port} is set (the same default as integration-tests/pom.xml). */
    public static final int DEFAULT_PORT = 10025;

    private static final Duration POLL = Duration.ofMillis(100);
    private static TestMailbox instance;

    private final GreenMail server;

    private TestMailbox(GreenMail server) {
        this.server = server;
    }

    /** The mailbox of this JVM, started on first use. */
    public static synchronized TestMailbox start() {
        if (instance == null) {
            int port = Integer.getInteger("it.smtp.port", DEFAULT_PORT);
            GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-smtp-stop"));
            instance = new TestMailbox(server);
        }
        return instance;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getSmtp().getPort();
    }

    /** Forgets every message received so far. */
    public void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("could not purge the test mailboxes", e);
        }
    }

    /** What {@code address} has received so far (envelope recipient: To, Cc or Bcc), oldest first. */
    public List<Mail> messagesTo(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return server.findReceivedMessages(user -> user.getEmail().toLowerCase(Locale.ROOT).equals(wanted), message -> true)
                .map(message -> Mail.of(address, message))
                .toList();
    }

    /**
     * Waits until {@code address} has received at least {@code count} messages and returns them all; fails when
     * {@code timeout} passes first (the application may send after its response, so tests wait instead of looking once).
     */
    public List<Mail> awaitMessages(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Mail> received = messagesTo(address);
            if (received.size() >= count) {
                return received;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " message(s) to " + address + " within " + timeout
                        + ", got " + received.size());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for mail", e);
            }
        }
    }

    /** Waits for the first message to {@code address} (at most ten seconds) and returns it. */
    public Mail awaitOne(String address) {
        return awaitMessages(address, 1, Duration.ofSeconds(10)).get(0);
    }

    /**
     * One received message as a test reads it.
     *
     * @param recipient      the address whose mailbox it came from
     * @param subject        the decoded subject
     * @param plainText      the first text/plain part, or null
     * @param calendarMethod the {@code method} parameter of the text/calendar part (REQUEST, CANCEL), or null
     * @param calendar       the text/calendar part as a string (iCalendar, folded as sent), or null
     * @param attachmentNames the file names of the attachments
     * @param message        the message itself, for anything else
     */
    public record Mail(String recipient, String subject, String plainText, String calendarMethod, String calendar,
            List<String> attachmentNames, MimeMessage message) {

        static Mail of(String recipient, MimeMessage message) {
            try {
                Optional<Part> plain = find(message, "text/plain");
                Optional<Part> calendar = find(message, "text/calendar");
                return new Mail(recipient, message.getSubject(),
                        plain.isPresent() ? text(plain.get()) : null,
                        calendar.isPresent() ? new ContentType(calendar.get().getContentType()).getParameter("method") : null,
                        calendar.isPresent() ? text(calendar.get()) : null,
                        attachmentNames(message),
                        message);
            } catch (MessagingException e) {
                throw new IllegalStateException("unreadable message", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The calendar with folded lines joined, for simple contains() checks. */
        public String unfoldedCalendar() {
            return calendar == null ? null : calendar.replace("\r\n ", "").replace("\r\n\t", "");
        }

        /** The first part of {@code type} that is not an attachment, depth first. */
        private static Optional<Part> find(Part part, String type) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Optional<Part> found = find(multipart.getBodyPart(i), type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
            return part.isMimeType(type) && !attachment ? Optional.of(part) : Optional.empty();
        }

        private static List<String> attachmentNames(Part part) throws MessagingException, IOException {
            if (!part.isMimeType("multipart/*")) {
                return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() != null
                        ? List.of(part.getFileName()) : List.of();
            }
            Multipart multipart = (Multipart) part.getContent();
            java.util.ArrayList<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                names.addAll(attachmentNames(child));
            }
            return List.copyOf(names);
        }

        /** The decoded text of a part, in its charset (text/calendar has no content handler: read the bytes). */
        private static String text(Part part) throws MessagingException, IOException {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), charset == null ? StandardCharsets.US_ASCII : Charset.forName(charset));
            }
        }
    }
}
