package org.passerelle.domain.account;

import java.util.List;
import java.util.Optional;
import org.passerelle.domain.shared.PageRequest;

/** The accounts. Sortable properties: username, displayName, role. */
public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    List<Account> find(String text, PageRequest page);

    long count(String text);

    long countEnabledWithRole(Role role);

    void add(Account account);

    void remove(Account account);

    /** Writes pending changes now, so that versions and generated values are up to date. */
    void flush();
}
