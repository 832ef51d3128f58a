package org.passerelle.backend.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.passerelle.domain.account.Account;
import org.passerelle.domain.account.Role;

/** An account as administrators see it. The password hash never leaves the service. */
@JsonPropertyOrder({"username", "displayName", "email", "role", "enabled", "preferredLanguage", "version"})
public record AccountView(String username, String displayName, String email, Role role, boolean enabled,
        String preferredLanguage, long version) {

    static AccountView of(Account account) {
        return new AccountView(account.username(), account.displayName(), account.email(), account.role(),
                account.enabled(), account.preferredLanguage(), account.version());
    }
}
