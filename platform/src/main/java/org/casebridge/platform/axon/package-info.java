/** Axon Framework on PostgreSQL: the event store, token and saga stores, serializers and processors. */
package org.casebridge.platform.axon;
