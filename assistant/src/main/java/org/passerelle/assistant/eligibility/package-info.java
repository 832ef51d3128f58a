/**
 * The eligibility rules of the HTTP contract, as plain Java: one small {@link org.passerelle.assistant.eligibility.Rule}
 * per criterion, run by the {@link org.passerelle.assistant.eligibility.EligibilityEngine} against an applicant's profile.
 * It has no CDI, no database, no clock and no language model, so the REST layer, the assistant and the tests all get
 * the same verdict from the same inputs.
 */
package org.passerelle.assistant.eligibility;
