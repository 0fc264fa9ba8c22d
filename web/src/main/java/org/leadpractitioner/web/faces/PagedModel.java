package org.leadpractitioner.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leadpractitioner.core.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy {@code p:dataTable} model over a boundary's paged ({@code offset, limit}) method: only the page
 * shown is ever read. The first page is read once per render: {@link #count} reads it (the boundary answers
 * the total with the rows) and {@link #load} reuses it.
 *
 * @param <T> the row type (a DTO with an id)
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The boundary call: a page of rows from {@code offset}, at most {@code limit} of them. */
    @FunctionalInterface
    public interface Fetch<T> extends Serializable {
        Page<T> fetch(int offset, int limit);
    }

    /** A row's identity. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Fetch<T> fetch;
    private final Key<T> key;
    private transient Page<T> firstPage;

    public PagedModel(Fetch<T> fetch, Key<T> key) {
        this.fetch = Objects.requireNonNull(fetch);
        this.key = Objects.requireNonNull(key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        firstPage = fetch.fetch(0, limit(getPageSize()));
        return (int) Math.min(Integer.MAX_VALUE, firstPage.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int limit = limit(pageSize);
        Page<T> page = firstPage != null && first == 0 && firstPage.limit() == limit ? firstPage : fetch.fetch(first, limit);
        firstPage = null;
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

    private static int limit(int pageSize) {
        return Page.limit(pageSize <= 0 ? null : pageSize);
    }
}
