/** The children's workforce and their sign-ins: practitioners, line management, user accounts. */
package org.leadpractitioner.core.people;
