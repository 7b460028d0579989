package se.livsviktig.platform.deploy.harness;

import com.liferay.portal.kernel.resource.bundle.ClassResourceBundleLoader;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Looks a language key up the way the portal does for a bundle that declares the {@code liferay.resource.bundle}
 * capability: the portal's language extender registers a {@link ClassResourceBundleLoader} over the bundle's
 * class loader and the capability's {@code resource.bundle.base.name}; the Permissions screen
 * ({@code ResourceActionsImpl#getAction}, {@code #getModelResource}) and Instance Settings ask those loaders.
 * A bundle without the capability is asked nothing, so its keys never show.
 *
 * @author Livsviktig
 */
public final class LanguageResolver {

	public static final String CAPABILITY = "liferay.resource.bundle";

	/**
	 * The capability's base name of a bundle, e.g. {@code content.Language}; empty without the capability.
	 */
	public static Optional<String> baseName(BuiltBundle builtBundle) {
		return builtBundle.providedCapabilities(
			CAPABILITY
		).stream(
		).map(
			attributes -> attributes.get("resource.bundle.base.name")
		).filter(
			baseName -> baseName != null
		).findFirst();
	}

	/**
	 * The text of a key in a locale through the bundle's declared resource bundle; empty when the bundle has no
	 * capability or the key is missing.
	 */
	public static Optional<String> resolve(
		BuiltBundle builtBundle, String key, Locale locale) {

		return baseName(
			builtBundle
		).flatMap(
			baseName -> _resolve(builtBundle, baseName, key, locale)
		);
	}

	/**
	 * Same as {@link #resolve(BuiltBundle, String, Locale)} for an explicit base name (a metatype's
	 * {@code localization}), whether or not the bundle declares it.
	 */
	public static Optional<String> resolve(
		BuiltBundle builtBundle, String baseName, String key, Locale locale) {

		return _resolve(builtBundle, baseName, key, locale);
	}

	private static Optional<String> _resolve(
		BuiltBundle builtBundle, String baseName, String key, Locale locale) {

		ClassResourceBundleLoader classResourceBundleLoader =
			new ClassResourceBundleLoader(
				baseName.replace('/', '.'), builtBundle.classLoader());

		ResourceBundle resourceBundle =
			classResourceBundleLoader.loadResourceBundle(locale);

		if ((resourceBundle == null) || !resourceBundle.containsKey(key)) {
			return Optional.empty();
		}

		String value = resourceBundle.getString(key);

		if (value.isBlank()) {
			return Optional.empty();
		}

		return Optional.of(value);
	}

	private LanguageResolver() {
	}

}
