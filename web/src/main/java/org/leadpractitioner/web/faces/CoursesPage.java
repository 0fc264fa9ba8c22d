package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leadpractitioner.domain.training.CommonCoreArea;
import org.leadpractitioner.training.CatalogueService;
import org.leadpractitioner.training.TrainingInputs.CourseInput;
import org.leadpractitioner.training.TrainingViews.CourseView;
import org.primefaces.PrimeFaces;

/**
 * app/admin/courses.xhtml (the early help coordinator and administrators): the training catalogue, every course
 * including those withdrawn, and one form to add a course or change the one chosen in the list. The service enforces
 * the rules (a unique title, at least one area of the common core, a sensible duration and refresh period).
 */
@Named
@ViewScoped
public class CoursesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/app/admin/courses.xhtml?faces-redirect=true";
    /** The add/change form, whose inputs are named as the rules' fields. */
    private static final String FORM = "form";

    @Inject
    CatalogueService catalogue;

    private List<CourseView> courses;
    /** The course being changed, or null when the form adds one. */
    private CourseView editing;

    private String title;
    private String provider;
    private Integer durationMinutes;
    private CommonCoreArea[] areas;
    private boolean mandatoryForLead;
    private Integer refreshMonths;
    private String description;
    private boolean active = true;

    /** f:viewAction. */
    public void load() {
        courses = catalogue.courses(true);
    }

    /** A row's "Change": loads the course into the form. */
    public void startChanging(CourseView course) {
        editing = catalogue.course(course.id()); // its latest version
        title = editing.title();
        provider = editing.provider();
        durationMinutes = editing.durationMinutes();
        areas = editing.areaCodes().stream().map(CommonCoreArea::valueOf).toArray(CommonCoreArea[]::new);
        mandatoryForLead = editing.mandatoryForLead();
        refreshMonths = editing.refreshMonths();
        description = editing.description();
        active = editing.active();
        PrimeFaces.current().resetInputs(FORM); // values typed earlier and refused are not shown for this course
    }

    /** "Add the course". */
    public String create() {
        CourseInput input = input();
        return FormAction.call(FORM, () -> catalogue.createCourse(input))
                .map(created -> {
                    Messages.infoAfterRedirect("'" + created.title() + "' is added to the catalogue.");
                    return PAGE;
                })
                .orElse(null);
    }

    /** "Save the changes". */
    public String save() {
        CourseInput input = input();
        long id = editing.id();
        return FormAction.change(FORM, () -> catalogue.updateCourse(id, editing.version(), input, active), this::reread)
                .map(saved -> {
                    Messages.infoAfterRedirect("The changes to '" + saved.title() + "' are saved."
                            + (saved.active() ? "" : " It is withdrawn: it is no longer offered for booking."));
                    return PAGE;
                })
                .orElse(null);
    }

    /** "Cancel": back to the list and an empty form. */
    public String cancel() {
        return PAGE;
    }

    /** After a concurrent change: the list and the course as they are now; the form keeps what was typed. */
    private void reread() {
        courses = catalogue.courses(true);
        if (editing != null) {
            editing = catalogue.course(editing.id());
        }
    }

    private CourseInput input() {
        Set<CommonCoreArea> chosen = areas == null || areas.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(areas));
        return new CourseInput(title, provider, durationMinutes, chosen, mandatoryForLead, refreshMonths, description);
    }

    // ---- what the page shows

    /** "3 hours", "1 hour", "90 minutes". */
    public String duration(int minutes) {
        if (minutes > 0 && minutes % 60 == 0) {
            int hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** "Every 24 months", "Every month", "Never expires". */
    public String refresh(Integer months) {
        if (months == null) {
            return "Never expires";
        }
        return months == 1 ? "Every month" : "Every " + months + " months";
    }

    public CommonCoreArea[] getAreaChoices() {
        return CommonCoreArea.values();
    }

    public List<CourseView> getCourses() {
        return courses;
    }

    public CourseView getEditing() {
        return editing;
    }

    // ---- properties

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public CommonCoreArea[] getAreas() {
        return areas;
    }

    public void setAreas(CommonCoreArea[] areas) {
        this.areas = areas;
    }

    public boolean isMandatoryForLead() {
        return mandatoryForLead;
    }

    public void setMandatoryForLead(boolean mandatoryForLead) {
        this.mandatoryForLead = mandatoryForLead;
    }

    public Integer getRefreshMonths() {
        return refreshMonths;
    }

    public void setRefreshMonths(Integer refreshMonths) {
        this.refreshMonths = refreshMonths;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
