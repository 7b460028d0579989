package se.livsviktig.platform.deploy.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.liferay.configuration.admin.category.ConfigurationCategory;
import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the portal reads from an app's built jars at deploy time, checked for every bundle of the app (T2d). An
 * app's {@code -test} module gets all of it with one small class that names the app:
 * <pre>class TrainingDeployReadingIT extends DeployReadingChecks { TrainingDeployReadingIT() { super("training"); } }</pre>
 * The lists checked are derived from the jars (action-key constants, permission registrations,
 * {@code @Meta.OCD} interfaces), never copied by hand.
 *
 * @author Livsviktig
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DeployReadingChecks {

	public static final List<Locale> LOCALES = List.of(
		new Locale("sv", "SE"), Locale.US);

	protected DeployReadingChecks(String app) {
		_app = app;
	}

	@Test
	public void deployScriptDeploysEachBundleOnceAndWritesNoPortalProperties(
			@TempDir Path liferayHome)
		throws Exception {

		for (String environment : _environments()) {
			Path home = liferayHome.resolve(environment);

			DeployScriptRun deployScriptRun = DeployScriptRun.run(
				_root, environment, _app, home);

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
				_builtBundles.stream(
				).map(
					BuiltBundle::symbolicName
				).collect(
					Collectors.toCollection(TreeSet::new)
				),
				new TreeSet<>(deployedBySymbolicName.keySet()),
				environment + ": deployed bundles");

			for (BuiltBundle builtBundle : _builtBundles) {
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
						_root.resolve("configs").resolve(folder).resolve(
							"osgi/configs"),
						".config"));
			}

			assertEquals(
				expectedConfigs, new TreeSet<>(deployScriptRun.osgiConfigs()),
				environment + ": OSGi configuration files copied");
		}
	}

	@Test
	public void everyActionAndModelResourceIsTranslatedInSwedishAndEnglish()
		throws Exception {

		Set<String> keys = new TreeSet<>();

		Set<String> portalActionKeys = _constants(ActionKeys.class);

		for (String action : _union(_portalResourceActions.actions(), _actionKeysInCode())) {
			if (!portalActionKeys.contains(action)) {
				keys.add("action." + action);
			}
		}

		for (String modelName :
				_union(
					new TreeSet<>(_portalResourceActions.modelNames()),
					_resourcesCheckedInCode())) {

			keys.add("model.resource." + modelName);
		}

		assertFalse(keys.isEmpty(), "No action or model resource read at all");

		List<String> missing = new ArrayList<>();

		for (String key : keys) {
			for (Locale locale : LOCALES) {
				boolean found = _builtBundles.stream(
				).anyMatch(
					builtBundle -> LanguageResolver.resolve(
						builtBundle, key, locale
					).isPresent()
				);

				if (!found) {
					missing.add(locale + " " + key);
				}
			}
		}

		assertEquals(
			List.of(), missing,
			"Keys the Permissions screen shows raw: none of the app's bundles with the " +
				LanguageResolver.CAPABILITY + " capability has them");
	}

	@Test
	public void everyConfigurationCategoryHasItsComponentAndLabel() throws Exception {
		Set<String> categories = new TreeSet<>();

		for (BuiltBundle builtBundle : _builtBundles) {
			for (String className : MetatypeDescription.annotatedInterfaces(builtBundle)) {
				Class<?> clazz = builtBundle.classLoader().loadClass(className);

				ExtendedObjectClassDefinition extendedObjectClassDefinition =
					clazz.getAnnotation(ExtendedObjectClassDefinition.class);

				if ((extendedObjectClassDefinition != null) &&
					!extendedObjectClassDefinition.category().isEmpty()) {

					categories.add(extendedObjectClassDefinition.category());
				}
			}
		}

		Map<String, ConfigurationCategory> configurationCategories = new HashMap<>();

		for (BuiltBundle builtBundle : _builtBundles) {
			for (ComponentDescription componentDescription :
					ComponentDescription.of(builtBundle)) {

				if (componentDescription.provides(
						ConfigurationCategory.class.getName())) {

					ConfigurationCategory configurationCategory =
						(ConfigurationCategory)builtBundle.classLoader(
						).loadClass(
							componentDescription.implementationClassName()
						).getDeclaredConstructor(
						).newInstance();

					configurationCategories.put(
						configurationCategory.getCategoryKey(),
						configurationCategory);
				}
			}
		}

		for (String category : categories) {
			ConfigurationCategory configurationCategory =
				configurationCategories.get(category);

			if (configurationCategory == null) {
				fail(
					"No ConfigurationCategory component for the settings category " +
						category);
			}

			BuiltBundle labelBundle = _builtBundles.stream(
			).filter(
				builtBundle -> builtBundle.symbolicName().equals(
					configurationCategory.getBundleSymbolicName())
			).findFirst(
			).orElseThrow(
				() -> new AssertionError(
					"The category " + category + " takes its label from " +
						configurationCategory.getBundleSymbolicName() +
							", which is not a bundle of the app")
			);

			for (Locale locale : LOCALES) {
				assertTrue(
					LanguageResolver.resolve(
						labelBundle, "category." + category, locale
					).isPresent(),
					"category." + category + " in " + locale + " through " +
						labelBundle);
			}
		}
	}

	@Test
	public void everyConfigurationInterfaceHasMetatypeWithLabelsInSwedishAndEnglish() {
		List<String> problems = new ArrayList<>();

		for (BuiltBundle builtBundle : _builtBundles) {
			List<MetatypeDescription> metatypeDescriptions =
				MetatypeDescription.of(builtBundle);

			Set<String> ids = metatypeDescriptions.stream(
			).map(
				MetatypeDescription::id
			).collect(
				Collectors.toSet()
			);

			for (String className : MetatypeDescription.annotatedInterfaces(builtBundle)) {
				if (!ids.contains(className)) {
					problems.add(
						builtBundle + ": no OSGI-INF/metatype for @Meta.OCD " +
							className);
				}
			}

			for (MetatypeDescription metatypeDescription : metatypeDescriptions) {
				String baseName = metatypeDescription.localization().replace('/', '.');

				Optional<String> declaredBaseName = LanguageResolver.baseName(builtBundle);

				if (!declaredBaseName.equals(Optional.of(baseName))) {
					problems.add(
						builtBundle + " declares the resource bundle " +
							declaredBaseName + ", its metatype " +
								metatypeDescription.entryName() + " needs " + baseName);
				}

				for (String key : metatypeDescription.keys()) {
					for (Locale locale : LOCALES) {
						if (LanguageResolver.resolve(
								builtBundle, baseName, key, locale
							).isEmpty()) {

							problems.add(
								builtBundle + " " + metatypeDescription.id() + ": " +
									key + " in " + locale);
						}
					}
				}
			}
		}

		assertEquals(List.of(), problems);
	}

	@Test
	public void everyLanguageFileHasItsSwedishTwinWithTheSameKeys() throws Exception {
		List<String> problems = new ArrayList<>();

		int pairs = 0;

		for (BuiltBundle builtBundle : _builtBundles) {
			for (String entryName : builtBundle.entryNames()) {
				if (!entryName.endsWith("/Language.properties")) {
					continue;
				}

				pairs++;

				String swedishEntryName = entryName.replace(
					"Language.properties", "Language_sv.properties");

				Optional<byte[]> swedish = builtBundle.entry(swedishEntryName);

				if (swedish.isEmpty()) {
					problems.add(builtBundle + ": no " + swedishEntryName);

					continue;
				}

				Properties english = _load(builtBundle.entry(entryName).get());
				Properties swedishProperties = _load(swedish.get());

				for (String key : _symmetricDifference(
						english.stringPropertyNames(),
						swedishProperties.stringPropertyNames())) {

					problems.add(
						builtBundle + " " + entryName + ": " + key +
							" in one language only");
				}

				for (Properties properties : List.of(english, swedishProperties)) {
					for (String key : properties.stringPropertyNames()) {
						if (properties.getProperty(key).isBlank()) {
							problems.add(builtBundle + " " + key + " is empty");
						}
					}
				}
			}
		}

		assertTrue(pairs > 0, "No Language.properties in any bundle of " + _app);
		assertEquals(List.of(), problems);
	}

	@Test
	public void resourceActionsDeclareEveryActionKeyTheCodeChecks() throws Exception {
		Set<String> declared = _portalResourceActions.actions();

		Set<String> actionKeysInCode = _actionKeysInCode();

		assertFalse(actionKeysInCode.isEmpty(), "No *ActionKeys constants found");

		Set<String> missing = new TreeSet<>(actionKeysInCode);

		missing.removeAll(declared);

		assertEquals(
			Set.of(), missing,
			"Actions the code checks that no model resource the portal reads supports");
	}

	@Test
	public void resourceActionsDeclareEveryResourceThePermissionsCheck() throws Exception {
		Set<String> checked = _resourcesCheckedInCode();

		assertFalse(
			checked.isEmpty(), "No ModelResourcePermission or PortletResourcePermission found");

		Set<String> missing = new TreeSet<>(checked);

		missing.removeAll(_portalResourceActions.modelNames());

		assertEquals(
			Set.of(), missing,
			"Resources the permission registrations check that the portal never reads " +
				"from a Liferay-Service bundle's resource.actions.configs");
	}

	@Test
	public void serviceBundlesNameTheirResourceActionsInPortletProperties() {
		List<String> problems = new ArrayList<>();

		for (BuiltBundle builtBundle : _builtBundles) {
			Optional<List<String>> configs =
				_portalResourceActions.resourceActionsConfigs(builtBundle);

			if (builtBundle.isLiferayService() &&
				configs.map(List::isEmpty).orElse(true)) {

				problems.add(
					builtBundle + " is a Liferay-Service bundle without portlet.properties " +
						"naming resource.actions.configs");
			}

			for (String config : configs.orElse(List.of())) {
				if (builtBundle.entry(config).isEmpty()) {
					problems.add(builtBundle + ": " + config + " is not in the jar");
				}
			}
		}

		assertEquals(List.of(), problems);
	}

	@BeforeAll
	void readBuiltJars() throws Exception {
		_root = _root();
		_builtBundles = BuiltBundle.ofApp(_root, _app);
		_portalResourceActions = PortalResourceActions.read(_builtBundles);
	}

	private static Set<String> _constants(Class<?> clazz) throws Exception {
		Set<String> constants = new TreeSet<>();

		for (Field field : clazz.getFields()) {
			int modifiers = field.getModifiers();

			if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) &&
				(field.getType() == String.class)) {

				constants.add((String)field.get(null));
			}
		}

		return constants;
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

	private static Properties _load(byte[] bytes) throws IOException {
		Properties properties = new Properties();

		properties.load(
			new InputStreamReader(
				new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));

		return properties;
	}

	/**
	 * The checkout's root: failsafe passes {@code livsviktig.root}; from an IDE, the first parent holding
	 * {@code build/deploy.sh}.
	 */
	private static Path _root() {
		String root = System.getProperty("livsviktig.root");

		if ((root != null) && !root.isEmpty()) {
			return Path.of(root);
		}

		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("build/deploy.sh"))) {
				return dir;
			}
		}

		throw new IllegalStateException("Cannot find the checkout's root");
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

	/**
	 * A permission registration without its name property is never found by the portal's trackers.
	 */
	private static String _property(
		ComponentDescription componentDescription, String name) {

		String value = componentDescription.properties().get(name);

		if ((value == null) || value.isEmpty()) {
			throw new AssertionError(
				componentDescription.implementationClassName() + " registers a permission without " +
					name);
		}

		return value;
	}

	private static Set<String> _symmetricDifference(Set<String> a, Set<String> b) {
		Set<String> difference = _union(a, b);

		Set<String> both = new TreeSet<>(a);

		both.retainAll(b);

		difference.removeAll(both);

		return difference;
	}

	private static Set<String> _union(Set<String> a, Set<String> b) {
		Set<String> union = new TreeSet<>(a);

		union.addAll(b);

		return union;
	}

	/**
	 * The values of every {@code *ActionKeys} class in the app's jars (e.g. {@code TrainingActionKeys}).
	 */
	private Set<String> _actionKeysInCode() throws Exception {
		Set<String> actionKeys = new TreeSet<>();

		for (BuiltBundle builtBundle : _builtBundles) {
			for (String entryName : builtBundle.entryNames()) {
				if (entryName.endsWith("ActionKeys.class") && !entryName.contains("$")) {
					String className = entryName.substring(
						0, entryName.length() - ".class".length()
					).replace(
						'/', '.'
					);

					actionKeys.addAll(
						_constants(builtBundle.classLoader().loadClass(className)));
				}
			}
		}

		return actionKeys;
	}

	private List<String> _environments() throws IOException {
		List<String> environments = new ArrayList<>();

		try (Stream<Path> paths = Files.list(_root.resolve("configs"))) {
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

	/**
	 * The model names of the app's {@code ModelResourcePermission} registrations ({@code model.class.name}) and
	 * the resource names of its {@code PortletResourcePermission} ones ({@code resource.name}).
	 */
	private Set<String> _resourcesCheckedInCode() {
		Set<String> resources = new TreeSet<>();

		for (BuiltBundle builtBundle : _builtBundles) {
			for (ComponentDescription componentDescription :
					ComponentDescription.of(builtBundle)) {

				if (componentDescription.provides(
						ModelResourcePermission.class.getName())) {

					resources.add(
						_property(componentDescription, "model.class.name"));
				}

				if (componentDescription.provides(
						PortletResourcePermission.class.getName())) {

					resources.add(_property(componentDescription, "resource.name"));
				}
			}
		}

		return resources;
	}

	private final String _app;
	private List<BuiltBundle> _builtBundles;
	private PortalResourceActions _portalResourceActions;
	private Path _root;

}
