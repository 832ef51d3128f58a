package org.passerelle.ui.pub;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.passerelle.backend.dataset.ProgrammeData;

/** A programme in a list: its name linking to its page, its summary, axes and funding cap. */
public class ProgrammeCard extends Div {

    public ProgrammeCard(ProgrammeData programme, PublicWords words) {
        addClassName("programme-card");
        getElement().setAttribute("data-code", programme.code());
        var name = ProgrammeView.link(programme.code(), words.text(programme.name()));
        name.addClassName("programme-card-name");
        H3 title = new H3(name);
        Paragraph summary = new Paragraph(words.text(programme.summary()));
        summary.addClassName("programme-card-summary");
        Div tags = new Div();
        tags.addClassName("programme-card-tags");
        if (programme.axes() != null) {
            programme.axes().forEach(axis -> tags.add(tag(words.label(axis))));
        }
        Criteria.funding(programme, words).stream().findFirst().ifPresent(cap -> tags.add(tag(cap)));
        add(title, summary, tags);
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("pill");
        return tag;
    }
}
