package org.passerelle.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String PASSWORD = "correct horse battery";
    private static final String HASH = HASHER.hash(PASSWORD.toCharArray());

    @Test
    void verifies_the_password_it_hashed() {
        assertThat(HASHER.verify(PASSWORD.toCharArray(), HASH)).isTrue();
    }

    @Test
    void refuses_a_wrong_password() {
        assertThat(HASHER.verify("correct horse battery!".toCharArray(), HASH)).isFalse();
        assertThat(HASHER.verify("".toCharArray(), HASH)).isFalse();
    }

    @Test
    void salts_each_hash_differently() {
        String again = HASHER.hash(PASSWORD.toCharArray());

        assertThat(again).isNotEqualTo(HASH);
        assertThat(again.split("\\$")[2]).isNotEqualTo(HASH.split("\\$")[2]);
        assertThat(HASHER.verify(PASSWORD.toCharArray(), again)).isTrue();
    }

    @Test
    void stores_scheme_iterations_salt_and_hash_and_never_the_password() {
        String[] parts = HASH.split("\\$");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo(PasswordHasher.SCHEME);
        assertThat(Integer.parseInt(parts[1])).isEqualTo(PasswordHasher.ITERATIONS);
        assertThat(HASH).doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "pbkdf2-sha512$210000$salt", "md5$1$c2FsdA$aGFzaA",
        "pbkdf2-sha512$many$c2FsdA$aGFzaA", "pbkdf2-sha512$0$c2FsdA$aGFzaA", "pbkdf2-sha512$-5$c2FsdA$aGFzaA",
        "pbkdf2-sha512$1000$not base64!$aGFzaA", "pbkdf2-sha512$1000$c2FsdA$aGFzaA$extra"})
    void refuses_anything_that_is_not_one_of_its_hashes_without_failing(String stored) {
        assertThat(HASHER.verify(PASSWORD.toCharArray(), stored)).isFalse();
    }

    @Test
    void makes_readable_random_passwords_long_enough_for_the_rules() {
        String password = HASHER.randomPassword();

        assertThat(password).hasSize(20).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "l", "I");
        assertThat(HASHER.randomPassword()).isNotEqualTo(password);
    }
}
