package org.passerelle.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Several business rules broken at once by the same change; each is kept with its own field. */
public class DomainViolations extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<DomainException> violations;

    public DomainViolations(List<DomainException> violations) {
        super("violations", violations.get(0).field(),
                violations.stream().map(Throwable::getMessage).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<DomainException> violations() {
        return violations;
    }
}
