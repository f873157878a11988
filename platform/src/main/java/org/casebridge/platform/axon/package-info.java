/** Axon Framework on PostgreSQL: the event store, token and saga stores, serializers and processors. */
@NullMarked
package org.casebridge.platform.axon;

import org.jspecify.annotations.NullMarked;
