package org.leadpractitioner.web.output;

import java.util.List;

/**
 * Writes CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break)
 * that is safe to open in a spreadsheet: a field starting with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe so that it is shown as text and never run as a formula (OWASP "CSV injection").
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    /** Appends one row. */
    public Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** One field as written: neutralised, then quoted if needed. */
    public static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
