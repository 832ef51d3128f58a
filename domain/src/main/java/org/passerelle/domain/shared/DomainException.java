package org.passerelle.domain.shared;

/**
 * A business rule was broken. {@link #key()} names the rule (stable, for translations and clients);
 * {@link #field()} names the field at fault when there is one.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String field;

    public DomainException(String key, String message) {
        this(key, null, message);
    }

    public DomainException(String key, String field, String message) {
        super(message);
        this.key = key;
        this.field = field;
    }

    public String key() {
        return key;
    }

    public String field() {
        return field;
    }
}
