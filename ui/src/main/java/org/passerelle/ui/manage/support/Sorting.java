package org.passerelle.ui.manage.support;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.passerelle.domain.shared.PageRequest;

/** Turns a lazy grid's query (rows wanted, columns sorted) into the services' page request. */
public final class Sorting {

    private Sorting() {
    }

    public static PageRequest page(Query<?, ?> query) {
        return new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT),
                orders(query.getSortOrders()));
    }

    /** The page request of a count: only the total matters. */
    public static PageRequest countOnly() {
        return PageRequest.of(0, 1);
    }

    static List<PageRequest.SortOrder> orders(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(o -> new PageRequest.SortOrder(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList();
    }
}
