package org.passerelle.ui.pub;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.Objects;
import org.passerelle.ui.i18n.LanguageSwitch;
import org.passerelle.ui.i18n.Translations;

/**
 * The applicants' frame, without login: the partnership's name, the three public pages, a language
 * switch and the way to the managers' sign-in. It wraps on a phone instead of hiding the navigation.
 */
@StyleSheet("context://styles/passerelle.css")
@StyleSheet("context://styles/public.css")
public class PublicLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    @Inject
    public PublicLayout(Translations translations) {
        PublicWords words = PublicWords.current(translations);
        addClassName("public-layout");

        Anchor home = new Anchor("", words.get("public.partnership"));
        home.addClassName("public-title");
        Nav nav = new Nav(
                link(words.get("public.nav.assistant"), AssistantView.class),
                link(words.get("public.nav.programmes"), CatalogueView.class),
                link(words.get("public.nav.simulator"), SimulatorView.class));
        nav.addClassName("public-nav");
        nav.getElement().setAttribute("aria-label", words.get("public.nav.label"));

        LanguageSwitch language = new LanguageSwitch();
        Anchor manage = new Anchor("login", words.get("public.manage"));
        manage.addClassName("public-manage");
        Div tools = new Div(language, manage);
        tools.addClassName("public-tools");

        Header header = new Header(home, nav, tools);
        header.addClassName("public-header");
        content.addClassName("public-content");
        Footer footer = new Footer(new Span(words.get("public.footer")));
        footer.addClassName("public-footer");
        add(header, content, footer);
    }

    private static RouterLink link(String text, Class<? extends Component> view) {
        RouterLink link = new RouterLink(text, view);
        link.setHighlightCondition((routerLink, event) -> event.getLocation().getFirstSegment()
                .equals(routerLink.getHref().split("/")[0]));
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(Objects.requireNonNull(view.getElement()));
        }
    }
}
