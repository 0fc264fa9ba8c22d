package org.leadpractitioner.web.faces;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;
import org.leadpractitioner.domain.RuleViolation;

/**
 * Runs a form's call to a boundary. When a rule is broken, or the boundary's Bean Validation refuses the
 * input, the problem is reported next to the field it concerns (and in the error summary) and the typed
 * input stays in the form. Every other failure (a concurrent edit, a record out of scope, a fault) goes to
 * the central {@link FriendlyExceptionHandler}.
 *
 * <p>{@code aliases} are pairs {@code ruleField, inputId}: the domain sometimes names a field after the
 * entity's property ({@code children}) where the form's input is named after the boundary's input
 * ({@code childIds}).
 */
public final class FormAction {

    private FormAction() {
    }

    /** The call's result, or empty when it was refused (the messages are then queued). */
    public static <T> Optional<T> call(String formId, Supplier<T> call, String... aliases) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuleViolation e) {
            Messages.ruleBroken(e, formId, aliases);
            return Optional.empty();
        } catch (ConstraintViolationException e) { // an application exception of the boundaries (ejb-jar.xml)
            Messages.inputRefused(e, formId, aliases);
            return Optional.empty();
        } catch (EJBException e) {
            ConstraintViolationException invalid = invalidInput(e);
            if (invalid == null) {
                throw e;
            }
            Messages.inputRefused(invalid, formId, aliases);
            return Optional.empty();
        }
    }

    /**
     * As {@link #call}, for a change to a versioned record: when someone else changed the record first, runs
     * {@code reread} (so that the page shows what is there now while the user's input stays in the form)
     * before the central handler reports the conflict.
     */
    public static <T> Optional<T> change(String formId, Supplier<T> call, Runnable reread, String... aliases) {
        try {
            return call(formId, call, aliases);
        } catch (RuntimeException e) { // a stale version arrives as it is, or wrapped when found at commit
            if (isConflict(e)) {
                reread.run();
            }
            throw e;
        }
    }

    /** As {@link #call}, for a call without a result; true when it succeeded. */
    public static boolean run(String formId, Runnable call, String... aliases) {
        return call(formId, () -> {
            call.run();
            return Boolean.TRUE;
        }, aliases).isPresent();
    }

    /**
     * Whether {@code e} is a refused concurrent edit (the record's version moved on). Pages catch it to
     * re-read the record before letting the central handler report it, so that saving again works.
     */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static ConstraintViolationException invalidInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c) {
                return c;
            }
        }
        return null;
    }
}
