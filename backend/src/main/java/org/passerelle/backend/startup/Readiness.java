package org.passerelle.backend.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the application has finished preparing since it started. It is ready to serve once the
 * database is migrated, its data loaded and its search indexes built; readiness checks ask here.
 */
@ApplicationScoped
public class Readiness {

    public enum Step {
        DATABASE_MIGRATED,
        DATA_LOADED,
        SEARCH_INDEXED
    }

    private final Set<Step> done = Collections.synchronizedSet(EnumSet.noneOf(Step.class));
    private volatile String failure;

    public void completed(Step step) {
        done.add(step);
    }

    public void failed(String reason) {
        failure = reason;
    }

    public boolean isReady() {
        return failure == null && done.containsAll(EnumSet.allOf(Step.class));
    }

    public Set<Step> done() {
        synchronized (done) {
            return EnumSet.copyOf(done.isEmpty() ? EnumSet.noneOf(Step.class) : done);
        }
    }

    /** Why the start failed, or {@code null}. */
    public String failure() {
        return failure;
    }
}
