/**
 * The REST API under {@code /api/v1}: JSON DTOs in and out, errors as RFC 9457 problem details. Calls
 * the EJB boundaries only; never the entity manager, never entities.
 */
package org.leadpractitioner.web.api;
