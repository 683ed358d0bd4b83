/**
 * The HubEE domain model: JPA entities and enums, one package per aggregate. Entities keep their
 * state consistent and expose intention-revealing methods that refuse what the rules of
 * {@code domain.rules} forbid; both are plain Java, unit-tested without a container.
 */
package fr.gouv.hubee.domain.model;
