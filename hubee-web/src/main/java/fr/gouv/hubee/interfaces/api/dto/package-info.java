/**
 * Request and answer bodies of the contract, validated by Bean Validation before any service call.
 */
package fr.gouv.hubee.interfaces.api.dto;
