package org.passerelle.backend.service;

import org.passerelle.domain.account.Role;

/** What an administrator gives to open an account; the password is hashed at once and never kept. */
public record NewAccount(String username, String displayName, String email, Role role, String password) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + "]";
    }
}
