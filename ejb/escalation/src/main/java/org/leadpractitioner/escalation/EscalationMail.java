package org.leadpractitioner.escalation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leadpractitioner.core.infrastructure.Settings;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.escalation.Escalation;
import org.leadpractitioner.domain.escalation.EscalationStage;
import org.leadpractitioner.meetings.invite.InvitationMailer;
import org.leadpractitioner.meetings.invite.MailTimeouts;

/**
 * Emails the people an escalation notice concerns, after the change has committed and in the background (a slow mail
 * server never holds up a user or the sweep). Who is told:
 * <ul>
 * <li>raised, moved up, reopened: the responder now due to respond, and the raiser;</li>
 * <li>overdue: the raiser (prompted to move it up, or told it moved up) and the responder (and a new responder);</li>
 * <li>closed: the raiser and the practitioner it was raised with (both agencies learn the outcome);</li>
 * <li>a stage that tells the partnership: also the business manager ({@value #BUSINESS_MANAGER}).</li>
 * </ul>
 * The messages say what happened, by when a response is due and where to look; they name the case reference but
 * not the child or the concern (email is not the place for special-category data). A message that cannot be sent
 * is logged without the address; the escalation itself is unaffected.
 */
@Stateless
@PermitAll // called by the container's event delivery, after the caller's transaction
public class EscalationMail {

    static final String BUSINESS_MANAGER = "lp.escalation.business-manager-email";
    private static final Logger LOG = Logger.getLogger(EscalationMail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/LeadPractitioner")
    Session mailSession;

    /** Sends the notice's emails once the change that raised it has committed. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EscalationNotice notice) {
        Escalation e = em.find(Escalation.class, notice.escalationId());
        if (e == null) {
            return;
        }
        EscalationStage stage = e.getCurrentStageRecord();
        Map<String, String> to = new LinkedHashMap<>(); // address -> greeting name
        String subject;
        String body;
        String ref = "escalation " + e.getId() + " on case " + e.getEarlyHelpCase().getReference();
        String due = "Response due by " + stage.deadline().describe() + ".";
        switch (notice.kind()) {
            case RAISED -> {
                add(to, e.getRaisedWith());
                subject = "Escalation raised with you: " + ref;
                body = e.getRaisedBy().displayName() + " (" + e.getRaisedByAgency().getName() + ") has raised a"
                        + " disagreement with you (" + e.getCategory().label().toLowerCase(Locale.UK) + "), "
                        + stage.describe() + ". " + due;
            }
            case MOVED_UP, MOVED_UP_NOTIFY_PARTNERSHIP, REOPENED -> {
                add(to, stage.getResponder());
                add(to, e.getRaisedBy());
                subject = (notice.kind() == EscalationNotice.Kind.REOPENED ? "Escalation reopened: " : "Escalation moved"
                        + " up to stage " + e.getCurrentStage() + ": ") + ref;
                body = "The " + ref + " is now at " + stage.describe() + ", with " + stage.getResponder().displayName()
                        + " to respond. " + due;
            }
            case OVERDUE -> {
                add(to, e.getRaisedBy());
                add(to, stage.getResponder());
                subject = "Escalation overdue at stage " + e.getCurrentStage() + ": " + ref;
                body = "The deadline of " + stage.describe() + " (" + stage.deadline().describe() + ") passed without an"
                        + " outcome. " + e.getRaisedBy().displayName() + ", who raised it, is asked to move it up to the"
                        + " next stage, or to record the outcome if it has been resolved.";
            }
            case OVERDUE_MOVED_UP, OVERDUE_MOVED_UP_NOTIFY_PARTNERSHIP -> {
                add(to, e.getRaisedBy());
                add(to, stage.getResponder());
                e.getStages().stream().filter(s -> s.getRecordNo() == stage.getRecordNo() - 1).findFirst()
                        .ifPresent(s -> add(to, s.getResponder()));
                subject = "Escalation overdue and moved up to stage " + e.getCurrentStage() + ": " + ref;
                body = "The previous stage's deadline passed without an outcome, so the escalation policy moved the " + ref
                        + " up to " + stage.describe() + ", with " + stage.getResponder().displayName() + " to respond. "
                        + due;
            }
            default -> {
                add(to, e.getRaisedBy());
                add(to, e.getRaisedWith());
                subject = "Escalation " + e.getStatus().label().toLowerCase(Locale.UK) + ": " + ref;
                body = "The " + ref + " is " + e.getStatus().label().toLowerCase(Locale.UK) + " at " + stage.describe()
                        + ". The outcome is recorded on the case.";
            }
        }
        if (notice.kind().notifiesPartnership()) {
            Settings.get(BUSINESS_MANAGER).ifPresent(address -> to.put(address, "Business manager"));
        }
        String text = body + "\n\nOpen the escalation in the Lead Practitioner system to see the details and respond."
                + "\n\n" + EscalationService.referralRoute() + "\n";
        send(to, subject, text);
    }

    private static void add(Map<String, String> to, Practitioner p) {
        if (p != null && p.getEmail() != null && !p.getEmail().isBlank()) {
            to.putIfAbsent(p.getEmail(), p.displayName());
        }
    }

    private void send(Map<String, String> to, String subject, String text) {
        MailTimeouts.apply(mailSession);
        for (Map.Entry<String, String> recipient : to.entrySet()) {
            try {
                MimeMessage message = new MimeMessage(mailSession);
                message.setFrom();
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.getKey(),
                        recipient.getValue(), StandardCharsets.UTF_8.name()));
                message.setSubject(subject, StandardCharsets.UTF_8.name());
                message.setSentDate(new Date());
                message.setText(text, StandardCharsets.UTF_8.name());
                Transport.send(message);
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException ex) {
                LOG.log(Level.WARNING, "An escalation email was not sent: {0}", InvitationMailer.shortReason(ex));
            }
        }
    }
}
