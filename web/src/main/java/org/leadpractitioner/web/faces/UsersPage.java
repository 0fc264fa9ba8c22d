package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpractitioner.core.people.PractitionerView;
import org.leadpractitioner.core.people.UserAccountService;
import org.leadpractitioner.core.people.UserInput;
import org.leadpractitioner.core.people.UserView;
import org.leadpractitioner.domain.core.AppRole;

/** app/admin/users.xhtml (administrators): sign-ins and their roles, a form to add one, and (dis)abling. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/app/admin/users.xhtml?faces-redirect=true";

    @Inject
    UserAccountService users;

    private final PagedModel<UserView> list = new PagedModel<>((offset, limit) -> users.list(offset, limit), UserView::id);

    private String username;
    private String password;
    private PractitionerView practitioner;
    private AppRole[] roles = {AppRole.PRACTITIONER};

    public String create() {
        Set<AppRole> chosen = roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
        UserInput input = new UserInput(username, password, practitioner == null ? null : practitioner.getId(), chosen);
        return FormAction.call("form", () -> users.create(input), "practitioner", "practitionerId")
                .map(created -> {
                    Messages.infoAfterRedirect("User " + created.username() + " is created. Give them their password"
                            + " by a separate, secure route.");
                    return PAGE;
                })
                .orElseGet(() -> {
                    password = null; // never redisplayed
                    return null;
                });
    }

    /** A row's "Disable" / "Enable". */
    public String toggleEnabled(UserView user) {
        boolean enabled = !user.enabled();
        users.setEnabled(user.id(), enabled);
        Messages.infoAfterRedirect("User " + user.username() + (enabled ? " can sign in again." : " can no longer sign in."));
        return PAGE;
    }

    public String rolesOf(UserView user) {
        return user.roles().stream().sorted().map(AppRole::label).collect(Collectors.joining(", "));
    }

    public PagedModel<UserView> getList() {
        return list;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public PractitionerView getPractitioner() {
        return practitioner;
    }

    public void setPractitioner(PractitionerView practitioner) {
        this.practitioner = practitioner;
    }

    public AppRole[] getRoles() {
        return roles;
    }

    public void setRoles(AppRole[] roles) {
        this.roles = roles;
    }
}
