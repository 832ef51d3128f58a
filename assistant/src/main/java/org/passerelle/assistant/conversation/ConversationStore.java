package org.passerelle.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Conversations kept in memory, bounded both ways: at most {@code capacity} (least recently used
 * dropped first) and none idle longer than {@code idle}. A lost conversation only means the asker
 * repeats their profile; nothing else depends on it.
 */
public final class ConversationStore {

    private final int capacity;
    private final Duration idle;
    private final Clock clock;
    private final LinkedHashMap<String, Stamped> conversations;

    private record Stamped(Conversation conversation, Instant lastUsed) {
    }

    public ConversationStore(int capacity, Duration idle, Clock clock) {
        this.capacity = capacity;
        this.idle = idle;
        this.clock = clock;
        this.conversations = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Stamped> eldest) {
                return size() > ConversationStore.this.capacity;
            }
        };
    }

    /** The conversation with that id if still kept, else none. */
    public synchronized Optional<Conversation> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Stamped stamped = conversations.get(id);
        if (stamped == null) {
            return Optional.empty();
        }
        if (stamped.lastUsed().plus(idle).isBefore(clock.instant())) {
            conversations.remove(id);
            return Optional.empty();
        }
        return Optional.of(stamped.conversation());
    }

    public synchronized void save(Conversation conversation) {
        conversations.put(conversation.id(), new Stamped(conversation, clock.instant()));
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public synchronized int size() {
        return conversations.size();
    }
}
