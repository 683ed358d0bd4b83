/**
 * Flyway's migrations as a listed resource set (WildFly's VFS cannot be scanned).
 */
package fr.gouv.hubee.infrastructure.persistence.migration;
