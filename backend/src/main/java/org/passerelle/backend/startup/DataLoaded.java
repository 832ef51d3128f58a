package org.passerelle.backend.startup;

/**
 * Fired once at start, after the database is migrated and the demo data and admin account are in
 * place: the search indexes build themselves on it.
 */
public record DataLoaded() {
}
