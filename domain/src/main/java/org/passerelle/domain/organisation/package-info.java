/**
 * Partner organisations on both sides of the partnership. They lead projects or join them as partners.
 */
package org.passerelle.domain.organisation;
