package org.passerelle.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

    private static final String HASH = "pbkdf2-sha512$210000$c2FsdA$aGFzaA";

    private static Account account(String username) {
        return new Account(username, "Marie Dupont", "marie@example.org", Role.MANAGER, HASH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "marie", "marie.dupont", "m_dupont-2", "0admin", "abcdefghijklmnopqrstuvwxyz0123456789abcd"})
    void accepts_lower_case_usernames_of_2_to_40_characters(String username) {
        assertThat(account(username).username()).isEqualTo(username);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "a", "Marie", ".marie", "-marie", "marie dupont", "marié", "marie@example",
        "abcdefghijklmnopqrstuvwxyz0123456789abcde"})
    void rejects_other_usernames(String username) {
        assertRefused(() -> account(username), "account.username", "username");
    }

    @Test
    void starts_enabled_with_its_role_and_hash() {
        Account account = account("marie");

        assertThat(account.enabled()).isTrue();
        assertThat(account.role()).isEqualTo(Role.MANAGER);
        assertThat(account.passwordHash()).isEqualTo(HASH);
        assertThat(account.toString()).doesNotContain(HASH);
    }

    @Test
    void requires_a_display_name_a_role_and_a_password_hash() {
        assertRefused(() -> new Account("marie", " ", null, Role.VIEWER, HASH), "field.required", "displayName");
        assertRefused(() -> new Account("marie", "Marie", null, null, HASH), "field.required", "role");
        assertRefused(() -> new Account("marie", "Marie", null, Role.VIEWER, null), "field.required", "password");
    }

    @Test
    void a_refused_revision_changes_nothing() {
        Account account = account("marie");

        assertRefused(() -> account.revise("Marie D.", "m@example.org", null), "field.required", "role");

        assertThat(account.displayName()).isEqualTo("Marie Dupont");
        assertThat(account.email()).isEqualTo("marie@example.org");
    }

    @Test
    void trims_the_display_name_and_drops_a_blank_email() {
        Account account = account("marie");

        account.revise("  Marie D. ", "  ", Role.REVIEWER);

        assertThat(account.displayName()).isEqualTo("Marie D.");
        assertThat(account.email()).isNull();
        assertThat(account.role()).isEqualTo(Role.REVIEWER);
    }

    @Test
    void is_disabled_and_enabled_again() {
        Account account = account("marie");

        account.disable();
        assertThat(account.enabled()).isFalse();
        account.enable();
        assertThat(account.enabled()).isTrue();
    }

    @Test
    void prefers_french_english_or_nothing() {
        Account account = account("marie");

        account.preferLanguage("en");
        assertThat(account.preferredLanguage()).isEqualTo("en");
        account.preferLanguage(null);
        assertThat(account.preferredLanguage()).isNull();
        assertRefused(() -> account.preferLanguage("de"), "account.language", "preferredLanguage");
        assertRefused(() -> account.preferLanguage("FR"), "account.language", "preferredLanguage");
    }

    @Test
    void an_admin_may_act_as_any_role_and_others_only_as_their_own() {
        Account admin = new Account("admin", "Admin", null, Role.ADMIN, HASH);
        Account viewer = new Account("victor", "Victor", null, Role.VIEWER, HASH);

        assertThat(admin.may(Role.MANAGER)).isTrue();
        assertThat(viewer.may(Role.VIEWER)).isTrue();
        assertThat(viewer.may(Role.MANAGER)).isFalse();
    }

    @Test
    void refuses_a_display_name_longer_than_its_column() {
        assertRefused(() -> new Account("marie", "m".repeat(201), null, Role.VIEWER, HASH), "text.too-long",
                "displayName");
    }
}
