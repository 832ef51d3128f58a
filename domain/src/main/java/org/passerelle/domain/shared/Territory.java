package org.passerelle.domain.shared;

/** Where an applicant or organisation is based. */
public enum Territory {
    NOUVELLE_AQUITAINE,
    QUEBEC,
    OTHER;

    /** The partnership's other side, or {@code null} for {@link #OTHER}, which has none. */
    public Territory otherSide() {
        return switch (this) {
            case NOUVELLE_AQUITAINE -> QUEBEC;
            case QUEBEC -> NOUVELLE_AQUITAINE;
            case OTHER -> null;
        };
    }
}
