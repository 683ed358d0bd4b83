/**
 * Settings read from system properties and the environment (portal address, demo mode).
 */
package fr.gouv.hubee.infrastructure.config;
