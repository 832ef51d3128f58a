package org.passerelle.backend.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.passerelle.domain.shared.DomainException;
import org.passerelle.domain.shared.DomainViolations;

/**
 * Collects the problems of a document as they are found, so that one answer can list them all.
 * {@link #attempt} runs a step that may break a domain rule and records the break at its path.
 */
public final class Errors {

    private final List<ValidationError> list = new ArrayList<>();

    public void add(String path, String message) {
        list.add(new ValidationError(path, message));
    }

    public void addAll(List<ValidationError> errors) {
        list.addAll(errors);
    }

    /**
     * Runs {@code step}; if it breaks a domain rule, records it at {@code base} plus the rule's field
     * (placed by {@code fieldPath}) and returns {@code null}.
     */
    public <T> T attempt(String base, FieldPath fieldPath, Supplier<T> step) {
        try {
            return step.get();
        } catch (DomainViolations e) {
            e.violations().forEach(v -> add(base, fieldPath, v));
            return null;
        } catch (DomainException e) {
            add(base, fieldPath, e);
            return null;
        }
    }

    private void add(String base, FieldPath fieldPath, DomainException e) {
        String field = e.field();
        add(field == null ? base : base + "." + fieldPath.of(field), e.getMessage());
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<ValidationError> list() {
        return List.copyOf(list);
    }

    public void throwIfAny(String summary) {
        if (!list.isEmpty()) {
            throw new ValidationException(summary + " (" + list.size() + " error" + (list.size() > 1 ? "s" : "") + ")",
                    list);
        }
    }

    /** Where a field named by a domain rule sits below a record, e.g. {@code funding.maxAmount}. */
    @FunctionalInterface
    public interface FieldPath {
        String of(String field);

        FieldPath FLAT = field -> field;
    }
}
