package org.leadpractitioner.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.html.HtmlSelectOneRadio;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.primefaces.component.autocomplete.AutoComplete;
import org.primefaces.component.datepicker.DatePicker;

/**
 * What the layout's feedback area shows: the error summary (each problem linking to the field it concerns,
 * as the GOV.UK error summary does) and the confirmations of a change. Rendered as plain lists because
 * PrimeFaces' {@code p:messages} puts {@code role="alert"} on list items, which is not valid ARIA.
 */
@Named
@RequestScoped
public class Feedback {

    /** One message; {@code target} is the id of the element to focus, or null for a message about the page. */
    public record Item(String text, String target) {
        public String getText() {
            return text;
        }

        public String getTarget() {
            return target;
        }
    }

    public List<Item> getErrors() {
        return collect(true);
    }

    public List<Item> getNotices() {
        return collect(false);
    }

    private static List<Item> collect(boolean errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Item> items = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            for (Iterator<FacesMessage> messages = faces.getMessages(clientId); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                boolean error = message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
                if (error == errors) {
                    String text = message.getDetail() == null ? message.getSummary() : message.getDetail();
                    items.add(new Item(text, clientId == null ? null : focusTarget(faces, clientId)));
                }
            }
        }
        return items;
    }

    /** The element a link to the field should focus: the visible input of composite widgets, the first choice of a group. */
    private static String focusTarget(FacesContext faces, String clientId) {
        UIComponent component = faces.getViewRoot().findComponent(clientId);
        if (component instanceof DatePicker || component instanceof AutoComplete) {
            return clientId + "_input";
        }
        if (component instanceof UISelectMany || component instanceof HtmlSelectOneRadio) {
            return clientId + ":0";
        }
        if (component == null || component instanceof UIViewParameter) {
            return null; // a problem with the page's address, not with a field
        }
        return clientId;
    }
}
