package org.passerelle.domain.shared;

/**
 * What kind of body (or person) applies. The list is flat: a programme open to {@link #COOPERATIVE}
 * is not thereby open to {@link #CAE}.
 */
public enum ApplicantType {
    ASSOCIATION,
    COOPERATIVE,
    CAE,
    SIAE,
    COMPANY,
    LOCAL_AUTHORITY,
    PUBLIC_BODY,
    HIGHER_EDUCATION,
    RESEARCH_ORGANISATION,
    SCHOOL,
    CULTURAL_ORGANISATION,
    INDIVIDUAL
}
