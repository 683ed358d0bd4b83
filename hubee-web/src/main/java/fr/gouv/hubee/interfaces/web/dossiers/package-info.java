/**
 * « Télédossiers »: the list's query ({@code DossierList}), what is done on its rows
 * ({@code DossierSelection}), one dossier ({@code Teledossier}), exports and streamed downloads.
 */
package fr.gouv.hubee.interfaces.web.dossiers;
