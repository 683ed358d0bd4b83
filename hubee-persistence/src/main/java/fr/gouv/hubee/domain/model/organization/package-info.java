/**
 * Organisations: services instructeurs, operators and the national administration, identified by
 * type, SIRET and branch code.
 */
package fr.gouv.hubee.domain.model.organization;
