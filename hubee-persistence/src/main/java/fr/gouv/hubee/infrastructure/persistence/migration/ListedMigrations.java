package fr.gouv.hubee.infrastructure.persistence.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Gives Flyway the SQL migrations named in {@code db/migration/migrations.list}, read from a class
 * loader. Flyway's class-path scanning does not see inside WildFly's VFS deployments, so the list
 * is explicit (a unit test checks it names every file of the folder).
 */
public final class ListedMigrations implements ResourceProvider {

    public static final String FOLDER = "db/migration";
    public static final String LIST = FOLDER + "/migrations.list";

    private final ClassLoader classLoader;
    private final List<String> fileNames;

    public ListedMigrations(ClassLoader classLoader) {
        this.classLoader = classLoader;
        this.fileNames = readList(classLoader);
    }

    public List<String> fileNames() {
        return fileNames;
    }

    private static List<String> readList(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " not found");
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return fileNames.contains(name) ? new Migration(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (String name : fileNames) {
            if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                found.add(new Migration(name));
            }
        }
        return found;
    }

    private final class Migration extends LoadableResource {
        private final String fileName;

        Migration(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public Reader read() {
            InputStream in = classLoader.getResourceAsStream(FOLDER + "/" + fileName);
            if (in == null) {
                throw new IllegalStateException("migration " + fileName + " listed but missing");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + "/" + fileName;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            return fileName;
        }
    }
}
