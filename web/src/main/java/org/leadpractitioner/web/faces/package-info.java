/**
 * The PrimeFaces pages' backing beans: one view-scoped bean per page, named after it, loading through
 * {@code f:viewParam}/{@code f:viewAction} and calling the EJB boundaries. Rule breaches become Faces
 * messages next to the field concerned.
 */
package org.leadpractitioner.web.faces;
