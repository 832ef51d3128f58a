package org.passerelle.domain.shared;

import java.util.regex.Pattern;

/**
 * Codes ({@code code}, {@code reference}) identify records across installations: upper-case letters,
 * digits and {@code -}, 2 to 40 characters.
 */
public final class Code {

    private static final Pattern PATTERN = Pattern.compile("[A-Z0-9-]{2,40}");

    private Code() {
    }

    public static boolean isValid(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }

    /** Returns the code unchanged, or throws naming {@code field} when it is not a valid code. */
    public static String require(String code, String field) {
        if (!isValid(code)) {
            throw new DomainException("code.invalid", field,
                    "'" + code + "' is not a valid code: 2 to 40 upper-case letters, digits or '-'.");
        }
        return code;
    }
}
