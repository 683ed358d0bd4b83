package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.exchange.AttachmentExchange;
import fr.gouv.hubee.application.exchange.ExchangeViews.DownloadInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A streamed file with its {@code digest} header; errors come before the first byte. */
final class Downloads {

    private Downloads() {
    }

    static Response of(AttachmentExchange attachments, UUID caseId, UUID eventId, UUID attachmentId) {
        DownloadInfo info = attachments.find(caseId, eventId, attachmentId);
        StreamingOutput body = out -> attachments.write(caseId, eventId, attachmentId, out);
        String encoded = URLEncoder.encode(info.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, "application/octet-stream")
                .header("digest", info.digest())
                .header("Content-Length", info.size())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }
}
