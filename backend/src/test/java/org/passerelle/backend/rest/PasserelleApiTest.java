package org.passerelle.backend.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasserelleApiTest {

    @Test
    void leaves_the_api_json_to_its_own_provider_by_switching_json_b_off() {
        assertThat(new PasserelleApi().getProperties()).containsEntry("jersey.config.disableJsonBinding", true);
    }
}
