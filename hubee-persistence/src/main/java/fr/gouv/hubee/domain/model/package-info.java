/**
 * The HubEE domain model: JPA entities and enums, one package per aggregate. Rules that decide
 * (status machine, default roles, SIRET, phone formats) live in hubee-ejb's {@code domain.rules};
 * entities here keep their state consistent and expose intention-revealing methods.
 */
package fr.gouv.hubee.domain.model;
