package org.passerelle.backend.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.backend.security.Roles;
import org.passerelle.backend.service.AccountChanges;
import org.passerelle.backend.service.AccountService;
import org.passerelle.backend.service.AccountView;
import org.passerelle.backend.service.NewAccount;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/** The accounts of the people who manage the data, for administrators only. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Accounts", description = "Accounts and roles, for administrators. Passwords are never returned.")
@SecurityRequirement(name = "basic")
public class AccountResource {

    @Inject
    private AccountService accounts;

    /** A new password, at least 12 characters. */
    public record PasswordChange(String password) {
        @Override
        public String toString() {
            return "PasswordChange[…]";
        }
    }

    @GET
    @Operation(summary = "Accounts filtered by text (username, display name, email), sorted and paged",
            description = "sort=username|displayName|role,asc|desc; answer {items, total}.")
    public Page<AccountView> list(@QueryParam("q") String q, @QueryParam("text") String text,
            @QueryParam("sort") List<String> sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Params params = new Params();
        PageRequest request = params.page(page, size, sort);
        params.check();
        return accounts.list(Params.text(q, text), request);
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account; its ETag is its version")
    public Response get(@PathParam("username") String username) {
        AccountView found = accounts.get(username);
        return Answers.versioned(found, found.version());
    }

    @POST
    @Operation(summary = "Open an account: {username, displayName, email, role, password}")
    public Response create(NewAccount account, @Context UriInfo uri) {
        AccountView created = accounts.create(account);
        return Answers.created(uri, created.username(), created, created.version());
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change an account's display name, email, role and whether it is enabled",
            description = "enabled left out keeps the account as it is. The last enabled ADMIN cannot be demoted"
                    + " or disabled (409).")
    public Response update(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AccountChanges changes) {
        AccountView updated = accounts.update(username, changes, Params.ifMatch(ifMatch));
        return Answers.versioned(updated, updated.version());
    }

    @POST
    @Path("{username}/password")
    @Operation(summary = "Set an account's password (at least 12 characters)")
    public void changePassword(@PathParam("username") String username, PasswordChange change) {
        accounts.changePassword(username, change.password());
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Delete an account; the last enabled ADMIN cannot be deleted (409)")
    public void delete(@PathParam("username") String username) {
        accounts.delete(username);
    }
}
