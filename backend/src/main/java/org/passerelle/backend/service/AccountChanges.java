package org.passerelle.backend.service;

import org.passerelle.domain.account.Role;

/** A revision of an account by an administrator; {@code enabled} absent leaves the account as it is. */
public record AccountChanges(String displayName, String email, Role role, Boolean enabled) {
}
