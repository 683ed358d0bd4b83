/**
 * What every entity shares: UUID identity chosen by the application, creation and update instants,
 * optimistic locking; the accent-free search keys; {@code BusinessRuleException}, the one way a
 * rule of the domain refuses.
 */
package fr.gouv.hubee.domain.model.shared;
