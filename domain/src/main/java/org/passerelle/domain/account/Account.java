package org.passerelle.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;
import org.passerelle.domain.shared.Checks;
import org.passerelle.domain.shared.DomainException;

/**
 * A person who signs in to manage the partnership's data, with one {@link Role}. The password is kept
 * only as a salted hash made by the application's password hasher.
 */
@Entity
@Table(name = "account")
public class Account {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "preferred_language", length = 2)
    private String preferredLanguage;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String email, Role role, String passwordHash) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new DomainException("account.username", "username",
                    "A username has 2 to 40 lower-case letters, digits, '.', '_' or '-', and starts with a letter or digit.");
        }
        this.username = username;
        revise(displayName, email, role);
        changePassword(passwordHash);
    }

    public final void revise(String displayName, String email, Role role) {
        String newDisplayName = Checks.length(Checks.required(Checks.trimmedOrNull(displayName), "displayName"),
                Checks.PLACE_LENGTH, "displayName");
        String newEmail = Checks.length(Checks.trimmedOrNull(email), Checks.NAME_LENGTH, "email");
        this.role = Checks.required(role, "role");
        this.displayName = newDisplayName;
        this.email = newEmail;
    }

    public final void changePassword(String passwordHash) {
        this.passwordHash = Checks.required(passwordHash, "password");
    }

    public void enable() {
        enabled = true;
    }

    public void disable() {
        enabled = false;
    }

    public void preferLanguage(String language) {
        if (language != null && !language.equals("fr") && !language.equals("en")) {
            throw new DomainException("account.language", "preferredLanguage", "The language is 'fr' or 'en'.");
        }
        this.preferredLanguage = language;
    }

    public boolean may(Role needed) {
        return role == Role.ADMIN || role == needed;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    @Override
    public String toString() {
        return "Account[" + username + ", " + role + "]";
    }
}
