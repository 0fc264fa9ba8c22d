package org.leadpractitioner.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.leadpractitioner.domain.meetings.MeetingStatus;
import org.leadpractitioner.meetings.MeetingService;
import org.leadpractitioner.meetings.MeetingViews.CalendarEntry;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * app/meetings.xhtml: the caller's TAF meetings on a calendar (month, week, day; each meeting a link to it) and, for
 * keyboard and screen-reader users first, the same meetings of the next eight weeks as a list. The calendar loads
 * only the span it shows.
 */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    static final int UPCOMING_WEEKS = 8;

    @Inject
    MeetingService meetings;

    private ScheduleModel model;
    private List<CalendarEntry> upcoming;

    @PostConstruct
    void init() {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        model = new Calendar(meetings, base);
        LocalDate today = SupervisionPage.ukToday();
        upcoming = meetings.calendar(today, today.plusWeeks(UPCOMING_WEEKS));
    }

    /** The calendar's events for the span shown, loaded when it is shown. */
    static final class Calendar extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;
        private final MeetingService meetings;
        private final String base;

        Calendar(MeetingService meetings, String base) {
            this.meetings = meetings;
            this.base = base;
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (CalendarEntry e : meetings.calendar(start.toLocalDate(), end.toLocalDate())) {
                boolean cancelled = e.status() == MeetingStatus.CANCELLED;
                addEvent(DefaultScheduleEvent.builder().id(Long.toString(e.id()))
                        .title((cancelled ? "Cancelled: " : "") + e.title()).startDate(e.starts()).endDate(e.ends())
                        .url(base + "/app/meeting.xhtml?id=" + e.id()).editable(false)
                        .styleClass(cancelled ? "lp-event lp-event--cancelled" : "lp-event").build());
            }
        }
    }

    public String when(CalendarEntry e) {
        return WHEN.format(e.starts()) + "–" + e.ends().toLocalTime();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<CalendarEntry> getUpcoming() {
        return upcoming;
    }

    public int getUpcomingWeeks() {
        return UPCOMING_WEEKS;
    }
}
