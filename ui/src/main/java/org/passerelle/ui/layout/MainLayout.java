package org.passerelle.ui.layout;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.inject.Inject;
import java.util.List;
import org.passerelle.backend.security.Roles;
import org.passerelle.ui.i18n.LanguageSwitch;
import org.passerelle.ui.manage.AccountsView;
import org.passerelle.ui.manage.AuditView;
import org.passerelle.ui.manage.CallsView;
import org.passerelle.ui.manage.DashboardView;
import org.passerelle.ui.manage.DatasetView;
import org.passerelle.ui.manage.OrganisationsView;
import org.passerelle.ui.manage.ProgrammesView;
import org.passerelle.ui.manage.ProjectsView;
import org.passerelle.ui.security.CurrentUser;

/**
 * The managers' frame: title, navigation drawer showing only what the signed-in role may open,
 * language switch, who is signed in and a way out. Alt+1…8 jump to the screens in drawer order.
 */
@StyleSheet("context://styles/passerelle.css")
public class MainLayout extends AppLayout {

    /** One entry of the drawer: the words' key, the view, its icon and the role needed to see it. */
    record Destination(String key, Class<? extends Component> view, VaadinIcon icon, String role) {
    }

    static final List<Destination> DESTINATIONS = List.of(
            new Destination("nav.dashboard", DashboardView.class, VaadinIcon.DASHBOARD, Roles.VIEWER),
            new Destination("nav.programmes", ProgrammesView.class, VaadinIcon.BOOK, Roles.VIEWER),
            new Destination("nav.calls", CallsView.class, VaadinIcon.MEGAPHONE, Roles.VIEWER),
            new Destination("nav.organisations", OrganisationsView.class, VaadinIcon.BUILDING, Roles.VIEWER),
            new Destination("nav.projects", ProjectsView.class, VaadinIcon.RECORDS, Roles.VIEWER),
            new Destination("nav.dataset", DatasetView.class, VaadinIcon.EXCHANGE, Roles.ADMIN),
            new Destination("nav.accounts", AccountsView.class, VaadinIcon.USERS, Roles.ADMIN),
            new Destination("nav.audit", AuditView.class, VaadinIcon.CLIPBOARD_TEXT, Roles.MANAGER));

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
        Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};

    @Inject
    public MainLayout(CurrentUser currentUser) {
        addClassName("main-layout");
        Span title = new Span(word("app.name"));
        title.addClassName("app-title");
        Span user = new Span(currentUser.name().orElse(""));
        user.addClassName("app-user");
        Button signOut = new Button(word("nav.signOut"), VaadinIcon.SIGN_OUT.create(), click -> {
            currentUser.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/login"));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, new LanguageSwitch(), user, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        int shortcut = 0;
        for (Destination destination : DESTINATIONS) {
            if (!currentUser.hasRole(destination.role())) {
                continue;
            }
            SideNavItem item = new SideNavItem(word(destination.key()), destination.view(), destination.icon().create());
            Key digit = DIGITS[shortcut++];
            Shortcuts.addShortcutListener(this, () -> getUI().ifPresent(ui -> ui.navigate(destination.view())),
                    digit, KeyModifier.ALT);
            nav.addItem(item);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
