/**
 * Single-use, time-limited secrets sent by mail (activation and reset links, login codes), stored
 * hashed.
 */
package fr.gouv.hubee.domain.model.token;
