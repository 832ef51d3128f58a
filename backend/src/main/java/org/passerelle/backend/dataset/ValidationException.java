package org.passerelle.backend.dataset;

import java.util.List;

/** A document or request was refused; {@link #errors()} lists every problem found, not only the first. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    public ValidationException(String message, List<ValidationError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public static ValidationException single(String path, String message) {
        return new ValidationException(message, List.of(new ValidationError(path, message)));
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
