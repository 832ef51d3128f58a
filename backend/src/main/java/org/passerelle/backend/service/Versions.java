package org.passerelle.backend.service;

/** Optimistic locking at the service boundary: a change based on an older version is refused. */
final class Versions {

    private Versions() {
    }

    /** {@code expected} null means the caller did not say which version it edited: no check. */
    static void check(Long expected, long actual, String kind, String code) {
        if (expected != null && expected != actual) {
            throw Conflict.staleVersion(kind, code);
        }
    }
}
