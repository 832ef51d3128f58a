package org.passerelle.assistant.semantic;

/** A programme code with a relevance score, higher is better; the unit depends on who scored it. */
public record ScoredCode(String code, double score) {
}
