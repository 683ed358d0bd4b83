/**
 * The télédossier aggregate: a {@code Folder} sent by an operator, its cases ({@code Dossier}, one
 * per recipient), their {@code Event}s and {@code Attachment}s. {@code Dossier}, {@code Folder} and
 * {@code Event} guard the lifecycle: their methods refuse what {@code PortalStatusMachine} (agents,
 * through the portal) or {@code ApiStatusRules} (software, through the API) forbid, and return the
 * events they leave; an {@code Actor} says who acts, on which {@code Side}, through which channel.
 */
package fr.gouv.hubee.domain.model.dossier;
