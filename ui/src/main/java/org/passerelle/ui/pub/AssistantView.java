package org.passerelle.ui.pub;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.backend.dataset.ValidationException;
import org.passerelle.ui.i18n.Translations;

/**
 * The applicants' home: a chat with the assistant. Each answer shows under the conversation with its
 * programmes, verdicts and reasons, sources and follow-up questions; the conversation id is kept so
 * follow-ups remember the profile, until "new conversation".
 */
@Route(value = "", layout = PublicLayout.class)
@RouteAlias(value = "assistant", layout = PublicLayout.class)
@AnonymousAllowed
public class AssistantView extends Div implements HasDynamicTitle {

    /** The longest question the assistant takes (http-api.md § Assistant). */
    static final int MAX_QUESTION = 2000;
    private static final int USER_COLOUR = 1;
    private static final int ASSISTANT_COLOUR = 2;

    private final Optional<AskAssistant> assistant;
    private final PublicWords words;
    private final Clock clock;
    final MessageList messages = new MessageList();
    final MessageInput input = new MessageInput();
    final Button newConversation = new Button();
    final Paragraph error = new Paragraph();
    final AnswerDetails details;
    private final List<MessageListItem> items = new ArrayList<>();
    private String conversationId;

    @Inject
    public AssistantView(Instance<AskAssistant> assistant, Translations translations) {
        this(assistant.isResolvable() ? Optional.of(assistant.get()) : Optional.empty(),
                PublicWords.current(translations), Clock.systemUTC());
    }

    AssistantView(Optional<AskAssistant> assistant, PublicWords words, Clock clock) {
        this.assistant = assistant;
        this.words = words;
        this.clock = clock;
        addClassName("assistant-view");
        details = new AnswerDetails(words, this::ask);

        newConversation.setText(words.get("assistant.new"));
        newConversation.setIcon(VaadinIcon.PLUS.create());
        newConversation.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        newConversation.addClassName("assistant-new");
        newConversation.addClickListener(click -> reset());
        Div heading = new Div(new H1(words.get("assistant.title")), newConversation);
        heading.addClassName("assistant-heading");

        messages.addClassName("assistant-messages");
        MessageInputI18n i18n = new MessageInputI18n();
        i18n.setMessage(words.get("assistant.input"));
        i18n.setSend(words.get("assistant.send"));
        input.setI18n(i18n);
        input.addClassName("assistant-input");
        input.addSubmitListener(event -> ask(event.getValue()));
        error.addClassName("error-message");
        error.setVisible(false);
        Paragraph intro = new Paragraph(words.get("assistant.intro"));
        intro.addClassName("assistant-intro");
        add(heading, intro, messages, error, input, details);
    }

    /** Sends a question, shows it, then the answer or a plain-words error. */
    void ask(String question) {
        error.setVisible(false);
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            fail("assistant.error.empty");
            return;
        }
        if (text.length() > MAX_QUESTION) {
            fail("assistant.error.too-long", MAX_QUESTION);
            return;
        }
        if (assistant.isEmpty()) {
            fail("assistant.error.unavailable");
            return;
        }
        say(text, words.get("assistant.you"), USER_COLOUR);
        AssistantAnswer answer;
        try {
            answer = assistant.get().ask(new AskRequest(text, conversationId, words.lang(), null));
        } catch (ValidationException invalid) {
            fail("assistant.error.invalid");
            return;
        } catch (RuntimeException broken) {
            java.util.logging.Logger.getLogger(AssistantView.class.getName())
                    .log(java.util.logging.Level.WARNING, "The assistant failed to answer", broken);
            fail("assistant.error.failed");
            return;
        }
        conversationId = answer.conversationId();
        say(answer.answer(), words.get("assistant.name"), ASSISTANT_COLOUR);
        details.show(answer);
    }

    private void say(String text, String who, int colour) {
        MessageListItem item = new MessageListItem(text, Instant.now(clock), who);
        item.setUserColorIndex(colour);
        item.addClassNames(colour == USER_COLOUR ? "from-user" : "from-assistant");
        items.add(item);
        messages.setItems(items);
    }

    private void fail(String key, Object... params) {
        error.setText(words.get(key, params));
        error.setVisible(true);
    }

    /** Forgets the conversation: the next question starts afresh. */
    void reset() {
        conversationId = null;
        items.clear();
        messages.setItems(items);
        details.removeAll();
        error.setVisible(false);
        input.focus();
    }

    String conversationId() {
        return conversationId;
    }

    @Override
    public String getPageTitle() {
        return words.get("assistant.title") + " — Passerelle";
    }
}
