package org.passerelle.backend.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A call for projects in the dataset format; dates are {@code YYYY-MM-DD}. */
@JsonPropertyOrder({"code", "programme", "title", "opensOn", "closesOn", "budget"})
public record CallData(String code, String programme, TextData title, String opensOn, String closesOn,
        BigDecimal budget) {
}
