package org.leadpractitioner.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.domain.RuleViolation;

/**
 * The one place where page failures are turned into something a practitioner can act on. A broken rule
 * or a concurrent edit stays on the page as a message (the user's input is kept); a record that is
 * missing or out of scope, an expired view or an unexpected fault goes to the error page, which shows an
 * incident id and never a stack trace.
 */
class FriendlyExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FriendlyExceptionHandler.class.getName());

    FriendlyExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
            Throwable thrown = it.next().getContext().getException();
            Throwable cause = rootCause(thrown);
            it.remove();
            if (cause instanceof RuleViolation rule) {
                Messages.error(rule.getMessage());
                faces.renderResponse();
            } else if (cause instanceof ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(v -> Messages.error(v.getMessage()));
                faces.validationFailed();
                faces.renderResponse();
            } else if (cause instanceof OptimisticLockException) {
                Messages.error("Someone else changed this record while you were editing it. Your changes are still in "
                        + "the form: open the record in a new tab to see theirs, then save again.");
                faces.renderResponse();
            } else if (cause instanceof RecordNotFound || cause instanceof EJBAccessException) {
                redirectToError(faces, cause instanceof RecordNotFound ? "not-found" : "forbidden", null);
            } else if (cause instanceof ViewExpiredException) {
                redirectToError(faces, "expired", null);
            } else {
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Incident " + incident + " on a page", thrown);
                redirectToError(faces, "incident", incident);
            }
        }
        getWrapped().handle();
    }

    private static void redirectToError(FacesContext faces, String reason, String incident) {
        try {
            String url = faces.getExternalContext().getRequestContextPath() + "/error.xhtml?reason=" + reason
                    + (incident == null ? "" : "&incident=" + incident);
            faces.getExternalContext().redirect(url);
            faces.responseComplete();
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Could not redirect to the error page", e);
        }
    }

    static Throwable rootCause(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof FacesException || e instanceof EJBException && !(e instanceof EJBAccessException)
                || e instanceof jakarta.el.ELException) && e.getCause() != null) {
            e = e.getCause();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation || t instanceof OptimisticLockException || t instanceof RecordNotFound
                    || t instanceof ConstraintViolationException) {
                return t;
            }
        }
        return e;
    }
}
