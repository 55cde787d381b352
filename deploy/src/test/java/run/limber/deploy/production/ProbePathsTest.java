package run.limber.deploy.production;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every probe of the Deployment asks a path the running app answers, and answers UP once Limber has started. */
@QuarkusTest
class ProbePathsTest {

    @Test
    void everyProbeOfTheDeploymentIsAnsweredUp() {
        Container app = KubernetesManifestsTest.onlyContainer(Manifests.sourceFiles().one(Deployment.class));
        List<String> paths = Stream.of(app.getStartupProbe(), app.getLivenessProbe(), app.getReadinessProbe())
                .map(Probe::getHttpGet).map(get -> get.getPath()).toList();
        assertEquals(3, paths.stream().distinct().count(), "three probes, three paths: " + paths);
        for (String path : paths) {
            given().when().get(path)
                    .then().statusCode(200)
                    .body("status", is("UP"));
        }
    }

}
