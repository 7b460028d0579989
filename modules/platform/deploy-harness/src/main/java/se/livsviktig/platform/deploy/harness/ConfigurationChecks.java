package se.livsviktig.platform.deploy.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.liferay.configuration.admin.category.ConfigurationCategory;
import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Every {@code @Meta.OCD} interface has its metatype with labels in sv and en, and every settings category its
 * {@code ConfigurationCategory} component.
 *
 * @author Livsviktig
 */
public interface ConfigurationChecks {

	AppJars appJars();

	@Test
	default void everyConfigurationInterfaceHasMetatypeWithLabelsInSwedishAndEnglish() {
		List<String> problems = new ArrayList<>();

		for (BuiltBundle builtBundle : appJars().builtBundles()) {
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
					for (Locale locale : AppJars.LOCALES) {
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
	default void everyConfigurationCategoryHasItsComponentAndLabel() throws Exception {
		Set<String> categories = new TreeSet<>();

		for (BuiltBundle builtBundle : appJars().builtBundles()) {
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

		for (BuiltBundle builtBundle : appJars().builtBundles()) {
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

			BuiltBundle labelBundle = appJars().builtBundles().stream(
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

			for (Locale locale : AppJars.LOCALES) {
				assertTrue(
					LanguageResolver.resolve(
						labelBundle, "category." + category, locale
					).isPresent(),
					"category." + category + " in " + locale + " through " +
						labelBundle);
			}
		}
	}

}
