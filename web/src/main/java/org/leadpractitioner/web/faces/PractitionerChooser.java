package org.leadpractitioner.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leadpractitioner.core.people.PractitionerService;
import org.leadpractitioner.core.people.PractitionerView;

/** Suggestions for the practitioner autocompletes: active practitioners whose name or email matches. */
@Named
@ApplicationScoped
public class PractitionerChooser {

    static final int SUGGESTIONS = 10;

    @Inject
    PractitionerService practitioners;

    public List<PractitionerView> complete(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return practitioners.search(query, null, 0, SUGGESTIONS).items().stream().filter(PractitionerView::active).toList();
    }
}
