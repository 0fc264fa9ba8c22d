/**
 * Team Around the Family meetings (issue 4; DOMAIN.md, "Team Around the Family (TAF) meetings"): the meeting
 * ({@link TafMeeting}) with its invitees and their attendance, its record (minutes, the Signs of Safety mapping,
 * the decision), the SMART actions of the family's plan ({@link PlanAction}), the plan's review cadence
 * ({@link TafPlan}) and the circulation of the record within five working days.
 *
 * <p>Pure rules live on the entities; the services in {@code ejb/meetings} load, check access, audit and send.
 */
package org.leadpractitioner.domain.meetings;
