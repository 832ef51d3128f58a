package org.passerelle.domain.programme;

/** Only {@link #PUBLISHED} programmes are visible to the public and to the assistant. */
public enum ProgrammeStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
