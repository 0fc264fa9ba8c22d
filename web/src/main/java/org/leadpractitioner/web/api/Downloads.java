package org.leadpractitioner.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Headers for files the API hands out. */
final class Downloads {

    /** Files about people are not kept in browser or proxy caches (shared computers). */
    static final String NO_STORE = "no-store";

    private Downloads() {
    }

    /**
     * A {@code Content-Disposition: attachment} value for {@code fileName}: an ASCII fallback name (quotes, backslashes,
     * control and non-ASCII characters replaced) and the exact name as RFC 8187 {@code filename*}.
     */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
