package org.passerelle.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.passerelle.ui.manage.LoginView;

/**
 * Guards navigation with the views' own annotations ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}), checked against the signed-in account; anonymous visitors of a protected
 * view are sent to the login page and brought back after signing in.
 */
@ApplicationScoped
public class AccessControl {

    void onServiceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl control = new NavigationAccessControl();
        control.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(control));
    }
}
