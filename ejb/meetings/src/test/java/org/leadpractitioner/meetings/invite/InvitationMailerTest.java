package org.leadpractitioner.meetings.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sends through a real SMTP server (GreenMail, in this JVM) and reads what arrived. */
class InvitationMailerTest {

    private static final Instant START = Instant.parse("2026-10-22T09:00:00Z");
    private static final CalendarInvite INVITE = new CalendarInvite(CalendarInvite.uidFor(7, "lp.council.example"), 0,
            CalendarInvite.Method.REQUEST, START, START.plusSeconds(5400), ZoneId.of("Europe/London"),
            "TAF meeting: Smith family", "Agenda:\n1. Progress\n2. Next steps", "Family Hub, Room 2",
            URI.create("https://meet.example/taf-7"),
            new CalendarInvite.Person("Priya Shah", "priya.shah@council.example"),
            List.of(new CalendarInvite.Attendee("Priya Shah", "priya.shah@council.example", CalendarInvite.Role.CHAIR),
                    new CalendarInvite.Attendee("Siân Jones", "sian@health.example", CalendarInvite.Role.REQUIRED)),
            START.minusSeconds(86_400));

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private static Session session(int port) {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        props.put("mail.from", "lead-practitioner@council.example");
        return Session.getInstance(props);
    }

    private static MimeMessage to(MimeMessage[] messages, String address) throws MessagingException {
        for (MimeMessage message : messages) {
            if (((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("nothing sent to " + address);
    }

    private static String text(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), charset == null ? StandardCharsets.US_ASCII : java.nio.charset.Charset.forName(charset));
        }
    }

    @Test
    void each_attendee_gets_one_message_with_text_an_inline_calendar_and_an_ics_attachment() throws Exception {
        InvitationMailer mailer = new InvitationMailer(session(smtp.getSmtp().getPort()));

        List<InvitationMailer.Delivery> deliveries = mailer.send(INVITE, "Invitation: TAF meeting, 22 October", "Dear colleague,\nplease join us.");

        assertEquals(List.of("priya.shah@council.example", "sian@health.example"),
                deliveries.stream().map(InvitationMailer.Delivery::recipient).toList());
        assertTrue(deliveries.stream().allMatch(InvitationMailer.Delivery::isSent), deliveries.toString());
        assertTrue(smtp.waitForIncomingEmail(5000, 2));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(2, received.length, "one message per attendee");

        MimeMessage message = to(received, "sian@health.example");
        assertEquals(1, message.getRecipients(Message.RecipientType.TO).length, "one recipient per message");
        assertNull(message.getRecipients(Message.RecipientType.CC));
        assertEquals("Siân Jones", ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getPersonal());
        assertEquals("Invitation: TAF meeting, 22 October", message.getSubject());
        assertEquals("lead-practitioner@council.example", ((InternetAddress) message.getFrom()[0]).getAddress());
        assertEquals("priya.shah@council.example", ((InternetAddress) message.getReplyTo()[0]).getAddress());

        assertTrue(message.isMimeType("multipart/mixed"), message.getContentType());
        Multipart mixed = (Multipart) message.getContent();
        assertEquals(2, mixed.getCount());

        BodyPart body = mixed.getBodyPart(0);
        assertTrue(body.isMimeType("multipart/alternative"), body.getContentType());
        Multipart alternative = (Multipart) body.getContent();
        assertEquals(2, alternative.getCount());
        BodyPart plain = alternative.getBodyPart(0);
        assertTrue(plain.isMimeType("text/plain"), plain.getContentType());
        assertEquals("Dear colleague,\nplease join us.", text(plain).replace("\r\n", "\n"));
        BodyPart calendar = alternative.getBodyPart(1);
        ContentType calendarType = new ContentType(calendar.getContentType());
        assertEquals("text/calendar", calendarType.getBaseType());
        assertEquals("REQUEST", calendarType.getParameter("method"));
        assertEquals("UTF-8", calendarType.getParameter("charset"));
        String ics = text(calendar);
        assertEquals(new IcsWriter().write(INVITE), ics, "the invitation, byte for byte");
        assertTrue(ics.replace("\r\n ", "").contains("ATTENDEE;CN=\"Siân Jones\";"), ics);

        BodyPart attachment = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals("invite.ics", attachment.getFileName());
        assertTrue(attachment.isMimeType("application/ics"), attachment.getContentType());
        try (InputStream in = attachment.getInputStream()) {
            assertEquals(ics, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void a_cancellation_says_method_cancel_in_the_content_type() throws Exception {
        InvitationMailer mailer = new InvitationMailer(session(smtp.getSmtp().getPort()));

        List<InvitationMailer.Delivery> deliveries = mailer.send(INVITE.cancelled(START.minusSeconds(3600)), "Cancelled: TAF meeting", "Cancelled.");

        assertTrue(deliveries.stream().allMatch(InvitationMailer.Delivery::isSent), deliveries.toString());
        assertTrue(smtp.waitForIncomingEmail(5000, 2));
        MimeMessage message = to(smtp.getReceivedMessages(), "priya.shah@council.example");
        BodyPart calendar = ((Multipart) ((Multipart) message.getContent()).getBodyPart(0).getContent()).getBodyPart(1);
        assertEquals("CANCEL", new ContentType(calendar.getContentType()).getParameter("method"));
        String ics = text(calendar);
        assertTrue(ics.contains("\r\nMETHOD:CANCEL\r\n") && ics.contains("\r\nSTATUS:CANCELLED\r\n") && ics.contains("\r\nSEQUENCE:1\r\n"), ics);
    }

    @Test
    void when_the_mail_server_is_down_every_recipient_is_reported_failed_and_nothing_is_thrown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        InvitationMailer mailer = new InvitationMailer(session(closedPort));

        List<InvitationMailer.Delivery> deliveries = mailer.send(INVITE, "Invitation", "Body");

        assertEquals(2, deliveries.size());
        for (InvitationMailer.Delivery delivery : deliveries) {
            assertEquals(InvitationMailer.Delivery.Status.FAILED, delivery.status());
            assertTrue(delivery.reason().contains("could not be reached"), delivery.reason());
        }
        assertEquals(0, smtp.getReceivedMessages().length);
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).findAny().isEmpty());
    }
}
