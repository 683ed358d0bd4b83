/**
 * Scheduled jobs: one persistent minute timer ({@code JobScheduler}) runs the jobs that are due,
 * each claimed once per cluster ({@code JobClaims}) and worked in bounded batches, one
 * transaction each: notification mails, account expiry and inactivity, retention purge,
 * subscription activation.
 */
package fr.gouv.hubee.application.jobs;
