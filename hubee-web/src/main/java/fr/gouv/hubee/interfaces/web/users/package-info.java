/**
 * « Gestion des comptes »: the list with its filters, the account form shared by creation and
 * edition, and their beans.
 */
package fr.gouv.hubee.interfaces.web.users;
