/**
 * User accounts, their actor type, roles and per-démarche habilitations
 * ({@code ProcedureAuthorization}).
 */
package fr.gouv.hubee.domain.model.user;
