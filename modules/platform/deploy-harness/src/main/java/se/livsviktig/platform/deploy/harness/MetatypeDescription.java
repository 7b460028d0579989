package se.livsviktig.platform.deploy.harness;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One {@code OSGI-INF/metatype/*.xml} of a built jar, as the OSGi Metatype service reads it for the portal's
 * System and Instance Settings: the OCD's id, its localization base name and every label and description key
 * (OCD and attributes, without the {@code %} that marks a key).
 *
 * @author Livsviktig
 */
public final class MetatypeDescription {

	public static final String CONFIGURATION_ANNOTATION =
		"LaQute/bnd/annotation/metatype/Meta$OCD;";

	/**
	 * Interfaces in the jar annotated with bnd's {@code @Meta.OCD}, found in their class files (the annotation is
	 * not kept at run time).
	 */
	public static List<String> annotatedInterfaces(BuiltBundle builtBundle) {
		List<String> classNames = new ArrayList<>();

		for (String entryName : builtBundle.entryNames()) {
			if (!entryName.endsWith(".class")) {
				continue;
			}

			byte[] bytes = builtBundle.entry(entryName).get();

			if (new String(
					bytes, StandardCharsets.ISO_8859_1
				).contains(
					CONFIGURATION_ANNOTATION
				)) {

				classNames.add(
					entryName.substring(
						0, entryName.length() - ".class".length()
					).replace(
						'/', '.'
					));
			}
		}

		return classNames;
	}

	public static List<MetatypeDescription> of(BuiltBundle builtBundle) {
		List<MetatypeDescription> metatypeDescriptions = new ArrayList<>();

		for (String entryName : builtBundle.entryNames()) {
			if (entryName.startsWith("OSGI-INF/metatype/") &&
				entryName.endsWith(".xml")) {

				metatypeDescriptions.add(
					_parse(entryName, builtBundle.entry(entryName).get()));
			}
		}

		return metatypeDescriptions;
	}

	public String entryName() {
		return _entryName;
	}

	public String id() {
		return _id;
	}

	public Set<String> keys() {
		return _keys;
	}

	public String localization() {
		return _localization;
	}

	private static MetatypeDescription _parse(String entryName, byte[] bytes) {
		try {
			DocumentBuilderFactory documentBuilderFactory =
				DocumentBuilderFactory.newInstance();

			documentBuilderFactory.setNamespaceAware(true);

			Document document = documentBuilderFactory.newDocumentBuilder(
			).parse(
				new ByteArrayInputStream(bytes)
			);

			MetatypeDescription metatypeDescription = new MetatypeDescription();

			metatypeDescription._entryName = entryName;

			Element metaData = document.getDocumentElement();

			metatypeDescription._localization = metaData.getAttribute(
				"localization");

			NodeList ocds = document.getElementsByTagName("OCD");

			if (ocds.getLength() != 1) {
				throw new IllegalStateException(
					entryName + " has " + ocds.getLength() + " OCDs");
			}

			Element ocd = (Element)ocds.item(0);

			metatypeDescription._id = ocd.getAttribute("id");

			_addKeys(ocd, metatypeDescription._keys);

			NodeList ads = ocd.getElementsByTagName("AD");

			for (int i = 0; i < ads.getLength(); i++) {
				_addKeys((Element)ads.item(i), metatypeDescription._keys);
			}

			return metatypeDescription;
		}
		catch (Exception exception) {
			throw new IllegalStateException(entryName, exception);
		}
	}

	private static void _addKeys(Element element, Set<String> keys) {
		for (String attribute : new String[] {"name", "description"}) {
			String value = element.getAttribute(attribute);

			if (value.isEmpty()) {
				continue;
			}

			if (value.startsWith("%")) {
				value = value.substring(1);
			}

			keys.add(value);
		}
	}

	private MetatypeDescription() {
	}

	private String _entryName;
	private String _id;
	private final Set<String> _keys = new LinkedHashSet<>();
	private String _localization;

}
