package org.leadpractitioner.meetings.invite;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * Time limits on talking to the mail server. Jakarta Mail waits for ever by default, and WildFly's mail subsystem
 * offers no attribute for the limits of its standard SMTP server, so they are added to the session's properties
 * (which the session reads whenever it opens a connection) unless the server's configuration set them already.
 */
public final class MailTimeouts {

    /** Connecting, reading a reply and writing a message: 10 seconds each. */
    static final String MILLIS = "10000";

    private MailTimeouts() {
    }

    /** Adds the limits to {@code session}, leaving any the configuration set. */
    public static void apply(Session session) {
        Properties properties = session.getProperties();
        for (String protocol : new String[] {"smtp", "smtps"}) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", MILLIS);
            properties.putIfAbsent("mail." + protocol + ".timeout", MILLIS);
            properties.putIfAbsent("mail." + protocol + ".writetimeout", MILLIS);
        }
    }
}
