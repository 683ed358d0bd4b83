package fr.gouv.hubee.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

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
     * The real EAR plus a test-only WAR ({@code /hubee-it-support}) whose endpoints prepare what
     * browser tests need (see {@link SupportResource}).
     */
    public static EnterpriseArchive earWithSupport() {
        EnterpriseArchive ear = realEar();
        WebArchive support = ShrinkWrap.create(WebArchive.class, "hubee-it-support.war")
                .addClasses(SupportResource.class, SupportResource.Rest.class, TestSupport.class, Fixtures.class,
                        Fixtures.World.class, Identities.class,
                        Identities.ThrowingRunnable.class)
                .addAsWebInfResource(new StringAsset("<beans bean-discovery-mode=\"all\"/>"), "beans.xml");
        ear.addAsModule(support);
        // The EAR lists its modules in application.xml: the support WAR must be listed too.
        String applicationXml = read(ear.get("META-INF/application.xml").getAsset());
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml.replace("</application>",
                "<module><web><web-uri>hubee-it-support.war</web-uri><context-root>/hubee-it-support</context-root>"
                        + "</web></module></application>")));
        ear.addAsManifestResource(new StringAsset(deploymentStructure("hubee-it-support.war")),
                "jboss-deployment-structure.xml");
        return ear;
    }

    private static String read(Asset asset) {
        try (var in = asset.openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String deploymentStructure(String subDeployment) {
        return """
                <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                    <sub-deployment name="%s">
                        <dependencies>
                            <module name="org.wildfly.security.elytron"/>
                        </dependencies>
                    </sub-deployment>
                </jboss-deployment-structure>
                """.formatted(subDeployment);
    }

    /**
     * The real EAR with test classes added to its EJB module (so they see the services), and
     * Elytron's API for running code as a given user.
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = realEar();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "hubee-ejb.jar");
        ejb.addClasses(testClasses).addClasses(TestServer.class, Identities.class, TestSupport.class, Fixtures.class,
                Fixtures.World.class);
        ear.addAsManifestResource(new StringAsset(deploymentStructure("hubee-ejb.jar")), "jboss-deployment-structure.xml");
        return ear;
    }

}
