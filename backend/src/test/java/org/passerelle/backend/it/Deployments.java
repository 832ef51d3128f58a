package org.passerelle.backend.it;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the integration tests deploy: the backend module as built (classes, migrations,
 * persistence unit, demo data) with its runtime libraries, as the application's WAR carries them.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive backend() {
        JavaArchive backend = ShrinkWrap.create(JavaArchive.class, "backend.jar")
                .as(ExplodedImporter.class).importDirectory(new File("target/classes")).as(JavaArchive.class);
        File[] libraries = Objects.requireNonNull(new File("target/it-libs").listFiles(),
                "target/it-libs is missing: run the integration tests through Maven (mvn verify)");
        Arrays.sort(libraries);
        return ShrinkWrap.create(WebArchive.class, "passerelle-it.war")
                .addAsLibrary(backend)
                .addAsLibraries(libraries)
                .addClasses(Deployments.class, ItSupport.class)
                .addAsWebInfResource(new File("src/test/resources/it-beans.xml"), "beans.xml");
    }
}
