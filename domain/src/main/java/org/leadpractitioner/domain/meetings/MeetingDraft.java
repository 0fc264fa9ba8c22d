package org.leadpractitioner.domain.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * What one person has typed into a meeting's record and not saved yet (issue 4, item 7): saved as they type, so a
 * closed browser or a session time-out loses nothing. One per meeting and author; it never blocks anything. Saving
 * the record deletes it; a draft older than the record's last save is offered, not forced, on the next visit.
 * Texts are stored as typed (limits are checked when the record is saved, so a long draft is never refused).
 */
@Entity
@Table(name = "taf_meeting_draft")
@NamedQueries({
    @NamedQuery(name = MeetingDraft.FIND, query = "SELECT d FROM MeetingDraft d WHERE d.meeting.id = :meetingId"
            + " AND d.author.id = :authorId"),
    @NamedQuery(name = MeetingDraft.DELETE_FOR_MEETING, query = "DELETE FROM MeetingDraft d WHERE d.meeting.id = :meetingId"
            + " AND d.author.id = :authorId")
})
public class MeetingDraft extends BaseEntity {

    public static final String FIND = "MeetingDraft.find";
    public static final String DELETE_FOR_MEETING = "MeetingDraft.deleteForMeeting";
    /** Far above every field's limit, so that nothing typed is refused; a guard against abuse only. */
    public static final int DRAFT_MAX = 40000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private TafMeeting meeting;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Practitioner author;

    @Size(max = DRAFT_MAX)
    @Column(name = "minutes", length = DRAFT_MAX)
    private String minutes;

    @Size(max = DRAFT_MAX)
    @Column(name = "worries", length = DRAFT_MAX)
    private String worries;

    @Size(max = DRAFT_MAX)
    @Column(name = "working_well", length = DRAFT_MAX)
    private String workingWell;

    @Size(max = DRAFT_MAX)
    @Column(name = "needs_to_happen", length = DRAFT_MAX)
    private String needsToHappen;

    @Size(max = 20)
    @Column(name = "scaling_text", length = 20)
    private String scaling;

    @NotNull
    @Column(name = "saved_at", nullable = false, length = 27)
    private Instant savedAt;

    @Column(name = "meeting_version", nullable = false)
    private long meetingVersion;

    protected MeetingDraft() {
    }

    public MeetingDraft(TafMeeting meeting, Practitioner author) {
        this.meeting = meeting;
        this.author = author;
    }

    /** What was typed, as typed (cut to {@link #DRAFT_MAX}); {@code meetingVersion} is the record it started from. */
    public void keep(String newMinutes, String newWorries, String newWorkingWell, String newNeedsToHappen,
            String newScaling, long version, Instant now) {
        this.minutes = cut(newMinutes, DRAFT_MAX);
        this.worries = cut(newWorries, DRAFT_MAX);
        this.workingWell = cut(newWorkingWell, DRAFT_MAX);
        this.needsToHappen = cut(newNeedsToHappen, DRAFT_MAX);
        this.scaling = cut(newScaling, 20);
        this.meetingVersion = version;
        this.savedAt = now;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Whether the record was saved (by anyone) after this draft was started from it. */
    public boolean isStale() {
        return meeting.getVersion() != meetingVersion;
    }

    public TafMeeting getMeeting() {
        return meeting;
    }

    public Practitioner getAuthor() {
        return author;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getWorries() {
        return worries;
    }

    public String getWorkingWell() {
        return workingWell;
    }

    public String getNeedsToHappen() {
        return needsToHappen;
    }

    public String getScaling() {
        return scaling;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public long getMeetingVersion() {
        return meetingVersion;
    }
}
