package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.leadpractitioner.assignment.AppointmentInputs;
import org.leadpractitioner.assignment.AppointmentViews.HandoverView;
import org.leadpractitioner.assignment.HandoverInputs;
import org.leadpractitioner.assignment.HandoverService;
import org.leadpractitioner.core.RecordNotFound;

/**
 * app/handover.xhtml?id=: one planned change of lead practitioner, what happens next, and what the caller may do:
 * record telling the family and the network (the outgoing lead, or the coordinator), or withdraw the handover before
 * it takes effect (confirmed on a second step, as it cannot be undone).
 */
@Named
@ViewScoped
public class HandoverPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HandoverService handovers;

    private Long id;
    private HandoverView view;
    private LocalDate on;
    private String reason;
    private boolean confirming;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            throw new RecordNotFound("Handover", "(no id)");
        }
        view = handovers.get(id);
        on = SupervisionPage.ukToday();
    }

    public String familyTold() {
        return change("notice", () -> handovers.familyTold(id, view.version(), new HandoverInputs.Told(on)),
                "You recorded telling the family.", "familyToldOn", "on");
    }

    public String networkTold() {
        return change("notice", () -> handovers.networkTold(id, view.version(), new HandoverInputs.Told(on)),
                "You recorded telling the network.", "networkToldOn", "on");
    }

    /** The first step of a withdrawal: the reason is there, so ask for confirmation. */
    public void requestWithdraw() {
        confirming = true;
    }

    public void cancelWithdraw() {
        confirming = false;
    }

    /** The second step: withdraws the handover the user confirmed withdrawing. */
    public String withdraw() {
        confirming = false; // whatever happens next, the form (with any message) is shown again
        return change("withdrawal", () -> handovers.withdraw(id, view.version(), new AppointmentInputs.Reason(reason)),
                "The handover is withdrawn: " + view.outgoing().name() + " remains the lead.");
    }

    private String change(String formId, Supplier<HandoverView> call, String message, String... aliases) {
        return FormAction.change(formId, call, () -> view = handovers.get(id), aliases).map(h -> {
            Messages.infoAfterRedirect(message + " " + h.nextStep());
            return "/app/handover.xhtml?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    /** A day as the page shows it (12 Mar 2026). */
    public String date(LocalDate day) {
        return SupervisionPage.ukDate(day);
    }

    /** A moment as the page shows it (12 Mar 2026 at 14:05). */
    public String moment(Instant at) {
        return SupervisionPage.ukMoment(at);
    }

    public LocalDate getToday() {
        return SupervisionPage.ukToday();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public HandoverView getView() {
        return view;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
