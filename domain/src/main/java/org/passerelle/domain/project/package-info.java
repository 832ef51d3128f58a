/**
 * Cooperation projects and their workflow. Every change of status is a named transition and is kept
 * in the project's history.
 */
package org.passerelle.domain.project;
