/** The REST API to read and erase a case's personal details. */
package org.casebridge.cases.personaldetails.web;
