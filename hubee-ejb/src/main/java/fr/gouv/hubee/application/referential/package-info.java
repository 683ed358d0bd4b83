/**
 * The API's referential ({@code /referential/v1}) of organisations and démarches, for the
 * national administration's software; paged and ordered as the contract says.
 */
package fr.gouv.hubee.application.referential;
