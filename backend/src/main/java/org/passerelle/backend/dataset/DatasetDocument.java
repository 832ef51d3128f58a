package org.passerelle.backend.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A whole dataset: the format's top level. */
@JsonPropertyOrder({"format", "version", "programmes", "calls", "organisations", "projects"})
public record DatasetDocument(
        String format,
        Integer version,
        List<ProgrammeData> programmes,
        List<CallData> calls,
        List<OrganisationData> organisations,
        List<ProjectData> projects) {

    public static final String FORMAT = "passerelle-dataset";
    public static final int VERSION = 1;

    public static DatasetDocument of(List<ProgrammeData> programmes, List<CallData> calls,
            List<OrganisationData> organisations, List<ProjectData> projects) {
        return new DatasetDocument(FORMAT, VERSION, programmes, calls, organisations, projects);
    }

    public List<ProgrammeData> programmesOrEmpty() {
        return programmes == null ? List.of() : programmes;
    }

    public List<CallData> callsOrEmpty() {
        return calls == null ? List.of() : calls;
    }

    public List<OrganisationData> organisationsOrEmpty() {
        return organisations == null ? List.of() : organisations;
    }

    public List<ProjectData> projectsOrEmpty() {
        return projects == null ? List.of() : projects;
    }
}
