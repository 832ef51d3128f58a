package org.passerelle.domain.shared;

import java.util.List;

/**
 * A page of a sorted listing: rows {@code offset} to {@code offset + limit - 1}, sorted by the
 * given properties (names of the listing's sortable columns) in order.
 */
public record PageRequest(int offset, int limit, List<SortOrder> sort) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new DomainException("page.offset", "offset", "offset must not be negative.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new DomainException("page.limit", "limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public static PageRequest of(int offset, int limit, SortOrder... sort) {
        return new PageRequest(offset, limit, List.of(sort));
    }

    /** A page by number (from 0) and size, as REST clients ask for it. */
    public static PageRequest page(int page, int size, SortOrder... sort) {
        if (page < 0) {
            throw new DomainException("page.number", "page", "page must not be negative.");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw new DomainException("page.size", "size", "size must be between 1 and " + MAX_LIMIT + ".");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new DomainException("page.number", "page", "page is too large for pages of " + size + ".");
        }
        return new PageRequest(page * size, size, List.of(sort));
    }

    public record SortOrder(String property, boolean ascending) {
        public static SortOrder asc(String property) {
            return new SortOrder(property, true);
        }

        public static SortOrder desc(String property) {
            return new SortOrder(property, false);
        }
    }
}
