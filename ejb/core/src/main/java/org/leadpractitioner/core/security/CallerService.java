package org.leadpractitioner.core.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.leadpractitioner.domain.core.AppRole;
import org.leadpractitioner.domain.core.UserAccount;

/**
 * Resolves the caller: their username from the container, their roles from the container (so that an
 * identity provider's roles work too), and their practitioner record from their user account.
 */
@Stateless
@PermitAll // answers only about the caller themselves
public class CallerService {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    public String username() {
        return context.getCallerPrincipal() == null ? "anonymous" : context.getCallerPrincipal().getName();
    }

    public Caller current() {
        String username = username();
        Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
        for (AppRole role : AppRole.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        Long practitionerId = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normaliseUsername(username))
                .getResultStream()
                .findFirst()
                .map(u -> u.getPractitioner() == null ? null : u.getPractitioner().getId())
                .orElse(null);
        return new Caller(username, practitionerId, roles);
    }
}
