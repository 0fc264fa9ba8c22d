package org.leadpractitioner.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Helpers for the pages' {@code p:dataTable}s. */
final class Tables {

    private Tables() {
    }

    /** After the table's criteria changed: show its first page. */
    static void backToFirstPage(String clientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
        if (table instanceof DataTable dataTable) {
            dataTable.reset();
        }
    }
}
