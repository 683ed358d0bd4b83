/**
 * Instructing télédossiers: the portal's use cases (list, detail, status, message, comment,
 * deposit, downloads) and the one write path of a dossier's lifecycle ({@code DossierLifecycle}),
 * which the API's exchanges, the jobs and the demo data use too. {@code DossierAccess} loads a
 * dossier or a case as {@code AccessPolicy} decides.
 */
package fr.gouv.hubee.application.dossier;
