/**
 * Démarches: their operator, attachment formats and sizes, retention and the settings the
 * national administration changes through the referential.
 */
package fr.gouv.hubee.domain.model.procedure;
