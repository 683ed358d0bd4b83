/**
 * The record of each scheduled job's runs, claimed under a row lock so that a cluster runs it once.
 */
package fr.gouv.hubee.domain.model.job;
