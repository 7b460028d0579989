package se.livsviktig.survey.web.internal.admin;

import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.PortletRequest;

/**
 * A survey's texts in the app's two languages, Swedish first: each sent as {@code <name>_<languageId>}
 * ({@code title_sv_SE}, {@code title_en_US}), the portal's own naming of localised fields. An empty English text is
 * left out, so the portal shows the Swedish one instead.
 *
 * @author Livsviktig
 */
public class LocalizedInput {

	public static final List<Locale> LOCALES = List.of(
		new Locale("sv", "SE"), new Locale("en", "US"));

	public static String fieldName(String name, Locale locale) {
		return name + "_" + LocaleUtil.toLanguageId(locale);
	}

	public static Map<Locale, String> of(
		PortletRequest portletRequest, String name) {

		Map<Locale, String> map = new LinkedHashMap<>();

		for (Locale locale : LOCALES) {
			String value = ParamUtil.getString(
				portletRequest, fieldName(name, locale)
			).trim();

			if (!value.isEmpty() || locale.equals(LOCALES.get(0))) {
				map.put(locale, value);
			}
		}

		return map;
	}

	private LocalizedInput() {
	}

}
