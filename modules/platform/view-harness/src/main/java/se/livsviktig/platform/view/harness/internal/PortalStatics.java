package se.livsviktig.platform.view.harness.internal;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONFactoryUtil;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.resource.bundle.ResourceBundleLoaderUtil;
import com.liferay.portal.kernel.util.PortalUtil;
import com.liferay.portal.kernel.util.Props;
import com.liferay.portal.kernel.util.PropsUtil;

import java.util.Properties;

import se.livsviktig.platform.view.harness.WebBundle;

/**
 * Installs the kernel's static entry points once per JVM, before any kernel utility is touched (a failed static
 * initialiser, e.g. ParamUtil's without PropsUtil, poisons the JVM for every later test).
 *
 * @author Livsviktig
 */
public class PortalStatics {

	public static synchronized void install(
		WebBundle webBundle, LanguageDouble languageDouble) {

		if (_installedFor != null) {
			if (!_installedFor.equals(webBundle.getLocation())) {
				throw new IllegalStateException(
					"The view harness serves one web bundle per JVM; it already serves " + _installedFor);
			}

			return;
		}

		PropsUtil.setProps(
			InterfaceDouble.of(
				Props.class
			).answer(
				"get", args -> null
			).answer(
				"getArray", args -> new String[0]
			).answer(
				"getProperties", args -> new Properties()
			).answer(
				"contains", args -> false
			).build(
				"The view harness's portal.properties"
			));

		new PortalUtil().setPortal(
			PortalDouble.create(webBundle, languageDouble));
		new LanguageUtil().setLanguage(languageDouble.toLanguage());
		new ModelHintsUtil().setModelHints(ModelHintsDouble.create());

		// The portal's own Language keys are not in release.portal.api; the bundle's file stands in for them too,
		// so a portal key the page relies on shows up as missing rather than as text nobody checked.

		ResourceBundleLoaderUtil.setPortalResourceBundleLoader(
			languageDouble::getResourceBundle);

		new JSONFactoryUtil().setJSONFactory(
			InterfaceDouble.of(
				JSONFactory.class
			).build(
				"The view harness's JSONFactory"
			));

		_installedFor = webBundle.getLocation();
	}

	private static Object _installedFor;

}
