package fr.gouv.hubee.interfaces.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without a resolver RESTEasy builds a Jsonb per request
 * and Yasson introspects every DTO again each time (a quarter of the server's CPU under
 * bench/api-intake); a Jsonb is thread-safe and caches its class models. Null values are written
 * as {@code null}: the reference hub writes every property of its schemas and clients in the field
 * index them directly ({@code notification["eventId"]}), a missing key stops them.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
