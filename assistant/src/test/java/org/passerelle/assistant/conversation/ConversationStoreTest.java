package org.passerelle.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConversationStoreTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void keeps_at_most_its_capacity_dropping_the_least_recently_used() {
        ConversationStore store = new ConversationStore(2, Duration.ofHours(2), new MovingClock());
        store.save(Conversation.start("a", "fr"));
        store.save(Conversation.start("b", "fr"));
        store.find("a");
        store.save(Conversation.start("c", "fr"));

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.find("a")).isPresent();
        assertThat(store.find("b")).isEmpty();
        assertThat(store.find("c")).isPresent();
    }

    @Test
    void forgets_a_conversation_idle_longer_than_the_limit() {
        MovingClock clock = new MovingClock();
        ConversationStore store = new ConversationStore(10, Duration.ofHours(2), clock);
        store.save(Conversation.start("a", "fr"));
        store.save(Conversation.start("b", "fr"));

        clock.now = clock.now.plus(Duration.ofMinutes(90));
        store.save(store.find("b").orElseThrow());
        clock.now = clock.now.plus(Duration.ofMinutes(45));

        assertThat(store.find("a")).isEmpty();
        assertThat(store.find("b")).isPresent();
        assertThat(store.find(null)).isEmpty();
    }
}
