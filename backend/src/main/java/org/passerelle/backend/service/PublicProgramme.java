package org.passerelle.backend.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.passerelle.backend.dataset.ProgrammeData;

/** A published programme in the dataset shape, with its calls. */
@JsonPropertyOrder({"programme", "calls"})
public record PublicProgramme(@JsonUnwrapped ProgrammeData programme, List<PublicCall> calls) {
}
