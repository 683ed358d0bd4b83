/**
 * What every page shares: navigation and counts, dates, the action helper ({@code Actions}), the
 * error pages, and the national administrator's pages (API clients, jobs).
 */
package fr.gouv.hubee.interfaces.web.shell;
