package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.rules.MalwareVerdict;
import fr.gouv.hubee.infrastructure.scan.MalwareScan;
import fr.gouv.hubee.infrastructure.scan.MalwareScanner;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Attachment contents, stored as rows of {@value #CHUNK_SIZE} bytes in {@code attachment_chunk}.
 * Writing and reading hold one chunk in memory at a time, whatever the file's size, on PostgreSQL
 * and H2 alike. Runs in the caller's transaction (the datasource is JTA-enlisted).
 */
@ApplicationScoped
public class AttachmentContentStore {

    static final int CHUNK_SIZE = 256 * 1024;

    private static final Logger LOG = Logger.getLogger(AttachmentContentStore.class.getName());

    @Resource(lookup = "java:jboss/datasources/HubeeDS")
    DataSource dataSource;

    @Inject
    MalwareScanner scanner;

    /**
     * What was stored: the byte count, the base64 SHA-256 (the contract's digest form), the
     * detected type and the antivirus's verdict. The caller refuses what must not be kept.
     */
    public record Stored(long size, String digest, String detectedType, MalwareVerdict verdict) {
    }

    /** Thread-safe; tika-core alone: magic bytes and name patterns, no parser. */
    private static final org.apache.tika.Tika TYPES = new org.apache.tika.Tika();

    /** Thrown when the content exceeds the allowed size; the transaction must roll back. */
    public static class TooLargeException extends IOException {
        public TooLargeException() {
            super("content larger than allowed");
        }
    }

    /**
     * Stores documents HubEE wrote itself (the demo's generated PDFs and XML, test fixtures): no
     * one sent them, so no antivirus round trip.
     */
    public Stored storeOwnDocument(UUID attachmentId, InputStream content, long maxBytes) throws IOException {
        return store(attachmentId, content, maxBytes, null, MalwareScan.OFF);
    }

    /**
     * Stores a file someone sent: its content streams in, is counted and hashed, its type is
     * detected, and the antivirus reads it on the way.
     */
    public Stored store(UUID attachmentId, InputStream content, long maxBytes, String fileName) throws IOException {
        return store(attachmentId, content, maxBytes, fileName, scanner.start());
    }

    /**
     * Stores the content while it streams in, counting and hashing it, and detects its type from
     * the first chunk and {@code fileName} (Apache Tika's magic and name patterns), and feeding
     * each chunk to the antivirus as it goes (no second pass over the file).
     */
    private Stored store(UUID attachmentId, InputStream content, long maxBytes, String fileName, MalwareScan started)
            throws IOException {
        MessageDigest sha256 = sha256();
        long total = 0;
        String detected = null;
        MalwareVerdict verdict;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into attachment_chunk (attachment_id, seq, data) values (?, ?, ?)");
             InputStream in = new DigestInputStream(content, sha256);
             MalwareScan scan = started) {
            byte[] buffer = new byte[CHUNK_SIZE];
            int seq = 0;
            int filled;
            while ((filled = in.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
                if (detected == null) {
                    detected = TYPES.detect(Arrays.copyOf(buffer, filled), fileName);
                }
                total += filled;
                if (total > maxBytes) {
                    throw new TooLargeException();
                }
                scan.feed(buffer, filled);
                insert.setObject(1, attachmentId);
                insert.setInt(2, seq++);
                insert.setBytes(3, filled == CHUNK_SIZE ? buffer : Arrays.copyOf(buffer, filled));
                insert.executeUpdate();
            }
            verdict = scan.verdict();
        } catch (SQLException e) {
            throw new IOException("could not store attachment content", e);
        }
        if (!verdict.allowsStorage()) {
            // The attachment's id only: the file's name may say who the citizen is.
            LOG.warning(() -> "Attachment " + attachmentId + " refused by the antivirus: " + verdict.outcome()
                    + (verdict.detail() != null ? " (" + verdict.detail() + ")" : ""));
        }
        return new Stored(total, Base64.getEncoder().encodeToString(sha256.digest()),
                detected != null ? detected : TYPES.detect(new byte[0], fileName), verdict);
    }

    /** Streams the content to {@code out}, one chunk at a time; returns the byte count. */
    public long copyTo(UUID attachmentId, OutputStream out) throws IOException {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select data from attachment_chunk where attachment_id = ? order by seq")) {
            // A small fetch size makes PostgreSQL use a cursor instead of reading every row first.
            select.setFetchSize(1);
            select.setObject(1, attachmentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byte[] chunk = rows.getBytes(1);
                    out.write(chunk);
                    total += chunk.length;
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not read attachment content", e);
        }
        return total;
    }

    /** Deletes the content (retention purge); returns the number of chunks removed. */
    public int delete(UUID attachmentId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from attachment_chunk where attachment_id = ?")) {
            delete.setObject(1, attachmentId);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("could not delete attachment content", e));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
