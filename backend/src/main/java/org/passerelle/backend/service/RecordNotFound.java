package org.passerelle.backend.service;

/** No record of that kind has that code (or name). */
public class RecordNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String kind, String code) {
        this("No " + kind + " has the code '" + code + "'.");
    }

    /** For what is not named by a code (an account, a transition): the message says what was asked. */
    public RecordNotFound(String message) {
        super(message);
    }
}
