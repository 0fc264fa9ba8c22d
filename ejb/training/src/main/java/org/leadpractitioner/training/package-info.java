/**
 * Training records and supervision logs: the course catalogue, completions and gaps, supervision policy, sessions and sign-off. May call the core only.
 *
 * <p>Other areas know this one only through its boundary beans and small CDI events carrying ids; its
 * entities refer to other areas by id (docs/adr/0002).
 */
package org.leadpractitioner.training;
