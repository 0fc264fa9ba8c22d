package org.leadpractitioner.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates typed as dd/mm/yyyy (one-digit days and months allowed), read strictly: 31/02/2019 is refused
 * rather than quietly turned into 28 February, as the date picker's own lenient reading would.
 * Shown back as dd/MM/yyyy, the pattern the pages' date pickers use.
 */
@FacesConverter("lp.date")
public class LocalDateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim().replace('-', '/').replace('.', '/'), TYPED);
        } catch (DateTimeParseException e) {
            String text = component instanceof UIInput input && input.getConverterMessage() != null
                    ? input.getConverterMessage()
                    : "Enter a real date as dd/mm/yyyy, for example 23/11/2026";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : SHOWN.format(value);
    }
}
