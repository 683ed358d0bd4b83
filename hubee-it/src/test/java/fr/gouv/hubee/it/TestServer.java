package fr.gouv.hubee.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The test server and the real EAR, as the tests deploy it. */
public final class TestServer {

    /** Port offset 100 (arquillian.xml), so tests can run beside the demo portal. */
    public static final String BASE_URL = "http://localhost:8180/hubee/";

    private TestServer() {
    }

    /** "postgresql" or "h2": what provision-it.sh configured. */
    public static String database() {
        try {
            return Files.readString(Path.of(System.getProperty("jboss.home"), ".hubee-db")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EAR built by hubee-ear, untouched: for HTTP and browser tests. */
    public static EnterpriseArchive realEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("hubee.ear")));
    }

    /**
     * The real EAR with test classes added to its EJB module (so they see the services), and
     * Elytron's API for running code as a given user.
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = realEar();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "hubee-ejb.jar");
        ejb.addClasses(testClasses).addClasses(TestServer.class, Identities.class, TestSupport.class);
        ear.addAsManifestResource(new StringAsset("""
                <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                    <sub-deployment name="hubee-ejb.jar">
                        <dependencies>
                            <module name="org.wildfly.security.elytron"/>
                        </dependencies>
                    </sub-deployment>
                </jboss-deployment-structure>
                """), "jboss-deployment-structure.xml");
        return ear;
    }

}
