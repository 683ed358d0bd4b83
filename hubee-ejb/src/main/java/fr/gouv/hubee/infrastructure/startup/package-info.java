/**
 * Startup singletons: Flyway's migrations before any business call, then the demo data set
 * (only with {@code hubee.demo=true}), played through the dossier lifecycle.
 */
package fr.gouv.hubee.infrastructure.startup;
