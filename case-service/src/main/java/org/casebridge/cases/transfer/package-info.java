/**
 * Child protection file transfer between schools (KCSIE; ADR 0054). The sending case records the transfer, its
 * receipt and its reminder ({@code SafeguardingCase}); the receiving school keeps its own record of the child
 * ({@code TransferredChildRecord}), with the child's identity under the record's own key. Depends on {@code incident};
 * nothing there depends on this package. Nothing of it goes on Kafka: both schools use case-service.
 */
package org.casebridge.cases.transfer;
