/**
 * The audit trail: who changed what and when, with the state before and after. Events are only appended.
 */
package org.passerelle.domain.audit;
