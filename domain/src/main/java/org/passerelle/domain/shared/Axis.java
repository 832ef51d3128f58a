package org.passerelle.domain.shared;

/** The five cooperation axes of the Nouvelle-Aquitaine – Québec partnership. */
public enum Axis {
    ECONOMIC_DEVELOPMENT,
    SOCIAL_SOLIDARITY_ECONOMY,
    HIGHER_EDUCATION_RESEARCH,
    CULTURE,
    YOUTH_MOBILITY
}
