/**
 * The HubEE v1 API in JAX-RS: resources that read the contract's requests, call the exchange EJBs
 * as the authenticated caller and write the contract's answers (all properties, nulls included,
 * never cached); one exception mapper gives every failure the contract's error body.
 */
package fr.gouv.hubee.interfaces.api;
