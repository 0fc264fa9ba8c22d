package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leadpractitioner.core.calendar.BankHolidayInput;
import org.leadpractitioner.core.calendar.BankHolidayService;
import org.leadpractitioner.core.calendar.BankHolidayView;
import org.leadpractitioner.core.calendar.RecordedYears;
import org.leadpractitioner.core.infrastructure.ClockProducer;
import org.leadpractitioner.domain.core.BankHoliday;
import org.primefaces.PrimeFaces;

/**
 * app/admin/bank-holidays.xhtml (administrators): the bank holidays of one year ({@code ?year=}, this year by default),
 * a form that adds one or changes the one chosen in the list (its name or its date), and removal after confirmation.
 * The service enforces the rules (a weekday, one holiday per date).
 */
@Named
@ViewScoped
public class BankHolidaysPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/app/admin/bank-holidays.xhtml?faces-redirect=true&year=";
    /** The add/change form, whose inputs are named as the rules' fields. */
    private static final String FORM = "form";

    @Inject
    BankHolidayService holidays;

    /** f:viewParam "year". */
    private Integer year;
    private List<BankHolidayView> list;
    private RecordedYears recorded;
    /** The holiday being changed, or null when the form adds one. */
    private BankHolidayView editing;
    /** The holiday whose removal awaits confirmation, or null. */
    private BankHolidayView deleting;

    private LocalDate date;
    private String name;

    /** f:viewAction. */
    public void load() {
        if (year == null || year < BankHoliday.FIRST_YEAR || year > BankHoliday.LAST_YEAR) {
            year = LocalDate.now(ClockProducer.LONDON).getYear();
        }
        list = holidays.year(year);
        recorded = holidays.recordedYears();
    }

    /** A row's "Change": loads its date and name into the form. */
    public void startChanging(BankHolidayView holiday) {
        deleting = null;
        editing = holidays.holiday(holiday.id()); // its latest version
        date = editing.date();
        name = editing.name();
        PrimeFaces.current().resetInputs(FORM); // values typed earlier and refused are not shown for this holiday
    }

    /** A row's "Remove": asks for confirmation first. */
    public void startDeleting(BankHolidayView holiday) {
        deleting = holiday;
    }

    /** "No, keep it". */
    public void keep() {
        deleting = null;
    }

    /** "Yes, remove …". */
    public String delete() {
        BankHolidayView holiday = deleting;
        return FormAction.change("list", () -> {
                    holidays.remove(holiday.id(), holiday.version());
                    return Boolean.TRUE;
                }, this::reread)
                .map(done -> {
                    Messages.infoAfterRedirect(holiday.name() + " on " + holiday.getDay() + " is removed: that day now counts"
                            + " as a working day.");
                    return PAGE + year;
                })
                .orElse(null);
    }

    /** "Add the bank holiday". */
    public String create() {
        return FormAction.call(FORM, () -> holidays.add(new BankHolidayInput(date, name)))
                .map(added -> {
                    Messages.infoAfterRedirect(added.name() + " on " + added.getDay() + " is added: that day no longer counts"
                            + " as a working day.");
                    return PAGE + added.date().getYear();
                })
                .orElse(null);
    }

    /** "Save the changes". */
    public String save() {
        long id = editing.id();
        BankHolidayInput input = new BankHolidayInput(date, name);
        return FormAction.change(FORM, () -> holidays.change(id, editing.version(), input), this::reread)
                .map(saved -> {
                    Messages.infoAfterRedirect("Saved: " + saved.name() + " on " + saved.getDay() + ".");
                    return PAGE + saved.date().getYear();
                })
                .orElse(null);
    }

    /** "Cancel": back to the list and an empty form. */
    public String cancel() {
        return PAGE + year;
    }

    /** After a concurrent change: the list and the chosen holiday as they are now; the form keeps what was typed. */
    private void reread() {
        list = holidays.year(year);
        recorded = holidays.recordedYears();
        if (editing != null) {
            long id = editing.id();
            editing = list.stream().filter(h -> h.id() == id).findFirst().orElse(null);
        }
        if (deleting != null) {
            long id = deleting.id();
            deleting = list.stream().filter(h -> h.id() == id).findFirst().orElse(null);
        }
    }

    // ---- what the page shows

    /** The years to choose from: those recorded, this year and the year after the last recorded one. */
    public List<Integer> getYears() {
        int thisYear = LocalDate.now(ClockProducer.LONDON).getYear();
        int first = Math.min(thisYear, recorded.isEmpty() ? thisYear : recorded.first());
        int last = Math.max(thisYear, recorded.isEmpty() ? thisYear : recorded.last()) + 1;
        first = Math.min(first, year);
        last = Math.min(Math.max(last, year), BankHoliday.LAST_YEAR);
        List<Integer> years = new ArrayList<>();
        for (int y = Math.max(first, BankHoliday.FIRST_YEAR); y <= last; y++) {
            years.add(y);
        }
        return years;
    }

    public boolean isHasPreviousYear() {
        return year > BankHoliday.FIRST_YEAR;
    }

    public boolean isHasNextYear() {
        return year < BankHoliday.LAST_YEAR;
    }

    public int getPreviousYear() {
        return year - 1;
    }

    public int getNextYear() {
        return year + 1;
    }

    public List<BankHolidayView> getHolidays() {
        return list;
    }

    public RecordedYears getRecorded() {
        return recorded;
    }

    public BankHolidayView getEditing() {
        return editing;
    }

    public BankHolidayView getDeleting() {
        return deleting;
    }

    // ---- properties

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
