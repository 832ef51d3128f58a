package org.passerelle.backend.dataset;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.passerelle.backend.service.Caller;
import org.passerelle.domain.call.CallRepository;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.programme.ProgrammeRepository;
import org.passerelle.domain.project.ProjectRepository;

/** Repositories of an installation that holds nothing, and an importer over them, for checking documents. */
final class EmptyInstallation {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private EmptyInstallation() {
    }

    static DatasetImporter importer() {
        Caller caller = new Caller() {
            @Override
            public String name() {
                return "test";
            }
        };
        return new DatasetImporter(empty(ProgrammeRepository.class), empty(CallRepository.class),
                empty(OrganisationRepository.class), empty(ProjectRepository.class), caller, CLOCK);
    }

    /** Finds nothing; refuses to write, since checking a document must not. */
    static <T> T empty(Class<T> repository) {
        return repository.cast(Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[] {repository},
                (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    if (type == Optional.class) {
                        return Optional.empty();
                    }
                    if (type == List.class) {
                        return List.of();
                    }
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == long.class) {
                        return 0L;
                    }
                    if (method.getName().equals("toString")) {
                        return "empty " + repository.getSimpleName();
                    }
                    throw new UnsupportedOperationException(method.getName() + " while checking a document");
                }));
    }
}
