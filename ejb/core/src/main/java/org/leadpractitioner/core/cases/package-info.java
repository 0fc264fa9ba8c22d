/**
 * Early help cases: opening one with the family's consent, consent declined or withdrawn, the people
 * involved, stepping up and closing; "my cases" and case search, scoped to what the caller may see.
 */
package org.leadpractitioner.core.cases;
