package org.passerelle.domain.project;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project workflow: each transition names the business act, the statuses it may start from and
 * the status it leads to. {@code DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED | REJECTED},
 * {@code APPROVED → IN_PROGRESS → COMPLETED}; a project not yet running or finished may be withdrawn.
 */
public enum Transition {
    SUBMIT(ProjectStatus.SUBMITTED, ProjectStatus.DRAFT),
    START_REVIEW(ProjectStatus.UNDER_REVIEW, ProjectStatus.SUBMITTED),
    APPROVE(ProjectStatus.APPROVED, ProjectStatus.UNDER_REVIEW),
    REJECT(ProjectStatus.REJECTED, ProjectStatus.UNDER_REVIEW),
    START(ProjectStatus.IN_PROGRESS, ProjectStatus.APPROVED),
    COMPLETE(ProjectStatus.COMPLETED, ProjectStatus.IN_PROGRESS),
    WITHDRAW(ProjectStatus.WITHDRAWN, ProjectStatus.DRAFT, ProjectStatus.SUBMITTED, ProjectStatus.UNDER_REVIEW,
            ProjectStatus.APPROVED);

    private final ProjectStatus target;
    private final Set<ProjectStatus> sources;

    Transition(ProjectStatus target, ProjectStatus first, ProjectStatus... others) {
        this.target = target;
        this.sources = EnumSet.of(first, others);
    }

    public ProjectStatus target() {
        return target;
    }

    public boolean allowedFrom(ProjectStatus status) {
        return sources.contains(status);
    }

    /** A refusal or a withdrawal must say why. */
    public boolean requiresComment() {
        return this == REJECT || this == WITHDRAW;
    }

    public boolean requiresGrantedAmount() {
        return this == APPROVE;
    }

    /** The transitions a project in {@code status} may take, in workflow order. */
    public static List<Transition> from(ProjectStatus status) {
        return Arrays.stream(values()).filter(t -> t.allowedFrom(status)).toList();
    }

    /** The path segment of the REST operation: {@code start-review} for {@link #START_REVIEW}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Transition fromSlug(String slug) {
        for (Transition transition : values()) {
            if (transition.slug().equals(slug)) {
                return transition;
            }
        }
        return null;
    }
}
