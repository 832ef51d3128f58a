package org.passerelle.backend.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.domain.account.Account;
import org.passerelle.domain.account.AccountRepository;
import org.passerelle.domain.account.Role;
import org.passerelle.domain.shared.PageRequest;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final Map<String, String> SORTABLE = Map.of("username", "a.username",
            "displayName", "a.displayName", "role", "a.role");

    @PersistenceContext(unitName = "passerelle")
    private EntityManager em;

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<Account> find(String text, PageRequest page) {
        return query(text).list(em, Account.class, page, SORTABLE, "a.username ASC");
    }

    @Override
    public long count(String text) {
        return query(text).count(em);
    }

    private static Jpql query(String text) {
        return new Jpql("Account", "a").matching(text, "a.username", "a.displayName", "a.email");
    }

    @Override
    public long countEnabledWithRole(Role role) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.enabled = TRUE", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public void remove(Account account) {
        em.remove(account);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
