package se.livsviktig.platform.deploy.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running {@code build/deploy.sh} against a temporary {@code $LIFERAY_HOME} deploys exactly the app's bundles,
 * once each, its modules' own jars, the environments' {@code .config} files, and no portal-wide properties.
 *
 * @author Livsviktig
 */
public interface DeployScriptChecks {

	AppJars appJars();

	DeployScriptExpectation deployScriptExpectation();

	@Test
	default void deployScriptDeploysEachBundleOnceAndWritesNoPortalProperties(
			@TempDir Path liferayHome)
		throws Exception {

		assumeTrue(
			deployScriptExpectation() == DeployScriptExpectation.DEPLOYS,
			"deploy.sh refuses " + appJars().app() + " until it is released");

		for (String environment : _environments()) {
			Path home = liferayHome.resolve(environment);

			DeployScriptRun deployScriptRun = DeployScriptRun.run(
				appJars().root(), environment, appJars().app(), home);

			assertEquals(0, deployScriptRun.exitCode(), deployScriptRun.output());

			Map<String, List<Path>> deployedBySymbolicName = new HashMap<>();

			for (Path jar : deployScriptRun.deployedJars()) {
				deployedBySymbolicName.computeIfAbsent(
					_symbolicName(jar), key -> new ArrayList<>()
				).add(
					jar
				);
			}

			deployedBySymbolicName.forEach(
				(symbolicName, jars) -> assertEquals(
					1, jars.size(),
					environment + ": " + symbolicName + " deployed more than once: " +
						jars));

			assertEquals(
				appJars().builtBundles().stream(
				).map(
					BuiltBundle::symbolicName
				).collect(
					Collectors.toCollection(TreeSet::new)
				),
				new TreeSet<>(deployedBySymbolicName.keySet()),
				environment + ": deployed bundles");

			for (BuiltBundle builtBundle : appJars().builtBundles()) {
				List<Path> jars = deployedBySymbolicName.get(
					builtBundle.symbolicName());

				assertTrue(
					(jars != null) && (jars.size() == 1),
					environment + ": " + builtBundle + " not deployed once: " + jars);

				assertTrue(
					Arrays.equals(
						Files.readAllBytes(jars.get(0)),
						Files.readAllBytes(builtBundle.jar())),
					environment + ": the deployed " + builtBundle +
						" is not its module's own jar " + builtBundle.jar());
			}

			assertEquals(
				DeployScriptRun.OWNERS_PORTAL_EXT,
				deployScriptRun.portalExtProperties(),
				environment + ": the portal owner's portal-ext.properties changed");

			assertEquals(
				List.of("deploy", "osgi", "portal-ext.properties"),
				deployScriptRun.liferayHomeEntries(),
				environment + ": deploy.sh wrote outside deploy/ and osgi/configs/");

			Set<String> expectedConfigs = new TreeSet<>();

			for (String folder : List.of("common", environment)) {
				expectedConfigs.addAll(
					_fileNames(
						appJars().root().resolve("configs").resolve(folder).resolve(
							"osgi/configs"),
						".config"));
			}

			assertEquals(
				expectedConfigs, new TreeSet<>(deployScriptRun.osgiConfigs()),
				environment + ": OSGi configuration files copied");
		}
	}

	/**
	 * An app that is not released (it cannot run in production on its own yet) is refused by name, in every
	 * environment, before the script writes anything.
	 */
	@Test
	default void deployScriptRefusesAnAppNotReleasedYet(
			@TempDir Path liferayHome)
		throws Exception {

		assumeTrue(
			deployScriptExpectation() ==
				DeployScriptExpectation.REFUSES_UNTIL_RELEASED,
			"deploy.sh deploys " + appJars().app());

		for (String environment : _environments()) {
			DeployScriptRun deployScriptRun = DeployScriptRun.run(
				appJars().root(), environment, appJars().app(),
				liferayHome.resolve(environment));

			assertEquals(2, deployScriptRun.exitCode(), deployScriptRun.output());
			assertTrue(
				deployScriptRun.output().contains("not released"),
				deployScriptRun.output());
			assertEquals(
				List.of("portal-ext.properties"),
				deployScriptRun.liferayHomeEntries(),
				environment + ": deploy.sh wrote something for an app it refuses");
		}
	}

	private List<String> _environments() throws IOException {
		List<String> environments = new ArrayList<>();

		try (Stream<Path> paths = Files.list(appJars().root().resolve("configs"))) {
			paths.filter(
				Files::isDirectory
			).map(
				path -> String.valueOf(path.getFileName())
			).filter(
				name -> !name.equals("common")
			).sorted(
			).forEach(
				environments::add
			);
		}

		return environments;
	}

	private static List<String> _fileNames(Path dir, String suffix) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}

		try (Stream<Path> paths = Files.list(dir)) {
			return paths.map(
				path -> String.valueOf(path.getFileName())
			).filter(
				fileName -> fileName.endsWith(suffix)
			).collect(
				Collectors.toList()
			);
		}
	}

	private static String _symbolicName(Path jar) throws IOException {
		try (JarFile jarFile = new JarFile(jar.toFile())) {
			String symbolicName = jarFile.getManifest(
			).getMainAttributes(
			).getValue(
				"Bundle-SymbolicName"
			);

			return symbolicName.split(";")[0].trim();
		}
	}

}
