package org.passerelle.ui.views;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Inject;
import org.passerelle.ui.security.CurrentUser;

/** The managers' sign-in page. */
@Route("login")
@PageTitle("Connexion — Passerelle")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

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
        i18n.getForm().setTitle("Connexion");
        i18n.getForm().setUsername("Identifiant");
        i18n.getForm().setPassword("Mot de passe");
        i18n.getForm().setSubmit("Se connecter");
        i18n.getForm().setForgotPassword("Mot de passe oublié ? Demandez à un administrateur.");
        i18n.getErrorMessage().setTitle("Identifiant ou mot de passe incorrect");
        i18n.getErrorMessage().setMessage("Vérifiez-les et réessayez.");
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

        add(new H1("Passerelle"), new Paragraph("Nouvelle-Aquitaine – Québec"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.isSignedIn()) {
            event.forwardTo(ProgrammesView.class);
        }
    }
}
