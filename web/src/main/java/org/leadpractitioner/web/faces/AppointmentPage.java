package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import org.leadpractitioner.assignment.AppointmentInputs;
import org.leadpractitioner.assignment.AppointmentService;
import org.leadpractitioner.assignment.AppointmentViews.AppointmentView;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.people.PractitionerView;
import org.leadpractitioner.domain.assignment.FamilyWish;

/**
 * app/appointment.xhtml?id=: one lead practitioner appointment, with the rules' findings as they stand today, and
 * the step the caller may take: accept (the proposed practitioner), agree (their line manager), record the
 * family's wish, decline, withdraw.
 */
@Named
@ViewScoped
public class AppointmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppointmentService appointments;

    private Long id;
    private AppointmentView view;
    private FamilyWish wish;
    private PractitionerView askedFor;
    private String askedForName;
    private String reasonNotMet;
    private String reason;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            throw new RecordNotFound("Appointment", "(no id)");
        }
        view = appointments.get(id);
    }

    public String accept() {
        return change("decide", () -> appointments.accept(id, view.version()), "You accepted the lead practitioner role.");
    }

    public String agree() {
        return change("decide", () -> appointments.agree(id, view.version()), "You agreed to the appointment.");
    }

    public String decline() {
        return change("decline", () -> appointments.decline(id, view.version(), new AppointmentInputs.Reason(reason)),
                "The appointment is declined.");
    }

    public String withdraw() {
        return change("decline", () -> appointments.withdraw(id, view.version(), new AppointmentInputs.Reason(reason)),
                "The proposal is withdrawn.");
    }

    public String recordWish() {
        return change("wish", () -> appointments.recordFamilyWish(id, view.version(), new AppointmentInputs.RecordFamilyWish(
                        wish, askedFor == null ? null : askedFor.getId(), askedForName, reasonNotMet)),
                "The family's wish is recorded.", "familyWish", "wish", "familyAskedFor", "askedFor",
                "familyAskedForName", "askedForName", "familyWishNotMetReason", "reasonNotMet");
    }

    private String change(String formId, Supplier<AppointmentView> call, String message, String... aliases) {
        return FormAction.change(formId, call, () -> view = appointments.get(id), aliases).map(a -> {
            Messages.infoAfterRedirect(message + " " + a.nextStep());
            return "/app/appointment.xhtml?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    public FamilyWish[] getWishes() {
        return FamilyWish.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AppointmentView getView() {
        return view;
    }

    public FamilyWish getWish() {
        return wish;
    }

    public void setWish(FamilyWish wish) {
        this.wish = wish;
    }

    public PractitionerView getAskedFor() {
        return askedFor;
    }

    public void setAskedFor(PractitionerView askedFor) {
        this.askedFor = askedFor;
    }

    public String getAskedForName() {
        return askedForName;
    }

    public void setAskedForName(String askedForName) {
        this.askedForName = askedForName;
    }

    public String getReasonNotMet() {
        return reasonNotMet;
    }

    public void setReasonNotMet(String reasonNotMet) {
        this.reasonNotMet = reasonNotMet;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
