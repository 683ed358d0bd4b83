package fr.gouv.hubee.interfaces.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON or form body is at most {@value #MAX_BYTES} bytes (a folder of 100 cases and 100
 * attachments is well under): larger is a 413 in the contract's words, before anything is read
 * into memory — from the declared length, or while a chunked body streams in. File uploads are
 * octet-streams bounded by their declared size, not by this.
 */
@Provider
public class JsonBodyLimit implements ContainerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;
    static final String MESSAGE = "Payload Too Large : a JSON body is at most " + MAX_BYTES + " bytes";

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE))) {
            return;
        }
        Long length = Requests.contentLength(request.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH));
        if (length != null && length > MAX_BYTES) {
            throw new WebApplicationException(response());
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    /** The 413, whether the declared length or the counted stream found the body too large. */
    static Response response() {
        return ApiError.response(413, MESSAGE);
    }

    /** Thrown by the stream when a body without a declared length grows past the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(MESSAGE);
        }
    }

    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }
    }
}
