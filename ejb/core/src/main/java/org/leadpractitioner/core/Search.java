package org.leadpractitioner.core;

import java.util.Locale;

/** How searches read what people type. */
public final class Search {

    private Search() {
    }

    /**
     * A "starts with" pattern for {@code LOWER(column) LIKE :pattern}: the text in lower case, with the
     * LIKE wildcards a user might type removed, followed by {@code %}. Prefix patterns can use an index
     * (on PostgreSQL the {@code varchar_pattern_ops} indexes of migration V2).
     */
    public static String prefix(String text) {
        return text.trim().toLowerCase(Locale.UK).replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
