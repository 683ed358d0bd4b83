/**
 * User accounts of an organisation: search, creation with the actor type's default roles and the
 * activation mail, changes of roles and habilitations, deactivation; one active local
 * administrator at least.
 */
package fr.gouv.hubee.application.user;
