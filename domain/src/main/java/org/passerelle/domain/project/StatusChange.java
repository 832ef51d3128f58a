package org.passerelle.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a project's history: who moved it, when, from which status to which, and why. */
@Entity
@Table(name = "project_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_status_change_seq")
    @SequenceGenerator(name = "project_status_change_seq", sequenceName = "project_status_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ProjectStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ProjectStatus to;

    @Column(name = "change_comment", length = 2000)
    private String comment;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Project project, Instant at, String actor, ProjectStatus from, ProjectStatus to, String comment) {
        this.project = project;
        this.at = at;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.comment = comment;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    /** {@code null} for the first status a project was recorded with. */
    public ProjectStatus from() {
        return from;
    }

    public ProjectStatus to() {
        return to;
    }

    public String comment() {
        return comment;
    }
}
