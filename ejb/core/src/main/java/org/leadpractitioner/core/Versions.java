package org.leadpractitioner.core;


/**
 * Optimistic locking across requests: a client sends back the version it read; if the row has moved on
 * since, the change is refused rather than silently overwriting someone else's.
 */
public final class Versions {

    private Versions() {
    }

    public static void require(long current, long expected, String what) {
        if (current != expected) {
            throw new StaleVersion("The " + what + " was changed by someone else (version " + current
                    + ", you edited version " + expected + ")");
        }
    }
}
