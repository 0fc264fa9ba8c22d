/**
 * Demo data for trying the platform locally ({@code ./mvnw -Prun}): a made-up authority, Northbridge, with
 * its partner agencies, practitioners and logins, families and early help cases. Loaded only when asked
 * ({@code lp.demo-data=true}) into an empty database; see docs/demo-data.md for the logins and a tour.
 * Everything in it is fictional.
 */
package org.leadpractitioner.core.demo;
