/**
 * The portal: one package per screen, each backing bean named after its page (thin: it holds
 * form state and calls a service), plus the security glue.
 */
package fr.gouv.hubee.interfaces.web;
