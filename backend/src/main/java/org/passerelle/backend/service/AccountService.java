package org.passerelle.backend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.backend.security.PasswordHasher;
import org.passerelle.domain.account.Account;
import org.passerelle.domain.account.AccountRepository;
import org.passerelle.domain.account.Role;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/**
 * Managing the accounts, for administrators. Passwords are hashed here and neither returned, logged
 * nor audited. The installation always keeps at least one enabled administrator: the last one cannot
 * be disabled, demoted or deleted.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    static final String KIND = "Account";
    public static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Transactional
    public Page<AccountView> list(String text, PageRequest page) {
        return new Page<>(accounts.find(text, page).stream().map(AccountView::of).toList(), accounts.count(text));
    }

    @Transactional
    public AccountView get(String username) {
        return AccountView.of(find(username));
    }

    @Transactional
    public AccountView create(NewAccount request) {
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new Conflict("username", "An account named " + request.username() + " already exists.");
        }
        Errors errors = new Errors();
        checkPassword(request.password(), errors);
        String hash = request.password() == null ? null : hasher.hash(request.password().toCharArray());
        Account account = errors.attempt("$", Errors.FieldPath.FLAT, () -> new Account(request.username(),
                request.displayName(), request.email(), request.role(), hash));
        errors.throwIfAny("The account is not valid");
        accounts.add(account);
        accounts.flush();
        AccountView after = AccountView.of(account);
        audit.record(AuditAction.CREATE, KIND, account.username(), null, after);
        LOG.info(() -> "Account " + account.username() + " (" + account.role() + ") created.");
        return after;
    }

    @Transactional
    public AccountView update(String username, AccountChanges changes, Long expectedVersion) {
        Account account = find(username);
        Versions.check(expectedVersion, account.version(), "account", username);
        AccountView before = AccountView.of(account);
        boolean enabled = changes.enabled() == null ? account.enabled() : changes.enabled();
        Errors errors = new Errors();
        errors.attempt("$", Errors.FieldPath.FLAT, () -> {
            account.revise(changes.displayName(), changes.email(), changes.role());
            return account;
        });
        errors.throwIfAny("The account is not valid");
        if (before.role() == Role.ADMIN && before.enabled()) {
            if (account.role() != Role.ADMIN) {
                keepAnotherAdmin(username, "role", "demoted");
            } else if (!enabled) {
                keepAnotherAdmin(username, "enabled", "disabled");
            }
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        return saved(account, before);
    }

    @Transactional
    public void changePassword(String username, String password) {
        Account account = find(username);
        Errors errors = new Errors();
        checkPassword(password, errors);
        if (password == null) {
            errors.add("$.password", "password is required.");
        }
        errors.throwIfAny("The password is not valid");
        AccountView before = AccountView.of(account);
        account.changePassword(hasher.hash(password.toCharArray()));
        saved(account, before);
        LOG.info(() -> "Password of " + username + " changed.");
    }

    @Transactional
    public void delete(String username) {
        Account account = find(username);
        if (account.role() == Role.ADMIN && account.enabled()) {
            keepAnotherAdmin(username, "username", "deleted");
        }
        AccountView before = AccountView.of(account);
        accounts.remove(account);
        audit.record(AuditAction.DELETE, KIND, username, before, null);
        LOG.info(() -> "Account " + username + " deleted.");
    }

    /**
     * The rules a password must follow; a missing one is left to the account, which requires it. Code
     * points are counted, so that an accented letter or an emoji is one character.
     */
    static void checkPassword(String password, Errors errors) {
        if (password != null && (password.isBlank()
                || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH)) {
            errors.add("$.password", "The password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters, not only spaces.");
        }
    }

    private void keepAnotherAdmin(String username, String field, String act) {
        if (accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new Conflict(field, username + " is the last enabled administrator and cannot be " + act
                    + "; make another account an enabled ADMIN first.");
        }
    }

    private AccountView saved(Account account, AccountView before) {
        accounts.flush();
        AccountView after = AccountView.of(account);
        audit.record(AuditAction.UPDATE, KIND, account.username(), before, after);
        return after;
    }

    Account find(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new RecordNotFound("No account is named '" + username + "'."));
    }
}
