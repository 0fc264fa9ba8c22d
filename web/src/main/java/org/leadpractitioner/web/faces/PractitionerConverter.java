package org.leadpractitioner.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.people.PractitionerService;
import org.leadpractitioner.core.people.PractitionerView;

/**
 * A practitioner chosen in an autocomplete: submitted as the id, read back through the directory. A CDI bean
 * ({@code @Dependent}: discovery is by annotation) so that the boundary can be injected.
 */
@Dependent
@FacesConverter(value = "practitionerConverter", managed = true)
public class PractitionerConverter implements Converter<PractitionerView> {

    @Inject
    PractitionerService practitioners;

    @Override
    public PractitionerView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return practitioners.get(Long.parseLong(value.trim()));
        } catch (NumberFormatException | RecordNotFound e) {
            String text = "Choose a practitioner from the list that appears as you type their name.";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PractitionerView value) {
        return value == null ? "" : String.valueOf(value.getId());
    }
}
