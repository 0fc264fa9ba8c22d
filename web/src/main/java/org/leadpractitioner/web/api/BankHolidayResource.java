package org.leadpractitioner.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.calendar.BankHolidayInput;
import org.leadpractitioner.core.calendar.BankHolidayService;
import org.leadpractitioner.core.calendar.BankHolidayView;

/** The bank holidays that make working days: read by everyone signed in, kept by administrators. */
@Path("bank-holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bank holidays", description = "England and Wales bank holidays: the days that are not working days")
public class BankHolidayResource {

    @Inject
    BankHolidayService holidays;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "A page of the bank holidays of a year (?year=2026; this year when neither year nor a range is"
            + " given) or of a range of dates (?from=2026-12-01&to=2027-01-31, both included), by date")
    public Page<BankHolidayView> list(@QueryParam("year") Integer year, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        if (from == null && to == null) {
            return holidays.inYear(year, Http.offset(offset), Http.limit(limit));
        }
        if (year != null) {
            throw ProblemException.invalid("year", "Ask for a year, or for a range with from and to, not both.");
        }
        if (from == null || to == null) {
            throw ProblemException.invalid(from == null ? "from" : "to",
                    "A range needs both from and to, as yyyy-mm-dd: for example from=2026-12-01&to=2027-01-31.");
        }
        return holidays.between(from, to, Http.offset(offset), Http.limit(limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One bank holiday; its ETag is the version to send in If-Match when changing it")
    public Response get(@PathParam("id") long id) {
        BankHolidayView holiday = holidays.holiday(id);
        return Http.ok(holiday, holiday.version());
    }

    @POST
    @Operation(summary = "Add a bank holiday: a weekday, one per date (administrators; a date already taken is 409)")
    public Response create(BankHolidayInput input) {
        BankHolidayView holiday = holidays.add(Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(holiday.id())).build(), holiday,
                holiday.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a bank holiday or correct its date (administrators; needs If-Match)")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            BankHolidayInput input) {
        long expected = Http.expectedVersion(ifMatch);
        BankHolidayView holiday = holidays.change(id, expected, Http.body(input));
        return Http.ok(holiday, holiday.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a bank holiday: the day becomes a working day again (administrators; needs If-Match)")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        holidays.remove(id, expected);
        return Response.noContent().build();
    }
}
