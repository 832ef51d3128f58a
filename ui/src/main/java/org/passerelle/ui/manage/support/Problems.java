package org.passerelle.ui.manage.support;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.backend.service.Conflict;
import org.passerelle.backend.service.RecordNotFound;
import org.passerelle.domain.shared.DomainException;

/**
 * Failures told in plain words: what went wrong and, when the service named one, which field. Never a
 * stack trace; anything unexpected becomes one sentence and is left to the server log.
 */
public final class Problems {

    private Problems() {
    }

    /** The sentence a manager reads for {@code failure}. */
    public static String explain(RuntimeException failure) {
        if (failure instanceof ValidationException invalid) {
            return invalid.errors().stream().map(e -> field(e.path()) + e.message())
                    .collect(Collectors.joining(" "));
        }
        if (failure instanceof DomainException rule) {
            return field(rule.field()) + rule.getMessage();
        }
        if (failure instanceof Conflict conflict) {
            return field(conflict.field()) + conflict.getMessage();
        }
        if (failure instanceof RecordNotFound) {
            return word("problem.notFound");
        }
        return word("problem.unexpected");
    }

    private static String field(String name) {
        return name == null || name.isBlank() ? "" : word("problem.field", name) + " ";
    }

    public static void show(RuntimeException failure) {
        Notification notification = Notification.show(explain(failure), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("problem");
    }

    /** Some fields are wrong: they are marked, and this says where to look. */
    public static void invalidForm() {
        Notification notification = Notification.show(word("problem.invalidForm"), 5000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("problem");
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
