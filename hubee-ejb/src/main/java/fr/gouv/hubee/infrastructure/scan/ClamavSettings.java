package fr.gouv.hubee.infrastructure.scan;

import fr.gouv.hubee.infrastructure.config.PortalConfig;

/**
 * Where clamd listens ({@code hubee.clamav.host}/{@code .port}, or {@code HUBEE_CLAMAV_HOST}/
 * {@code _PORT}: configure-clamav.cli) and whether scanning is on. It is on unless
 * {@code HUBEE_CLAMAV=off} is set explicitly: a server that merely lacks clamd refuses uploads
 * rather than keeping unscanned files.
 */
public record ClamavSettings(boolean enabled, String host, int port) {

    public static ClamavSettings current() {
        boolean off = "off".equalsIgnoreCase(PortalConfig.setting("hubee.clamav", "HUBEE_CLAMAV", "on").strip());
        String host = PortalConfig.setting("hubee.clamav.host", "HUBEE_CLAMAV_HOST", "127.0.0.1");
        int port = Integer.parseInt(PortalConfig.setting("hubee.clamav.port", "HUBEE_CLAMAV_PORT", "3310").strip());
        return new ClamavSettings(!off, host, port);
    }

    @Override
    public String toString() {
        return enabled ? "clamd at " + host + ":" + port : "scanning off";
    }
}
