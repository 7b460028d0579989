package se.livsviktig.platform.deploy.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The resource actions the portal reads from the app's jars (through {@code portlet.properties} and the real
 * {@code ResourceActionsImpl}) cover every action and resource the code checks, each translated in sv and en.
 *
 * @author Livsviktig
 */
public interface PermissionResourceChecks {

	AppJars appJars();

	@Test
	default void serviceBundlesNameTheirResourceActionsInPortletProperties() {
		List<String> problems = new ArrayList<>();

		for (BuiltBundle builtBundle : appJars().builtBundles()) {
			Optional<List<String>> configs =
				appJars().portalResourceActions().resourceActionsConfigs(builtBundle);

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

	@Test
	default void resourceActionsDeclareEveryActionKeyTheCodeChecks() throws Exception {
		Set<String> declared = appJars().portalResourceActions().actions();

		Set<String> actionKeysInCode = _actionKeysInCode();

		assertFalse(actionKeysInCode.isEmpty(), "No *ActionKeys constants found");

		Set<String> missing = new TreeSet<>(actionKeysInCode);

		missing.removeAll(declared);

		assertEquals(
			Set.of(), missing,
			"Actions the code checks that no model resource the portal reads supports");
	}

	@Test
	default void resourceActionsDeclareEveryResourceThePermissionsCheck() throws Exception {
		Set<String> checked = _resourcesCheckedInCode();

		assertFalse(
			checked.isEmpty(), "No ModelResourcePermission or PortletResourcePermission found");

		Set<String> missing = new TreeSet<>(checked);

		missing.removeAll(appJars().portalResourceActions().modelNames());

		assertEquals(
			Set.of(), missing,
			"Resources the permission registrations check that the portal never reads " +
				"from a Liferay-Service bundle's resource.actions.configs");
	}

	@Test
	default void everyActionAndModelResourceIsTranslatedInSwedishAndEnglish()
		throws Exception {

		Set<String> keys = new TreeSet<>();

		Set<String> portalActionKeys = _constants(ActionKeys.class);

		for (String action : _union(appJars().portalResourceActions().actions(), _actionKeysInCode())) {
			if (!portalActionKeys.contains(action)) {
				keys.add("action." + action);
			}
		}

		for (String modelName :
				_union(
					new TreeSet<>(appJars().portalResourceActions().modelNames()),
					_resourcesCheckedInCode())) {

			keys.add("model.resource." + modelName);
		}

		assertFalse(keys.isEmpty(), "No action or model resource read at all");

		List<String> missing = new ArrayList<>();

		for (String key : keys) {
			for (Locale locale : AppJars.LOCALES) {
				boolean found = appJars().builtBundles().stream(
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

	/**
	 * The values of every {@code *ActionKeys} class in the app's jars (e.g. {@code TrainingActionKeys}).
	 */
	private Set<String> _actionKeysInCode() throws Exception {
		Set<String> actionKeys = new TreeSet<>();

		for (BuiltBundle builtBundle : appJars().builtBundles()) {
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

	/**
	 * The model names of the app's {@code ModelResourcePermission} registrations ({@code model.class.name}) and
	 * the resource names of its {@code PortletResourcePermission} ones ({@code resource.name}).
	 */
	private Set<String> _resourcesCheckedInCode() {
		Set<String> resources = new TreeSet<>();

		for (BuiltBundle builtBundle : appJars().builtBundles()) {
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

	private static Set<String> _union(Set<String> a, Set<String> b) {
		Set<String> union = new TreeSet<>(a);

		union.addAll(b);

		return union;
	}

}
