package org.passerelle.domain.project;

/** Where a cooperation project stands in its life; see {@link Transition} for the moves between them. */
public enum ProjectStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    APPROVED,
    REJECTED,
    IN_PROGRESS,
    COMPLETED,
    WITHDRAWN;

    /** Only an approved, running or completed project has a granted amount. */
    public boolean mayHaveGrant() {
        return this == APPROVED || this == IN_PROGRESS || this == COMPLETED;
    }

    public boolean isFinal() {
        return this == REJECTED || this == COMPLETED || this == WITHDRAWN;
    }
}
