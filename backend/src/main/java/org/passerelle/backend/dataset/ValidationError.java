package org.passerelle.backend.dataset;

/** One problem in a document or request: where (a JSON path such as {@code $.programmes[3].code}) and what. */
public record ValidationError(String path, String message) {
}
