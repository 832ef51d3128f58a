package org.passerelle.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passerelle.domain.account.Role;

class RolesTest {

    @Test
    void an_admin_holds_every_role() {
        assertThat(Roles.groupsOf(Role.ADMIN))
                .containsExactlyInAnyOrder(Roles.ADMIN, Roles.MANAGER, Roles.REVIEWER, Roles.VIEWER);
    }

    @Test
    void a_manager_is_also_a_viewer_but_not_a_reviewer() {
        assertThat(Roles.groupsOf(Role.MANAGER)).containsExactlyInAnyOrder(Roles.MANAGER, Roles.VIEWER);
    }

    @Test
    void a_reviewer_is_also_a_viewer_but_not_a_manager() {
        assertThat(Roles.groupsOf(Role.REVIEWER)).containsExactlyInAnyOrder(Roles.REVIEWER, Roles.VIEWER);
    }

    @Test
    void a_viewer_only_views() {
        assertThat(Roles.groupsOf(Role.VIEWER)).containsExactly(Roles.VIEWER);
    }

    @Test
    void names_the_groups_after_the_roles() {
        for (Role role : Role.values()) {
            assertThat(Roles.groupsOf(role)).contains(role.name());
        }
    }
}
