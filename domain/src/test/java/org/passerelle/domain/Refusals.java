package org.passerelle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.passerelle.domain.shared.DomainException;

/** Asserts that an act breaks a named rule, on the named field. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(ThrowingCallable act, String key, String field) {
        assertThatThrownBy(act).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.key()).as("rule").isEqualTo(key);
            assertThat(e.field()).as("field").isEqualTo(field);
        });
    }
}
