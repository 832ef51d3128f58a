package org.passerelle.backend.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetMapper;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.call.CallState;

/** A call as the public sees it: the dataset record and where it stands on the day asked about. */
@JsonPropertyOrder({"call", "state"})
public record PublicCall(@JsonUnwrapped CallData call, CallState state) {

    static PublicCall of(CallForProjects call, LocalDate day) {
        return new PublicCall(DatasetMapper.toData(call), call.stateOn(day));
    }
}
