package org.passerelle.domain.call;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.shared.Checks;
import org.passerelle.domain.shared.Code;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Violations;

/**
 * A call for projects (appel à projets) of one programme, open from {@code opensOn} to
 * {@code closesOn}, both days included.
 */
@Entity
@Table(name = "call_for_projects")
public class CallForProjects {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_for_projects_seq")
    @SequenceGenerator(name = "call_for_projects_seq", sequenceName = "call_for_projects_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "title_fr", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    private BigDecimal budget;

    protected CallForProjects() {
        // for JPA
    }

    public CallForProjects(String code, Programme programme, LocalizedText title, LocalDate opensOn,
            LocalDate closesOn, BigDecimal budget) {
        this.code = Code.require(code, "code");
        revise(programme, title, opensOn, closesOn, budget);
    }

    public final void revise(Programme programme, LocalizedText title, LocalDate opensOn, LocalDate closesOn,
            BigDecimal budget) {
        Violations v = new Violations();
        v.check(() -> Checks.required(programme, "programme"));
        v.check(() -> Checks.length(Checks.required(title, "title"), Checks.NAME_LENGTH, "title"));
        v.check(() -> Checks.required(opensOn, "opensOn"));
        v.check(() -> Checks.required(closesOn, "closesOn"));
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            v.add("call.dates", "closesOn", "closesOn (" + closesOn + ") is before opensOn (" + opensOn + ").");
        }
        v.check(() -> Checks.amount(budget, "budget", false));
        v.throwIfAny();
        this.budget = budget;
        this.programme = programme;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    public CallState stateOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            return CallState.UPCOMING;
        }
        return day.isAfter(closesOn) ? CallState.CLOSED : CallState.OPEN;
    }

    public boolean isOpenOn(LocalDate day) {
        return stateOn(day) == CallState.OPEN;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public Programme programme() {
        return programme;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    /** The envelope in the programme's currency, or {@code null}. */
    public BigDecimal budget() {
        return budget;
    }

    @Override
    public String toString() {
        return "Call[" + code + ", " + opensOn + ".." + closesOn + "]";
    }
}
