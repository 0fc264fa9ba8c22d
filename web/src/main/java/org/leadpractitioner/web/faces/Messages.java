package org.leadpractitioner.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.leadpractitioner.domain.RuleViolation;

/** Faces messages, so that every page reports problems the same way. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    /** An information message that survives the redirect after a successful change (post-redirect-get). */
    public static void infoAfterRedirect(String text) {
        info(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * Reports a broken rule next to the field it names (a component id inside {@code formId}), and in the
     * page's error summary; the submitted values stay in the form.
     *
     * @param aliases pairs {@code ruleField, inputId} for rule fields named differently from the form's inputs
     */
    public static void ruleBroken(RuleViolation rule, String formId, String... aliases) {
        addForField(rule.getField(), rule.getMessage(), formId, aliases);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Reports each Bean Validation refusal of a boundary's input next to the field it concerns. */
    public static void inputRefused(ConstraintViolationException invalid, String formId, String... aliases) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            addForField(lastNode(violation.getPropertyPath()), violation.getMessage(), formId, aliases);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void addForField(String field, String text, String formId, String... aliases) {
        String inputId = field;
        for (int i = 0; field != null && i + 1 < aliases.length; i += 2) {
            if (aliases[i].equals(field)) {
                inputId = aliases[i + 1];
                break;
            }
        }
        String clientId = inputId == null ? null : formId + ":" + inputId;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clientId != null && faces.getViewRoot().findComponent(clientId) != null) {
            add(clientId, FacesMessage.SEVERITY_ERROR, text);
        } else {
            error(text);
        }
    }

    private static String lastNode(Path path) {
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
        }
        return last;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
