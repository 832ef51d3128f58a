package org.passerelle.backend.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.domain.account.Account;
import org.passerelle.domain.account.AccountRepository;

/**
 * Checks user names and passwords against the accounts in the database. A slow hash on every REST
 * call would make each call cost a fifth of a second, so a successful check is remembered for a few
 * minutes — keyed by a digest of the password and the account's version, so a changed password, role
 * or state takes effect at once.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    private static final long REMEMBER_MILLIS = 5 * 60 * 1000;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    private record Remembered(String key, long until) {
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> found = accounts.findByUsername(login.getCaller());
        if (found.isEmpty() || !found.get().enabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = found.get();
        String key = account.version() + ":" + digest(login.getPasswordAsString());
        Remembered remembered = recent.get(account.username());
        long now = System.currentTimeMillis();
        boolean valid = remembered != null && remembered.until() > now
                && MessageDigest.isEqual(remembered.key().getBytes(StandardCharsets.UTF_8),
                        key.getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            valid = hasher.verify(login.getPassword().getValue(), account.passwordHash());
            if (valid) {
                recent.put(account.username(), new Remembered(key, now + REMEMBER_MILLIS));
            } else {
                recent.remove(account.username());
            }
        }
        return valid
                ? new CredentialValidationResult(account.username(), Roles.groupsOf(account.role()))
                : CredentialValidationResult.INVALID_RESULT;
    }

    private static String digest(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
