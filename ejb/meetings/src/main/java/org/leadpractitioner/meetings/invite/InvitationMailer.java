package org.leadpractitioner.meetings.invite;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a {@link CalendarInvite} by email, one message per attendee, through the server's mail session
 * ({@code java:jboss/mail/LeadPractitioner}, configured by wildfly/configure.cli).
 *
 * <p>Each message is what Outlook and Gmail need to offer accept / decline:
 * <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain; charset=UTF-8                             the plain-text body
 *     text/calendar; method=REQUEST|CANCEL; charset=UTF-8   the invitation
 *   application/ics; name="invite.ics"                      the same invitation as an attachment
 * </pre>
 * From is the mail session's address; Reply-To is the organiser. Every attendee's message carries the whole
 * invitation (all attendees are listed in it, as in any meeting invitation).
 *
 * <p>Nothing is thrown for a message that could not be sent: the result says, per recipient, whether it was
 * handed to the mail server or why not, so the caller can record the delivery. If the mail server cannot be
 * reached, the remaining recipients are reported failed without trying again. Addresses are logged at FINE only.
 */
@ApplicationScoped
public class InvitationMailer {

    /** The file name of the attached invitation. */
    public static final String ATTACHMENT_NAME = "invite.ics";

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final int MAX_REASON = 200;

    /** What happened to the message for one recipient. */
    public record Delivery(String recipient, Status status, String reason) {

        public enum Status {
            /** accepted by the mail server (not a proof that it reached the inbox) */
            SENT,
            /** not accepted; {@link Delivery#reason} says why */
            FAILED
        }

        public Delivery {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(status, "status");
        }

        static Delivery sent(String recipient) {
            return new Delivery(recipient, Status.SENT, null);
        }

        static Delivery failed(String recipient, String reason) {
            return new Delivery(recipient, Status.FAILED, reason);
        }

        public boolean isSent() {
            return status == Status.SENT;
        }
    }

    @Resource(lookup = "java:jboss/mail/LeadPractitioner")
    private Session mailSession;

    private final IcsWriter icsWriter = new IcsWriter();

    /** For CDI. */
    protected InvitationMailer() {
    }

    /** With a given session (tests). */
    InvitationMailer(Session mailSession) {
        this.mailSession = mailSession;
    }

    /**
     * Sends {@code invite} to each of its attendees: a message with {@code subject}, {@code plainBody} as its text and
     * the invitation as iCalendar. Returns one delivery per attendee, in the invitation's order.
     */
    public List<Delivery> send(CalendarInvite invite, String subject, String plainBody) {
        Objects.requireNonNull(invite, "invite");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(plainBody, "plainBody");
        byte[] ics = icsWriter.write(invite).getBytes(StandardCharsets.UTF_8);
        String calendarType = IcsWriter.MEDIA_TYPE + "; method=" + invite.method().name() + "; charset=UTF-8";

        List<Delivery> deliveries = new ArrayList<>();
        String unreachable = null;
        Transport transport = null;
        try {
            for (CalendarInvite.Attendee attendee : invite.attendees()) {
                String recipient = attendee.email();
                if (unreachable != null) {
                    deliveries.add(Delivery.failed(recipient, unreachable));
                    continue;
                }
                MimeMessage message;
                try {
                    message = message(invite, attendee, subject, plainBody, ics, calendarType);
                } catch (MessagingException | UnsupportedEncodingException e) {
                    deliveries.add(failed(invite, recipient, "the message could not be built: " + shortReason(e)));
                    continue;
                }
                try {
                    if (transport == null) {
                        MailTimeouts.apply(mailSession);
                        transport = mailSession.getTransport();
                    }
                    if (!transport.isConnected()) {
                        transport.connect();
                    }
                } catch (MessagingException e) {
                    unreachable = "the mail server could not be reached: " + shortReason(e);
                    deliveries.add(failed(invite, recipient, unreachable));
                    continue;
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                    deliveries.add(Delivery.sent(recipient));
                    LOG.log(Level.FINE, "Invitation {0} (sequence {1}) sent to {2}",
                            new Object[] {invite.uid(), invite.sequence(), recipient});
                } catch (MessagingException e) {
                    deliveries.add(failed(invite, recipient, shortReason(e)));
                }
            }
        } finally {
            close(transport);
        }
        return List.copyOf(deliveries);
    }

    private MimeMessage message(CalendarInvite invite, CalendarInvite.Attendee attendee, String subject, String plainBody,
            byte[] ics, String calendarType) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(mailSession);
        message.setFrom(); // the session's mail.from (lp.mail.from)
        message.setReplyTo(new Address[] {address(invite.organizer().email(), invite.organizer().name())});
        message.setRecipient(Message.RecipientType.TO, address(attendee.email(), attendee.name()));
        message.setSubject(subject.replaceAll("\\p{Cntrl}+", " ").strip(), UTF_8);
        message.setSentDate(new Date());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(plainBody, UTF_8);
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, calendarType)));
        calendar.setHeader("Content-Type", calendarType);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(calendar);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart attachment = new MimeBodyPart();
        String attachmentType = "application/ics; name=\"" + ATTACHMENT_NAME + "\"";
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, attachmentType)));
        attachment.setHeader("Content-Type", attachmentType);
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName(ATTACHMENT_NAME);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static InternetAddress address(String email, String name) throws UnsupportedEncodingException {
        return new InternetAddress(email, name.replaceAll("\\p{Cntrl}+", " ").strip(), UTF_8);
    }

    private static Delivery failed(CalendarInvite invite, String recipient, String reason) {
        // the server's reply may quote the address: the log at WARNING keeps it out
        LOG.log(Level.WARNING, "Invitation {0} (sequence {1}) not sent to one recipient: {2}",
                new Object[] {invite.uid(), invite.sequence(), reason.replaceAll("[^\\s<>\"]+@[^\\s<>\"]+", "<address>")});
        LOG.log(Level.FINE, "Invitation {0}: the recipient not sent to was {1}", new Object[] {invite.uid(), recipient});
        return Delivery.failed(recipient, reason);
    }

    /** A short reason for a failure: what kind it is, without a stack trace or the server's whole reply. */
    public static String shortReason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown mail host";
            }
            if (cause instanceof SocketTimeoutException) {
                return "timed out";
            }
        }
        String kind = e instanceof SendFailedException ? "refused by the mail server" : e.getClass().getSimpleName();
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        String reason = message.isEmpty() ? kind : kind + ": " + message;
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "Closing the mail connection failed", e);
        }
    }
}
