package org.passerelle.backend.service;

/**
 * The request is sound but clashes with the current state: a code already taken, a record still in
 * use, or a change made on a version that someone else has since replaced.
 */
public class Conflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static Conflict staleVersion(String kind, String code) {
        return new Conflict("version", "The " + kind + " " + code + " was changed by someone else since you opened"
                + " it. Reload it to see their changes, then apply yours again.");
    }
}
