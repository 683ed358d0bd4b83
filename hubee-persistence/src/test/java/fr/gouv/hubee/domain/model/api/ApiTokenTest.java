package fr.gouv.hubee.domain.model.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    @Test
    void aTokenIsValidUntilItsExpiryExcludedAndCarriesItsClientsScope() {
        Instant expiry = Instant.parse("2026-11-23T10:00:00Z");
        ApiClient dataPass = new ApiClient("datapass", "hash", ApiScope.DATAPASS, null, "DataPass");
        ApiToken token = ApiToken.forClient("h", dataPass, expiry);
        assertEquals(ApiScope.DATAPASS, token.getScope());
        assertTrue(token.isValidAt(expiry.minusSeconds(1)));
        assertFalse(token.isValidAt(expiry));
        assertEquals(ApiScope.SI, ApiToken.forSubscription("h2", null, expiry).getScope());
    }
}
