package org.leadpractitioner.core.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from (the client address), for the audit log. The web layer fills it
 * in for every request; a call without a web request (a timer) has none.
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address == null || address.length() <= 100 ? address : address.substring(0, 100);
    }
}
