package org.passerelle.domain.shared;

/** The two currencies the partnership's funding is expressed in. */
public enum Currency {
    EUR,
    CAD
}
