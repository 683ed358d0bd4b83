/**
 * The audit as administrators read it (« Journal d'audit »: {@code AuditJournalService}) and as
 * time erases it (the retention purge job, 6 months / 3 years: {@code domain.rules.AuditRetention}).
 * Writing it is {@code infrastructure.persistence.AuditLog}'s job, in each action's transaction.
 */
package fr.gouv.hubee.application.audit;
