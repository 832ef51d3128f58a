package org.passerelle.backend.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.backend.dataset.DatasetJson;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.ValidationError;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.backend.service.Conflict;
import org.passerelle.backend.service.RecordNotFound;
import org.passerelle.domain.shared.DomainException;

class ExceptionMappersTest {

    private static final String VALIDATION = "urn:passerelle:problem:validation";
    private static final String CONFLICT = "urn:passerelle:problem:conflict";

    @Test
    void answers_invalid_input_with_400_listing_every_error() {
        List<ValidationError> errors = List.of(new ValidationError("$.code", "bad code"),
                new ValidationError("$.funding.maxAmount", "too small"));

        Problem problem = ExceptionMappers.problemFor(new ValidationException("The programme is not valid", errors));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(VALIDATION);
        assertThat(problem.title()).isNotBlank();
        assertThat(problem.detail()).isEqualTo("The programme is not valid");
        assertThat(problem.errors()).isEqualTo(errors);
    }

    @Test
    void answers_a_broken_rule_with_400_at_the_field() {
        Problem problem = ExceptionMappers.problemFor(new DomainException("amount.range", "grantedAmount", "negative"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(ValidationError::path).containsExactly("$.grantedAmount");
    }

    @Test
    void answers_a_broken_rule_without_a_field_at_the_root() {
        Problem problem = ExceptionMappers.problemFor(new DomainException("some.rule", "broken"));

        assertThat(problem.errors()).extracting(ValidationError::path).containsExactly("$");
    }

    @Test
    void answers_a_move_the_status_does_not_allow_with_409() {
        Problem transition = ExceptionMappers.problemFor(
                new DomainException("project.transition", "status", "A project in status DRAFT cannot be approved."));
        Problem publication = ExceptionMappers.problemFor(
                new DomainException("programme.status", "status", "already published"));

        assertThat(transition.status()).isEqualTo(409);
        assertThat(transition.type()).isEqualTo(CONFLICT);
        assertThat(transition.errors()).extracting(ValidationError::path).containsExactly("$.status");
        assertThat(publication.status()).isEqualTo(409);
    }

    @Test
    void names_the_query_parameter_of_a_listing_rule_as_it_is() {
        Problem sort = ExceptionMappers.problemFor(new DomainException("sort.unknown", "sort", "Cannot sort by x"));
        Problem page = ExceptionMappers.problemFor(new DomainException("page.number", "page", "too large"));

        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.errors()).extracting(ValidationError::path).containsExactly("sort");
        assertThat(page.errors()).extracting(ValidationError::path).containsExactly("page");
    }

    @Test
    void answers_an_unreadable_body_with_400_at_the_field() throws Exception {
        JsonProcessingException unreadable = null;
        try {
            DatasetJson.mapper().readValue("{\"durationMonths\": \"twelve\"}", ProgrammeData.class);
        } catch (JsonProcessingException e) {
            unreadable = e;
        }

        Problem problem = ExceptionMappers.problemFor(unreadable);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(ValidationError::path).containsExactly("$.durationMonths");
    }

    @Test
    void answers_a_missing_record_with_404() {
        Problem problem = ExceptionMappers.problemFor(new RecordNotFound("programme", "NOPE"));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("No programme has the code 'NOPE'.");
    }

    @Test
    void answers_a_conflict_with_409_at_its_field() {
        Problem problem = ExceptionMappers.problemFor(new Conflict("code", "already exists"));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(CONFLICT);
        assertThat(problem.errors()).extracting(ValidationError::path).containsExactly("$.code");
    }

    @Test
    void answers_a_stale_version_with_409_at_the_version() {
        Problem stale = ExceptionMappers.problemFor(Conflict.staleVersion("programme", "EX"));
        Problem lost = ExceptionMappers.problemFor(new OptimisticLockException("changed meanwhile"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errors()).extracting(ValidationError::path).containsExactly("$.version");
        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.errors()).extracting(ValidationError::path).containsExactly("$.version");
    }

    @Test
    void keeps_the_meaning_of_a_failure_wrapped_by_a_transaction() {
        ValidationException invalid = ValidationException.single("$.axes", "no axis");

        Problem problem = ExceptionMappers.problemFor(new TransactionalException("rolled back",
                new IllegalStateException("wrapper", invalid)));
        Problem lostAtCommit = ExceptionMappers.problemFor(new TransactionalException("commit failed",
                new RollbackException(new OptimisticLockException())));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(ValidationError::path).containsExactly("$.axes");
        assertThat(lostAtCommit.status()).isEqualTo(409);
    }

    @Test
    void leaves_an_unknown_failure_to_the_500_answer() {
        assertThat(ExceptionMappers.problemFor(new IllegalStateException("bug",
                new NullPointerException()))).isNull();
    }

    @Test
    void does_not_loop_on_an_exception_that_is_its_own_cause() {
        RuntimeException selfCaused = new RuntimeException() {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };

        assertThat(ExceptionMappers.problemFor(selfCaused)).isNull();
    }
}
