package org.passerelle.assistant.eligibility;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.passerelle.domain.shared.LocalizedText;

/**
 * What one rule says about one profile. Passing and missing outcomes are shared constants, so that the
 * common case allocates nothing; a failure carries the means to write its message, which is written only
 * when someone reads it (see {@link FailedRule#message()}).
 */
public sealed interface Outcome permits Outcome.Pass, Outcome.Fail, Outcome.Missing {

    /** The rule holds, or the programme sets no such constraint. */
    Outcome PASS = Pass.INSTANCE;

    /** A failure whose message is written on demand; {@code message} must only read immutable values. */
    static Outcome fail(Supplier<LocalizedText> message) {
        return new Fail(message);
    }

    static Outcome missing(ProfileField field) {
        return Missing.BY_FIELD.get(field);
    }

    enum Pass implements Outcome {
        INSTANCE
    }

    /** The profile's known value is outside the rule; the message names the limit and that value. */
    record Fail(Supplier<LocalizedText> message) implements Outcome {
        public Fail {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The rule needs a profile field that is unknown. */
    record Missing(ProfileField field) implements Outcome {

        private static final Map<ProfileField, Outcome> BY_FIELD = new EnumMap<>(ProfileField.class);

        static {
            for (ProfileField field : ProfileField.values()) {
                BY_FIELD.put(field, new Missing(field));
            }
        }

        public Missing {
            Objects.requireNonNull(field, "field");
        }
    }
}
