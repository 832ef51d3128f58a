package org.passerelle.ui.layout;

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
import org.passerelle.ui.security.CurrentUser;
import org.passerelle.ui.views.ProgrammesView;

/** The managers' frame: title, navigation drawer, who is signed in and a way out. */
@StyleSheet("context://styles/passerelle.css")
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(CurrentUser currentUser) {
        addClassName("main-layout");
        Span title = new Span("Passerelle");
        title.addClassName("app-title");
        Span user = new Span(currentUser.name().orElse(""));
        user.addClassName("app-user");
        Button signOut = new Button("Se déconnecter", VaadinIcon.SIGN_OUT.create(), click -> {
            currentUser.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/login"));
        });
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Programmes", ProgrammesView.class, VaadinIcon.BOOK.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
