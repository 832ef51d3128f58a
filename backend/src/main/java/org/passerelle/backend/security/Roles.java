package org.passerelle.backend.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.domain.account.Role;

/**
 * The role names the container checks ({@code @RolesAllowed}, {@code isUserInRole}). An account's
 * role grants the groups below it: an ADMIN is also MANAGER, REVIEWER and VIEWER; a MANAGER or a
 * REVIEWER is also a VIEWER.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String REVIEWER = "REVIEWER";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }

    public static Set<String> groupsOf(Role role) {
        Set<Role> granted = switch (role) {
            case ADMIN -> EnumSet.allOf(Role.class);
            case MANAGER -> EnumSet.of(Role.MANAGER, Role.VIEWER);
            case REVIEWER -> EnumSet.of(Role.REVIEWER, Role.VIEWER);
            case VIEWER -> EnumSet.of(Role.VIEWER);
        };
        return granted.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
