/**
 * API clients of operators, DataPass and the national administration, their scopes, and issued
 * bearer tokens (kept as SHA-256 with owner and expiry).
 */
package fr.gouv.hubee.domain.model.api;
