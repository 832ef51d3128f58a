package org.passerelle.backend.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.passerelle.backend.security.PasswordHasher;
import org.passerelle.domain.account.Account;
import org.passerelle.domain.account.AccountRepository;
import org.passerelle.domain.account.Role;

/**
 * Makes sure the {@code admin} account exists. Its first password is {@code PASSERELLE_ADMIN_PASSWORD}
 * when set, otherwise a random one written once to the log; an existing account is left alone, so a
 * password changed since is never reset by a restart.
 */
@ApplicationScoped
public class AdminAccountBootstrap {

    public static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Transactional
    public void ensureAdminExists(Optional<String> configuredPassword) {
        if (accounts.findByUsername(ADMIN).isPresent()) {
            return;
        }
        String password = configuredPassword.orElseGet(hasher::randomPassword);
        accounts.add(new Account(ADMIN, "Administrator", null, Role.ADMIN, hasher.hash(password.toCharArray())));
        if (configuredPassword.isPresent()) {
            LOG.info("Created the 'admin' account with the password from PASSERELLE_ADMIN_PASSWORD.");
        } else {
            LOG.warning("Created the 'admin' account with this generated password, shown only once: " + password);
        }
    }
}
