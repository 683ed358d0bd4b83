package fr.gouv.hubee.infrastructure.scan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Says at startup how uploads will be scanned, so an operator reading the log knows: scanning off
 * (a warning, it was asked for), clamd answering, or clamd missing (an error: uploads are refused
 * until it answers).
 */
@Startup
@Singleton
public class ClamavStartupCheck {

    private static final Logger LOG = Logger.getLogger(ClamavStartupCheck.class.getName());

    @PostConstruct
    void check() {
        ClamavSettings settings = ClamavSettings.current();
        if (!settings.enabled()) {
            LOG.warning("HUBEE_CLAMAV=off: uploaded files are stored WITHOUT a malware scan");
        } else if (ClamdStream.ping(settings.host(), settings.port())) {
            LOG.info(() -> "Uploaded files are scanned by " + settings);
        } else {
            LOG.log(Level.SEVERE, "No answer from {0}: every upload is refused until clamd answers"
                    + " (or set HUBEE_CLAMAV=off to store files unscanned)", settings);
        }
    }
}
