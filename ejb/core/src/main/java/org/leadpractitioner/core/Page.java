package org.leadpractitioner.core;

import java.util.List;

/**
 * One page of a list: the rows, the total number of rows the query matches, and where the page starts.
 * Every list in the application is paged; {@link #MAX_LIMIT} caps what one request may ask for.
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public Page {
        items = List.copyOf(items);
    }

    /** A safe limit: between 1 and {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when none is given. */
    public static int limit(Integer requested) {
        if (requested == null || requested <= 0) {
            return DEFAULT_LIMIT;
        }
        return Math.min(requested, MAX_LIMIT);
    }

    /** The part of {@code keys} (already in list order) that a page from {@code offset} of {@code limit} shows. */
    public static <K> List<K> slice(List<K> keys, int offset, int limit) {
        return keys.subList(Math.min(offset, keys.size()), Math.min(offset + limit, keys.size()));
    }

    public static int offset(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }

    // EL in Jakarta EE 10 does not read record components as properties
    public List<T> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }
}
