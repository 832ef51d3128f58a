package org.passerelle.backend.search;

/** One programme found, by code, with its relevance (higher is better; equal for a search without words). */
public record SearchHit(String code, float score) {
}
