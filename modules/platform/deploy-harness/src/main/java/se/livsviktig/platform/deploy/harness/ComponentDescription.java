package se.livsviktig.platform.deploy.harness;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A Declarative Services component as bnd wrote it into a built jar ({@code Service-Component} header →
 * {@code OSGI-INF/*.xml}): its class, the services it provides and its properties. This is what SCR reads when
 * the portal starts the bundle.
 *
 * @author Livsviktig
 */
public final class ComponentDescription {

	public static List<ComponentDescription> of(BuiltBundle builtBundle) {
		List<ComponentDescription> componentDescriptions = new ArrayList<>();

		String header = builtBundle.header("Service-Component");

		if (header == null) {
			return componentDescriptions;
		}

		for (String path : header.split(",")) {
			byte[] bytes = builtBundle.entry(
				path.trim()
			).orElseThrow(
				() -> new IllegalStateException(
					builtBundle + " names a missing component description " +
						path)
			);

			componentDescriptions.add(_parse(bytes));
		}

		return componentDescriptions;
	}

	public String implementationClassName() {
		return _implementationClassName;
	}

	public Map<String, String> properties() {
		return _properties;
	}

	public boolean provides(String interfaceName) {
		return _provides.contains(interfaceName);
	}

	private static ComponentDescription _parse(byte[] bytes) {
		try {
			DocumentBuilderFactory documentBuilderFactory =
				DocumentBuilderFactory.newInstance();

			documentBuilderFactory.setNamespaceAware(true);

			Document document = documentBuilderFactory.newDocumentBuilder(
			).parse(
				new ByteArrayInputStream(bytes)
			);

			ComponentDescription componentDescription =
				new ComponentDescription();

			NodeList implementations = document.getElementsByTagName(
				"implementation");

			componentDescription._implementationClassName =
				((Element)implementations.item(0)).getAttribute("class");

			NodeList provides = document.getElementsByTagName("provide");

			for (int i = 0; i < provides.getLength(); i++) {
				componentDescription._provides.add(
					((Element)provides.item(i)).getAttribute("interface"));
			}

			NodeList properties = document.getElementsByTagName("property");

			for (int i = 0; i < properties.getLength(); i++) {
				Element property = (Element)properties.item(i);

				String value = property.getAttribute("value");

				if (value.isEmpty()) {
					value = property.getTextContent().trim();
				}

				componentDescription._properties.put(
					property.getAttribute("name"), value);
			}

			return componentDescription;
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}
	}

	private ComponentDescription() {
	}

	private String _implementationClassName;
	private final Map<String, String> _properties = new LinkedHashMap<>();
	private final List<String> _provides = new ArrayList<>();

}
