/** Test support: real PostgreSQL and Kafka, started once per test JVM. Test scope only. */
package org.casebridge.platform.test;
