package org.passerelle.domain.call;

/** Where a call stands on a given day. */
public enum CallState {
    UPCOMING,
    OPEN,
    CLOSED
}
