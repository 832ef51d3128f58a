package org.passerelle.assistant.eligibility;

import java.util.Objects;
import java.util.function.Supplier;
import org.passerelle.domain.shared.LocalizedText;

/**
 * A rule the applicant does not meet: its stable name and a sentence saying why.
 *
 * <p>The engine hands over the sentence unwritten and {@link #message()} writes it on first reading: the
 * assistant scores a profile against every programme but shows only a few, and writing two sentences for
 * each of tens of thousands of failures would cost more than all the rules together. The sentence is built
 * from immutable values, so writing it later gives the same text.
 */
public final class FailedRule {

    private final String rule;
    private final Supplier<LocalizedText> writer;
    private volatile LocalizedText message;

    public FailedRule(String rule, LocalizedText message) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.message = Objects.requireNonNull(message, "message");
        this.writer = null;
    }

    FailedRule(String rule, Supplier<LocalizedText> writer) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** The rule's name, the field of the eligibility or funding object: {@code maxAmount}. */
    public String rule() {
        return rule;
    }

    /** The sentence in French and English, naming the limit and the applicant's value. */
    public LocalizedText message() {
        LocalizedText written = message;
        if (written == null) {
            // Two threads may both write it; they write the same text, and the volatile field publishes it whole.
            written = Objects.requireNonNull(writer.get(), "message");
            message = written;
        }
        return written;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof FailedRule other && rule.equals(other.rule) && message().equals(other.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, message());
    }

    @Override
    public String toString() {
        return "FailedRule[rule=" + rule + ", message=" + message() + "]";
    }
}
