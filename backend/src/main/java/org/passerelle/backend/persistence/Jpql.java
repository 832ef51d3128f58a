package org.passerelle.backend.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.domain.shared.DomainException;
import org.passerelle.domain.shared.PageRequest;

/**
 * A small builder for the filtered, sorted and paged listings of the repositories: conditions are
 * added only for the filter parts that are set, and sorting is limited to the listing's own columns
 * so that no client text ever reaches the query.
 */
final class Jpql {

    private final String entity;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Jpql(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    Jpql where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Matches {@code text} anywhere in one of the paths, ignoring case. */
    Jpql matching(String text, String... paths) {
        if (text != null && !text.isBlank()) {
            String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            List<String> alternatives = new ArrayList<>();
            for (String path : paths) {
                alternatives.add("LOWER(" + path + ") LIKE :text ESCAPE '\\'");
            }
            conditions.add("(" + String.join(" OR ", alternatives) + ")");
            parameters.put("text", pattern);
        }
        return this;
    }

    <T> List<T> list(EntityManager em, Class<T> type, PageRequest page, Map<String, String> sortable,
            String defaultOrder) {
        StringBuilder order = new StringBuilder();
        for (PageRequest.SortOrder sort : page.sort()) {
            String path = sortable.get(sort.property());
            if (path == null) {
                throw new DomainException("sort.unknown", "sort", "Cannot sort by '" + sort.property()
                        + "'; sortable: " + String.join(", ", sortable.keySet()) + ".");
            }
            order.append(order.isEmpty() ? "" : ", ").append(path).append(sort.ascending() ? " ASC" : " DESC");
        }
        order.append(order.isEmpty() ? "" : ", ").append(defaultOrder);
        TypedQuery<T> query = em.createQuery(
                "SELECT " + alias + " FROM " + entity + " " + alias + where() + " ORDER BY " + order, type);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(" + alias + ") FROM " + entity + " " + alias + where(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
