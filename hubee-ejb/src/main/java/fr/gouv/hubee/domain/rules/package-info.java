/**
 * The rules of the domain, in plain Java with exhaustive unit tests: the portal's status machine,
 * default roles per actor type, SIRET and phone number formats. Services call them; neither the
 * web layer nor SQL repeats them.
 */
package fr.gouv.hubee.domain.rules;
