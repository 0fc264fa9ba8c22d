package org.leadpractitioner.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.leadpractitioner.domain.RuleViolation;

/** Faces messages, so that every page reports problems the same way. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * Reports a broken rule next to the field it names (a component id inside {@code formId}), and in the
     * page's error summary; the submitted values stay in the form.
     */
    public static void ruleBroken(RuleViolation rule, String formId) {
        String clientId = rule.getField() == null ? null : formId + ":" + rule.getField();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clientId != null && faces.getViewRoot().findComponent(clientId) != null) {
            add(clientId, FacesMessage.SEVERITY_ERROR, rule.getMessage());
        } else {
            error(rule.getMessage());
        }
        faces.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
