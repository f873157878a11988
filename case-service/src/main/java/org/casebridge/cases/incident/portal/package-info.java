/**
 * The DSL's portal pages (GOV.UK Design System, on the platform's portal foundation): report an incident as a short
 * series of questions with a draft saved as the DSL types, the initial review, the decision to refer or handle in
 * school, parents, viewing, devices and closure, the case list and each case as a task list with its timeline. Every
 * page sends the same commands ({@code CaseCommands}, {@code IncidentIntake}) and asks the same queries as the API;
 * there is no other way to the case.
 */
package org.casebridge.cases.incident.portal;
