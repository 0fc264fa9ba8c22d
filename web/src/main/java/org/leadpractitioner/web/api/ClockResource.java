package org.leadpractitioner.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.infrastructure.ServerClock;

/** The server's clock, for administrators (and, on a test server, for running it ahead). */
@Path("clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clock", description = "The time the server works to; deadlines are measured against it")
public class ClockResource {

    @Inject
    ServerClock clock;

    @GET
    @Operation(summary = "The server's time now, how far ahead of the real time it runs, and whether it can be moved")
    public ServerClock.Reading read() {
        return clock.read();
    }

    @PUT
    @Operation(summary = "Run the clock ahead of the real time, as an ISO-8601 duration ({\"ahead\":\"P3DT2H\"};"
            + " PT0S puts it back). Only on a test server started with -Dlp.clock.adjustable=true; elsewhere 409")
    public ServerClock.Reading runAhead(ClockInput input) {
        String ahead = Http.body(input).ahead();
        if (ahead == null || ahead.isBlank()) {
            throw ProblemException.invalid("ahead", "Give how far ahead to run the clock, for example \"P3DT2H\".");
        }
        try {
            return clock.runAhead(Duration.parse(ahead.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("ahead", "\"" + ahead + "\" is not an ISO-8601 duration: write it like"
                    + " \"P3DT2H\" (3 days 2 hours) or \"PT30M\".");
        }
    }

    /** How far ahead to run the clock. */
    public record ClockInput(String ahead) {
    }
}
