package org.leadpractitioner.web.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpractitioner.core.families.ChildInput;
import org.leadpractitioner.core.families.FamilyViews.ChildView;
import org.leadpractitioner.core.families.FamilyViews.MemberView;
import org.leadpractitioner.domain.core.SenStatus;

/** A child's details: the "Add a child" form on the family page, and "Change the child's details". */
public class ChildForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form filled in with {@code c}'s current details (to change them). */
    static ChildForm of(ChildView c) {
        ChildForm form = new ChildForm();
        form.givenName = c.givenName();
        form.familyName = c.childFamilyName();
        form.dateOfBirth = c.dateOfBirth();
        form.senStatus = c.senStatus();
        form.livesWithMemberIds = c.livesWith().stream().map(MemberView::id).toArray(Long[]::new);
        return form;
    }

    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private SenStatus senStatus = SenStatus.NONE;
    private Long[] livesWithMemberIds = new Long[0];

    ChildInput toInput() {
        Set<Long> livesWith = livesWithMemberIds == null ? Set.of()
                : Arrays.stream(livesWithMemberIds).collect(Collectors.toSet());
        return new ChildInput(givenName, familyName, dateOfBirth, senStatus, livesWith);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public SenStatus getSenStatus() {
        return senStatus;
    }

    public void setSenStatus(SenStatus senStatus) {
        this.senStatus = senStatus;
    }

    public Long[] getLivesWithMemberIds() {
        return livesWithMemberIds;
    }

    public void setLivesWithMemberIds(Long[] livesWithMemberIds) {
        this.livesWithMemberIds = livesWithMemberIds;
    }
}
