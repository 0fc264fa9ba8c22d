/**
 * The two faces of the application: the PrimeFaces pages ({@code web.faces}) and the JAX-RS API
 * ({@code web.api}). Both call the EJB boundaries and receive DTOs, never managed entities; neither
 * holds business rules of its own.
 */
package org.leadpractitioner.web;
