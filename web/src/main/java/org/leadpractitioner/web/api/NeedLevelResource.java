package org.leadpractitioner.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.reference.NeedLevelView;
import org.leadpractitioner.core.reference.ReferenceDataService;

@Path("need-levels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class NeedLevelResource {

    @Inject
    ReferenceDataService reference;

    @GET
    @Operation(summary = "The levels of need in use, lowest first; cases take the code")
    public List<NeedLevelView> list() {
        return reference.needLevels();
    }
}
