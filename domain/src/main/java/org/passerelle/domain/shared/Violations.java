package org.passerelle.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the rules a change breaks, so that an entity refuses it once with all of them (a form or
 * an import then shows every problem, not one at a time).
 */
public final class Violations {

    private final List<DomainException> found = new ArrayList<>();

    /** Runs a check; if it breaks rules, remembers them and returns {@code null}. */
    public <T> T check(Supplier<T> step) {
        try {
            return step.get();
        } catch (DomainViolations e) {
            found.addAll(e.violations());
            return null;
        } catch (DomainException e) {
            found.add(e);
            return null;
        }
    }

    public void run(Runnable step) {
        check(() -> {
            step.run();
            return null;
        });
    }

    public void add(String key, String field, String message) {
        found.add(new DomainException(key, field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws the one broken rule, or all of them together. */
    public void throwIfAny() {
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            throw new DomainViolations(found);
        }
    }
}
