package org.passerelle.ui.manage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.ValidationError;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.backend.service.Conflict;
import org.passerelle.backend.service.RecordNotFound;
import org.passerelle.domain.shared.DomainException;

class ProblemsTest {

    @Test
    void names_the_field_of_each_problem() {
        String text = Problems.explain(new ValidationException("refused", List.of(
                new ValidationError("$.name.fr", "is required."), new ValidationError("$.axes", "must not be empty."))));

        assertThat(text).isEqualTo("Champ « $.name.fr » : is required. Champ « $.axes » : must not be empty.");
        assertThat(Problems.explain(new DomainException("k", "status", "already published.")))
                .isEqualTo("Champ « status » : already published.");
    }

    @Test
    void never_shows_the_technical_message_of_an_unexpected_failure() {
        String text = Problems.explain(new IllegalStateException("NullPointer at org.foo.Bar"));

        assertThat(text).doesNotContain("org.foo").contains("rien n’a été enregistré");
        assertThat(Problems.explain(new RecordNotFound("gone"))).contains("n’existe plus");
    }

    @Test
    void tells_a_stale_version_from_other_conflicts() {
        assertThat(ConflictDialog.isStale(Conflict.staleVersion("programme", "X"))).isTrue();
        assertThat(ConflictDialog.isStale(new Conflict("code", "already exists"))).isFalse();
        assertThat(ConflictDialog.isStale(new IllegalStateException())).isFalse();
    }
}
