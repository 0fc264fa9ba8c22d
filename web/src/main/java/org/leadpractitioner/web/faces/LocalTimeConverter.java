package org.leadpractitioner.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Times of day typed on the 24-hour clock, HH:mm (what a browser's time input sends; 9:30 and 09.30 are read too),
 * shown back as HH:mm.
 */
@FacesConverter("lp.time")
public class LocalTimeConverter implements Converter<LocalTime> {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String typed = value.trim().replace('.', ':');
            return LocalTime.parse(typed.length() > 5 ? typed.substring(0, 5) : typed, TYPED);
        } catch (DateTimeParseException e) {
            String text = component instanceof UIInput input && input.getConverterMessage() != null
                    ? input.getConverterMessage()
                    : "Enter a time on the 24-hour clock as hh:mm, for example 14:30";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : SHOWN.format(value);
    }
}
