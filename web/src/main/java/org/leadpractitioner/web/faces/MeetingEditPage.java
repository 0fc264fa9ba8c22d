package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.people.PractitionerView;
import org.leadpractitioner.domain.meetings.MeetingType;
import org.leadpractitioner.meetings.MeetingInputs;
import org.leadpractitioner.meetings.MeetingService;
import org.leadpractitioner.meetings.MeetingViews.Invitable;
import org.leadpractitioner.meetings.MeetingViews.InviteeView;
import org.leadpractitioner.meetings.MeetingViews.MeetingView;
import org.leadpractitioner.meetings.MeetingViews.Person;

/**
 * app/meeting-edit.xhtml?case= (schedule) or ?id= (change): the type, day, start and end (UK time), venue and online
 * link, chair and minute-taker, and who is invited: the case's team and family by ticking, anyone else by name. Fields
 * are plain inputs (date, times, check boxes), so the whole form works from the keyboard.
 */
@Named
@ViewScoped
public class MeetingEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    private Long caseId;
    private Long id;
    private MeetingView existing;
    private Invitable invitable;
    private MeetingType type = MeetingType.INITIAL;
    private LocalDate day;
    private LocalTime startTime = LocalTime.of(10, 0);
    private LocalTime endTime = LocalTime.of(11, 30);
    private String venue;
    private String onlineLink;
    private Long chairId;
    private Long minuteTakerId;
    private List<Long> practitionerIds = new ArrayList<>();
    private List<Long> familyMemberIds = new ArrayList<>();
    private List<PractitionerView> others = new ArrayList<>();
    private PractitionerView adding;

    /** f:viewAction. */
    public void load() {
        if (id != null) {
            existing = meetings.get(id);
            caseId = existing.caseId();
            type = existing.type();
            day = existing.starts().toLocalDate();
            startTime = existing.starts().toLocalTime();
            endTime = existing.ends().toLocalTime();
            venue = existing.venue();
            onlineLink = existing.onlineLink();
            chairId = existing.chair().id();
            minuteTakerId = existing.minuteTaker() == null ? null : existing.minuteTaker().id();
            for (InviteeView i : existing.invitees()) {
                (i.person().family() ? familyMemberIds : practitionerIds).add(i.person().id());
            }
        }
        if (caseId == null) {
            throw new RecordNotFound("Case", "(no id)");
        }
        invitable = meetings.invitable(caseId);
        if (existing == null) {
            practitionerIds.addAll(invitable.leadIds());
            familyMemberIds.addAll(invitable.familyMembers().stream().map(Person::id).toList());
            chairId = invitable.leadIds().isEmpty() ? null : invitable.leadIds().get(0);
            type = MeetingType.INITIAL;
        }
    }

    /** Adds the practitioner chosen by name to the invitees (they join the case's team when the meeting is saved). */
    public void addOther() {
        if (adding != null && invitable.practitioners().stream().noneMatch(p -> p.id() == adding.id())
                && others.stream().noneMatch(p -> p.id() == adding.id())) {
            others.add(adding);
            practitionerIds.add(adding.id());
        }
        adding = null;
    }

    public String save() {
        LinkedHashSet<Long> invited = new LinkedHashSet<>(practitionerIds);
        MeetingInputs.Schedule input = new MeetingInputs.Schedule(type, day == null || startTime == null ? null
                : day.atTime(startTime), day == null || endTime == null ? null : day.atTime(endTime), venue, onlineLink,
                chairId, minuteTakerId, invited, new LinkedHashSet<>(familyMemberIds));
        String[] aliases = {"starts", "day", "ends", "endTime", "type", "type"};
        return (existing == null
                ? FormAction.call("meeting", () -> meetings.schedule(caseId, input), aliases)
                : FormAction.change("meeting", () -> meetings.reschedule(id, existing.version(), input),
                        () -> existing = meetings.get(id), aliases)).map(m -> {
                            Messages.infoAfterRedirect((existing == null ? "The meeting is scheduled" : "The meeting is changed")
                                    + " and the invitations are on their way." + (m.clashes().isEmpty() ? ""
                                    : " Check: " + m.clashes().stream().map(c -> c.message()).collect(Collectors.joining(" "))));
                            return "/app/meeting.xhtml?faces-redirect=true&id=" + m.id();
                        }).orElse(null);
    }

    public MeetingType[] getTypes() {
        return MeetingType.values();
    }

    /** The practitioners that can be ticked: the case's team, then those added by name. */
    public List<Person> getPractitioners() {
        List<Person> all = new ArrayList<>(invitable.practitioners());
        others.forEach(o -> all.add(new Person(o.id(), false, o.displayName(), o.roleLabel() + ", " + o.agencyName())));
        if (existing != null) {
            existing.invitees().stream().map(InviteeView::person).filter(p -> !p.family())
                    .filter(p -> all.stream().noneMatch(a -> a.id() == p.id())).forEach(all::add);
        }
        return all;
    }

    public boolean isWithinConsent(Person p) {
        return invitable.withinConsent().contains(p.id());
    }

    public boolean isNew() {
        return existing == null;
    }

    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingView getExisting() { return existing; }
    public Invitable getInvitable() { return invitable; }
    public MeetingType getType() { return type; }
    public void setType(MeetingType type) { this.type = type; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public Long getChairId() { return chairId; }
    public void setChairId(Long chairId) { this.chairId = chairId; }
    public Long getMinuteTakerId() { return minuteTakerId; }
    public void setMinuteTakerId(Long minuteTakerId) { this.minuteTakerId = minuteTakerId; }
    public List<Long> getPractitionerIds() { return practitionerIds; }
    public void setPractitionerIds(List<Long> practitionerIds) { this.practitionerIds = practitionerIds; }
    public List<Long> getFamilyMemberIds() { return familyMemberIds; }
    public void setFamilyMemberIds(List<Long> familyMemberIds) { this.familyMemberIds = familyMemberIds; }
    public PractitionerView getAdding() { return adding; }
    public void setAdding(PractitionerView adding) { this.adding = adding; }
    public LocalDate getToday() { return SupervisionPage.ukToday(); }
}
