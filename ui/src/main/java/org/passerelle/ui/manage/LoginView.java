package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Inject;
import org.passerelle.ui.i18n.LanguageSwitch;
import org.passerelle.ui.security.CurrentUser;

/** The managers' sign-in page, in the visitor's language, with the language switch. */
@Route("login")
@AnonymousAllowed
@StyleSheet("context://styles/passerelle.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;

    @Inject
    public LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(word("login.title"));
        i18n.getForm().setUsername(word("login.username"));
        i18n.getForm().setPassword(word("login.password"));
        i18n.getForm().setSubmit(word("login.submit"));
        i18n.getErrorMessage().setTitle(word("login.errorTitle"));
        i18n.getErrorMessage().setMessage(word("login.errorText"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> {
            if (currentUser.signIn(event.getUsername(), event.getPassword())) {
                String target = (String) VaadinSession.getCurrent().getSession()
                        .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
                getUI().ifPresent(ui -> ui.getPage().setLocation(target == null || target.isBlank() ? "/manage" : "/" + target));
            } else {
                form.setError(true);
            }
        });

        add(new LanguageSwitch(), new H1(word("app.name")), new Paragraph(word("login.partnership")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.isSignedIn()) {
            event.forwardTo(DashboardView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return word("login.title") + " — Passerelle";
    }
}
