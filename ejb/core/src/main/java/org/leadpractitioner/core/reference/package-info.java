/** Reference data the authority manages: agencies and the levels of the continuum of need. */
package org.leadpractitioner.core.reference;
