/**
 * The security audit trail: logins, refusals, codes, links — never a password or a code.
 */
package fr.gouv.hubee.domain.model.audit;
