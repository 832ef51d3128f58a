package org.passerelle.backend.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.passerelle.backend.dataset.DatasetMapper;
import org.passerelle.backend.dataset.ProjectData;
import org.passerelle.domain.project.Project;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.project.StatusChange;
import org.passerelle.domain.project.Transition;

/**
 * A project as the API shows it: the dataset record, plus the version a later change must name, the
 * transitions it may take now (as REST slugs) and, when asked for one project, its history.
 */
@JsonPropertyOrder({"project", "version", "allowedTransitions", "history"})
public record ProjectView(@JsonUnwrapped ProjectData project, long version, List<String> allowedTransitions,
        List<Step> history) {

    /** One step of the history; {@code from} is absent for the status the project was first recorded with. */
    public record Step(String at, String actor, ProjectStatus from, ProjectStatus to, String comment) {

        static Step of(StatusChange change) {
            return new Step(change.at().toString(), change.actor(), change.from(), change.to(), change.comment());
        }
    }

    /** The whole view of one project, history included. */
    public static ProjectView of(Project project) {
        return new ProjectView(DatasetMapper.toData(project), project.version(), slugs(project),
                project.history().stream().map(Step::of).toList());
    }

    /** The view of a project in a listing: its history is left out (absent, not empty). */
    public static ProjectView listed(Project project) {
        return new ProjectView(DatasetMapper.toData(project), project.version(), slugs(project), null);
    }

    private static List<String> slugs(Project project) {
        return project.allowedTransitions().stream().map(Transition::slug).toList();
    }
}
