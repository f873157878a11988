-- Reads are recorded in the platform's append-only access_log (ADR 0007), shared by every service.
DROP TABLE police_case_read;
