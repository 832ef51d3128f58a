/**
 * Calls for projects (appels à projets): the windows in which a programme takes applications.
 * A call belongs to exactly one programme.
 */
package org.passerelle.domain.call;
