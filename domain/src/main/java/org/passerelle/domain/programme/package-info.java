/**
 * Funding programmes with their eligibility rules and funding limits. Only published programmes are
 * visible to the public and to the assistant.
 */
package org.passerelle.domain.programme;
