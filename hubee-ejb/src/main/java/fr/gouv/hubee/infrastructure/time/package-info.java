/**
 * The application's clock (Europe/Paris), injected so that tests and jobs can choose the instant.
 */
package fr.gouv.hubee.infrastructure.time;
