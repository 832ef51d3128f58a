package org.passerelle.backend.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.passerelle.backend.dataset.ProgrammeData;

/**
 * A page of published programmes as {@code GET /api/programmes} answers it: the contract's
 * {@code items} and {@code total}, and, when asked for, the facet counts over every match (an extension
 * of the contract).
 */
@JsonPropertyOrder({"items", "total", "facets"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammePage(List<ProgrammeData> items, long total, Map<String, Map<String, Long>> facets) {

    public ProgrammePage {
        items = List.copyOf(items);
    }
}
