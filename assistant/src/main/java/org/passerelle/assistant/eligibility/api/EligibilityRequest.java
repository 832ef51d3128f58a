package org.passerelle.assistant.eligibility.api;

import java.util.List;

/**
 * {@code POST /api/eligibility}: a profile, the programmes to judge (all published when absent) and
 * the day the open calls are judged on ({@code YYYY-MM-DD}, today when absent). {@code lang} (fr, en)
 * chooses the language of the messages; French when absent.
 */
public record EligibilityRequest(ProfileData profile, List<String> programmes, String asOf, String lang) {
}
