package org.leadpractitioner.core.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.BankHoliday;

/**
 * The bank holidays of England and Wales, which make working days: everyone signed in reads them, administrators
 * keep them (add the next year's when the government publishes it, a one-off holiday, a correction). A change moves
 * deadlines counted in working days (minutes of a TAF, escalation stages), so each is audited as the training
 * area's reference data is. Counting working days is {@link WorkingCalendar}'s job.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR, Roles.ADMIN})
public class BankHolidayService {

    /** SQLSTATE of a unique constraint violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * A page of the holidays of {@code year} (this year when {@code null}), by date. A year has about eight, so the
     * default page holds it; a year outside those a holiday may be in has none.
     */
    public Page<BankHolidayView> inYear(Integer year, int offset, int limit) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < BankHoliday.FIRST_YEAR || y > BankHoliday.LAST_YEAR) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), offset, limit);
    }

    /** A page of the holidays from {@code from} to {@code to} (both included), by date. */
    public Page<BankHolidayView> between(@NotNull LocalDate from, @NotNull LocalDate to, int offset, int limit) {
        if (to.isBefore(from)) {
            throw new RuleViolation("bank-holiday.range-reversed", "to", "The range ends (" + to + ") before it starts ("
                    + from + "). Give a 'to' date on or after the 'from' date.");
        }
        LocalDate first = later(from, LocalDate.of(BankHoliday.FIRST_YEAR, 1, 1));
        LocalDate last = earlier(to, LocalDate.of(BankHoliday.LAST_YEAR, 12, 31));
        if (last.isBefore(first)) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        List<BankHolidayView> rows = em.createNamedQuery(BankHoliday.FIND_BETWEEN, BankHoliday.class)
                .setParameter("from", first).setParameter("to", last)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(BankHolidayView::of).toList();
        long total = em.createNamedQuery(BankHoliday.COUNT_BETWEEN, Long.class)
                .setParameter("from", first).setParameter("to", last).getSingleResult();
        return new Page<>(rows, total, offset, limit);
    }

    /** Every holiday of {@code year}, by date (a handful; for the administrators' page). */
    public List<BankHolidayView> year(int year) {
        if (year < BankHoliday.FIRST_YEAR || year > BankHoliday.LAST_YEAR) {
            return List.of();
        }
        return em.createNamedQuery(BankHoliday.FIND_BETWEEN, BankHoliday.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream().map(BankHolidayView::of).toList();
    }

    public BankHolidayView holiday(long id) {
        return BankHolidayView.of(find(id));
    }

    /** The first and last years that have a holiday recorded. */
    public RecordedYears recordedYears() {
        Object[] firstAndLast = em.createNamedQuery(BankHoliday.FIRST_AND_LAST, Object[].class).getSingleResult();
        LocalDate first = (LocalDate) firstAndLast[0];
        LocalDate last = (LocalDate) firstAndLast[1];
        return first == null ? new RecordedYears(null, null) : new RecordedYears(first.getYear(), last.getYear());
    }

    @RolesAllowed(Roles.ADMIN)
    public BankHolidayView add(@NotNull @Valid BankHolidayInput input) {
        BankHoliday.requireDateFree(input.date(), onDate(input.date()), null);
        BankHoliday holiday = new BankHoliday(input.date(), input.name());
        em.persist(holiday);
        flushRefusingATakenDate(holiday.getDate());
        audit.record(AuditAction.CREATE, "BankHoliday", holiday.getId(), null, null,
                "bank holiday " + holiday.describeDay() + " '" + holiday.getName() + "'");
        return BankHolidayView.of(holiday);
    }

    /** Renames a holiday, or corrects its date (to a date no other holiday is on). */
    @RolesAllowed(Roles.ADMIN)
    public BankHolidayView change(long id, long expectedVersion, @NotNull @Valid BankHolidayInput input) {
        BankHoliday holiday = find(id);
        Versions.require(holiday.getVersion(), expectedVersion, "bank holiday");
        String before = holiday.describeDay() + " '" + holiday.getName() + "'";
        if (!holiday.getDate().equals(input.date())) {
            BankHoliday.requireDateFree(input.date(), onDate(input.date()), holiday);
            holiday.moveTo(input.date());
        }
        holiday.rename(input.name());
        flushRefusingATakenDate(holiday.getDate());
        audit.record(AuditAction.UPDATE, "BankHoliday", id, null, null, "bank holiday " + before + " is now "
                + holiday.describeDay() + " '" + holiday.getName() + "'");
        return BankHolidayView.of(holiday);
    }

    /** Removes a holiday: the day becomes a working day (if it is a weekday) for every deadline counted from now on. */
    @RolesAllowed(Roles.ADMIN)
    public void remove(long id, long expectedVersion) {
        BankHoliday holiday = find(id);
        Versions.require(holiday.getVersion(), expectedVersion, "bank holiday");
        em.remove(holiday);
        em.flush();
        audit.record(AuditAction.UPDATE, "BankHoliday", id, null, null, "bank holiday " + holiday.describeDay() + " '"
                + holiday.getName() + "' deleted");
    }

    private BankHoliday find(long id) {
        BankHoliday holiday = em.find(BankHoliday.class, id);
        if (holiday == null) {
            throw new RecordNotFound("BankHoliday", id);
        }
        return holiday;
    }

    private BankHoliday onDate(LocalDate on) {
        return em.createNamedQuery(BankHoliday.FIND_BY_DATE, BankHoliday.class).setParameter("on", on)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * Writes the change now. Two administrators adding the same date at the same moment both pass the check above;
     * the unique constraint stops the second, who is told as the check would have told them.
     */
    private void flushRefusingATakenDate(LocalDate on) {
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw stale;
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new RuleViolation("bank-holiday.date-taken.conflict", "date", "Another administrator has just"
                        + " recorded a bank holiday on " + BankHoliday.describe(on) + ". Look at the list again: change that holiday"
                        + " instead, or choose another date.");
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
