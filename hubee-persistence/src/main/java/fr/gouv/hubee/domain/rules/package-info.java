/**
 * The rules of the domain, in plain Java with exhaustive unit tests, beside the entities they
 * govern: the portal's status machine and the API's status rules (applied by the dossier
 * aggregate), default roles per actor type, password policy and expiry, login throttling,
 * retention and notification schedules, SIRET, phone and e-mail formats. Neither the web layer
 * nor SQL repeats them.
 */
package fr.gouv.hubee.domain.rules;
