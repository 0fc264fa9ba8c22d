package org.leadpractitioner.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.meetings.DriftService;
import org.leadpractitioner.meetings.MeetingViews.DriftItem;
import org.leadpractitioner.meetings.MeetingViews.DriftKind;

/**
 * app/drift.xhtml?whose=: drift in TAF plans, each kind a paged table: on the cases the caller leads, their team's
 * (supervisors) or every case (the early help coordinator).
 */
@Named
@ViewScoped
public class DriftPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DriftService drift;

    private DriftService.Whose whose = DriftService.Whose.MINE;
    private PagedModel<DriftItem> reviews;
    private PagedModel<DriftItem> actions;
    private PagedModel<DriftItem> records;

    @PostConstruct
    void init() {
        reviews = model(DriftKind.OVERDUE_REVIEW);
        actions = model(DriftKind.OVERDUE_ACTION);
        records = model(DriftKind.UNCIRCULATED_RECORD);
    }

    private PagedModel<DriftItem> model(DriftKind kind) {
        return new PagedModel<>((offset, limit) -> drift.drift(kind, whose, offset, limit), i -> i.kind() + "-"
                + (i.actionId() != null ? i.actionId() : i.meetingId() != null ? i.meetingId() : i.caseId()));
    }

    /** f:viewAction: the "whose" parameter, checked against the caller's roles. */
    public void load() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        boolean coordinator = ctx.getExternalContext().isUserInRole(Roles.COORDINATOR);
        if (whose == DriftService.Whose.ALL && !coordinator) {
            whose = DriftService.Whose.MINE;
        }
    }

    public boolean isCoordinator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.COORDINATOR);
    }

    public String late(DriftItem i) {
        return i.daysLate() == 1 ? "1 day" : i.daysLate() + " days";
    }

    public String date(LocalDate d) {
        return SupervisionPage.ukDate(d);
    }

    public DriftService.Whose getWhose() {
        return whose;
    }

    public void setWhose(DriftService.Whose whose) {
        this.whose = whose == null ? DriftService.Whose.MINE : whose;
    }

    public PagedModel<DriftItem> getReviews() {
        return reviews;
    }

    public PagedModel<DriftItem> getActions() {
        return actions;
    }

    public PagedModel<DriftItem> getRecords() {
        return records;
    }
}
