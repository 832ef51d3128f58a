package org.passerelle.domain.project;

import org.passerelle.domain.shared.Axis;

/**
 * What a listing of projects is narrowed to; every part is optional. {@code text} matches the
 * reference and the titles; {@code organisation} is the code of the lead or of a partner.
 */
public record ProjectFilter(String text, ProjectStatus status, Axis axis, String programme, String organisation) {

    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null, null, null);
    }
}
