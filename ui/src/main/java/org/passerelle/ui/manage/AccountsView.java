package org.passerelle.ui.manage;

import static org.passerelle.ui.i18n.Translations.word;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.AccountChanges;
import org.passerelle.backend.service.AccountService;
import org.passerelle.backend.service.AccountView;
import org.passerelle.backend.service.NewAccount;
import org.passerelle.domain.account.Role;
import org.passerelle.ui.layout.MainLayout;
import org.passerelle.ui.manage.support.EditDialog;
import org.passerelle.ui.manage.support.Labels;
import org.passerelle.ui.manage.support.Problems;
import org.passerelle.ui.manage.support.Sorting;

/**
 * Accounts (ADMIN): who may sign in and with which role; open an account, change its role or name,
 * disable it, set a new password. Passwords are never shown.
 */
@Route(value = "manage/accounts", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final TextField username = new TextField(word("account.username"));
    private final TextField displayName = new TextField(word("account.displayName"));
    private final EmailField email = new EmailField(word("account.email"));
    private final Select<Role> role = new Select<>();
    private final Checkbox enabled = new Checkbox(word("account.enabled"));
    private final PasswordField password = new PasswordField(word("account.password"));
    private final EditDialog dialog;
    private AccountView editing;

    @Inject
    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("accounts-view");
        setSizeFull();
        role.setLabel(word("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(Labels::of);
        password.setHelperText(word("account.passwordHelp", AccountService.MIN_PASSWORD_LENGTH));
        dialog = new EditDialog("account-editor",
                new FormLayout(username, displayName, email, role, enabled, password), this::save);

        search.setPlaceholder(word("account.searchHint"));
        search.setAriaLabel(word("account.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("accounts-grid");
        grid.addColumn(AccountView::username).setHeader(word("account.username")).setKey("username")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(AccountView::displayName).setHeader(word("account.displayName")).setKey("displayName")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(a -> Labels.of(a.role())).setHeader(word("account.role")).setKey("role").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(a -> word(a.enabled() ? "account.active" : "account.disabled"))
                .setHeader(word("account.enabled")).setAutoWidth(true);
        grid.setItems(query -> accounts.list(search.getValue(), Sorting.page(query)).items().stream(),
                query -> (int) accounts.list(search.getValue(), Sorting.countOnly()).total());
        grid.setEmptyStateText(word("account.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(click -> edit(accounts.get(click.getItem().username())));

        Button create = new Button(word("account.new"), VaadinIcon.PLUS.create(), click -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        add(new H2(word("nav.accounts")), new HorizontalLayout(search, create), grid);
    }

    private void edit(AccountView account) {
        editing = account;
        username.setValue(account == null ? "" : account.username());
        username.setReadOnly(account != null);
        displayName.setValue(account == null || account.displayName() == null ? "" : account.displayName());
        email.setValue(account == null || account.email() == null ? "" : account.email());
        role.setValue(account == null ? Role.VIEWER : account.role());
        enabled.setValue(account == null || account.enabled());
        enabled.setVisible(account != null);
        password.clear();
        password.setRequiredIndicatorVisible(account == null);
        dialog.open(account == null ? word("account.new") : word("account.edit", account.username()), true);
    }

    private boolean save() {
        String name = username.getValue().trim();
        String newPassword = password.getValue();
        if (name.isEmpty() || (editing == null && newPassword.isEmpty())) {
            username.setInvalid(name.isEmpty());
            password.setInvalid(editing == null && newPassword.isEmpty());
            Problems.invalidForm();
            return false;
        }
        boolean saved = EditDialog.attempt(() -> {
            if (editing == null) {
                accounts.create(new NewAccount(name, displayName.getValue(), blank(email.getValue()), role.getValue(),
                        newPassword));
            } else {
                accounts.update(name, new AccountChanges(displayName.getValue(), blank(email.getValue()),
                        role.getValue(), enabled.getValue()), editing.version());
                if (!newPassword.isEmpty()) {
                    accounts.changePassword(name, newPassword);
                }
            }
        }, () -> edit(accounts.get(name)), word("account.saved", name));
        if (saved) {
            grid.getDataProvider().refreshAll();
        }
        return saved;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String getPageTitle() {
        return word("nav.accounts") + " — Passerelle";
    }
}
