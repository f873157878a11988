/** The demo identity provider: Spring Authorization Server with the demo directory. Depends on no service. */
package org.casebridge.identity;
