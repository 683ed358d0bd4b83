package fr.gouv.hubee.infrastructure.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.gouv.hubee.domain.rules.MalwareVerdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClamdStreamTest {

    @Test
    void readsClamdsThreeKindsOfAnswer() {
        assertEquals(MalwareVerdict.clean(), ClamdStream.parse("stream: OK"));
        assertEquals(MalwareVerdict.infected("Win.Test.EICAR_HDB-1"), ClamdStream.parse("stream: Win.Test.EICAR_HDB-1 FOUND"));
        assertEquals(MalwareVerdict.Outcome.UNSCANNABLE,
                ClamdStream.parse("INSTREAM size limit exceeded. ERROR").outcome());
    }

    @Test
    void anAnswerEndsAtItsNulByte() throws IOException {
        assertEquals("stream: OK", ClamdStream.readAnswer(
                new ByteArrayInputStream("stream: OK\0garbage".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aClamdThatDoesNotListenMakesTheFileUnscannableNotClean() throws IOException {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        try (MalwareScan scan = ClamdStream.open("127.0.0.1", freePort)) {
            scan.feed(new byte[] {1, 2, 3}, 3);
            assertEquals(MalwareVerdict.Outcome.UNSCANNABLE, scan.verdict().outcome());
        }
    }
}
