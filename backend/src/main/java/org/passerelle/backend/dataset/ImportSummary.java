package org.passerelle.backend.dataset;

/** How many records of each kind the installation holds after an import. */
public record ImportSummary(long programmes, long calls, long organisations, long projects) {
}
