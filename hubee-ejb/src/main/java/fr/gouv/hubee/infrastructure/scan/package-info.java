/**
 * Malware scanning of every uploaded file by ClamAV's daemon (clamd), fed chunk by chunk through
 * its {@code INSTREAM} protocol while the file is stored ({@code MalwareScanner}); where clamd is
 * and whether scanning is on ({@code ClamavSettings}); a startup line saying which
 * ({@code ClamavStartupCheck}).
 */
package fr.gouv.hubee.infrastructure.scan;
