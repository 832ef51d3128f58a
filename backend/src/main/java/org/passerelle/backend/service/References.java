package org.passerelle.backend.service;

import java.util.Optional;
import java.util.function.Function;
import org.passerelle.backend.dataset.Errors;

/** Finds the records a request names by code, recording each code that names nothing at its JSON path. */
final class References {

    private References() {
    }

    /**
     * The record with {@code code}, or {@code null}: either no code was given (the entity then says the
     * field is required) or none has it (recorded in {@code errors} at {@code path}).
     */
    static <T> T find(String code, String path, String kind, Function<String, Optional<T>> finder, Errors errors) {
        if (code == null) {
            return null;
        }
        Optional<T> found = finder.apply(code);
        if (found.isEmpty()) {
            errors.add(path, "No " + kind + " has the code '" + code + "'.");
        }
        return found.orElse(null);
    }
}
