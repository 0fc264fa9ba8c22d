/**
 * Working days: the bank holidays of England and Wales as data the authority's administrator keeps
 * ({@link org.leadpractitioner.core.calendar.BankHolidayService}), and the calendar other modules inject to count
 * working days ({@link org.leadpractitioner.core.calendar.WorkingCalendar}: TAF minutes due within 5 working days,
 * escalation stage clocks). The counting itself is the domain's {@link org.leadpractitioner.domain.core.WorkingDays}
 * (docs/adr/0013).
 *
 * <p>Dependencies: the domain and the core's shared pieces (paging, versions, audit, roles); never an area.
 */
package org.leadpractitioner.core.calendar;
