package org.passerelle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"AB", "EX-ESS-ECHANGES", "P-2026-001", "1234", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCD"})
    void accepts_upper_case_letters_digits_and_dashes_from_2_to_40(String code) {
        assertThat(Code.isValid(code)).isTrue();
        assertThat(Code.require(code, "code")).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "A", "ab-cd", "AB_CD", "AB CD", "ÉCOLE", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDE"})
    void rejects_anything_else(String code) {
        assertThat(Code.isValid(code)).isFalse();
    }

    @Test
    void names_the_field_of_an_invalid_code() {
        assertRefused(() -> Code.require("bad code", "reference"), "code.invalid", "reference");
    }
}
