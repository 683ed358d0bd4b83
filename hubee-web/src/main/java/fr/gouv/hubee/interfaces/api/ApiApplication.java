package fr.gouv.hubee.interfaces.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The HubEE API v1 under {@code /hubee/api}: existing clients keep their paths ({@code /token},
 * {@code /teledossiers/v1/...}, {@code /referential/v1/...}) and change only their base URL.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
