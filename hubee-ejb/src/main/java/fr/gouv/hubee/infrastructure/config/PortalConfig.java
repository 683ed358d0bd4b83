package fr.gouv.hubee.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;

/** Settings read from system properties first, then the environment (as the CLI scripts do). */
@ApplicationScoped
public class PortalConfig {

    /** The portal's public address, for links in mails: {@code hubee.portal.url} / {@code HUBEE_PORTAL_URL}. */
    public String baseUrl() {
        String url = setting("hubee.portal.url", "HUBEE_PORTAL_URL", "http://localhost:8080/hubee");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
