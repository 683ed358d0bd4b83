package fr.gouv.hubee.infrastructure.scan;

import fr.gouv.hubee.domain.rules.MalwareVerdict;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One clamd {@code INSTREAM} session: {@code zINSTREAM\0}, then chunks each preceded by its length
 * (4 bytes, network order), a zero length to end, and one answer — {@code stream: OK},
 * {@code stream: <signature> FOUND} or an error. Any failure on the way (clamd down, the
 * connection cut because the file exceeds clamd's StreamMaxLength) makes the file unscannable,
 * never clean.
 */
final class ClamdStream implements MalwareScan {

    static final int CONNECT_TIMEOUT_MS = 3_000;
    /** clamd answers once the whole file is in: a large archive takes a while. */
    static final int ANSWER_TIMEOUT_MS = 120_000;

    private final Socket socket;
    private final DataOutputStream out;
    private String failure;

    private ClamdStream(Socket socket, DataOutputStream out, String failure) {
        this.socket = socket;
        this.out = out;
        this.failure = failure;
    }

    static ClamdStream open(String host, int port) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            return new ClamdStream(socket, out, null);
        } catch (IOException e) {
            closeQuietly(socket);
            return new ClamdStream(null, null, "clamd unreachable at " + host + ":" + port + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public void feed(byte[] bytes, int length) {
        if (failure != null || length == 0) {
            return;
        }
        try {
            out.writeInt(length);
            out.write(bytes, 0, length);
        } catch (IOException e) {
            failure = "clamd stopped reading (" + e.getMessage() + ")";
        }
    }

    @Override
    public MalwareVerdict verdict() {
        if (failure != null) {
            return MalwareVerdict.unscannable(failure);
        }
        try {
            out.writeInt(0);
            out.flush();
            return parse(readAnswer(socket.getInputStream()));
        } catch (IOException e) {
            return MalwareVerdict.unscannable("no answer from clamd (" + e.getMessage() + ")");
        }
    }

    /** {@code stream: OK}, {@code stream: Name FOUND}, or anything else (an error). */
    static MalwareVerdict parse(String answer) {
        String body = answer.startsWith("stream: ") ? answer.substring("stream: ".length()) : answer;
        if (body.equals("OK")) {
            return MalwareVerdict.clean();
        }
        if (body.endsWith(" FOUND")) {
            return MalwareVerdict.infected(body.substring(0, body.length() - " FOUND".length()));
        }
        return MalwareVerdict.unscannable("clamd: " + answer);
    }

    static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && answer.size() < 1024) {
            answer.write(b);
        }
        return answer.toString(StandardCharsets.US_ASCII).strip();
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Nothing to do: the session is over either way.
            }
        }
    }

    /** {@code zPING}: whether clamd answers {@code PONG}. */
    static boolean ping(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return "PONG".equals(readAnswer(socket.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }
}
