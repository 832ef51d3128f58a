/**
 * Value objects and enumerations shared by every aggregate of the partnership's data.
 * Nothing here knows about persistence beyond JPA's embeddable annotations.
 */
package org.passerelle.domain.shared;
