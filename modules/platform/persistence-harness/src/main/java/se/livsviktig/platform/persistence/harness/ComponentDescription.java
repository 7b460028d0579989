package se.livsviktig.platform.persistence.harness;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import se.livsviktig.platform.db.harness.ModuleResources;

/**
 * A Declarative Services component as bnd described it in the bundle's OSGI-INF/*.xml: what Service Component
 * Runtime reads in the portal. The @Reference annotations themselves are gone at run time (class retention), so
 * this is the only faithful record of what a component needs and how it is to be given it.
 */
final class ComponentDescription {

	static List<ComponentDescription> readAll(ModuleResources moduleResources) {
		List<ComponentDescription> componentDescriptions = new ArrayList<>();

		for (String path : moduleResources.list("OSGI-INF")) {
			if (path.endsWith(".xml")) {
				componentDescriptions.add(_parse(moduleResources.require(path)));
			}
		}

		return componentDescriptions;
	}

	String activate() {
		return _activate;
	}

	String implementationClassName() {
		return _implementationClassName;
	}

	List<String> provides() {
		return _provides;
	}

	List<Reference> references() {
		return _references;
	}

	@Override
	public String toString() {
		return _implementationClassName;
	}

	private static ComponentDescription _parse(String xml) {
		try {
			DocumentBuilderFactory documentBuilderFactory = DocumentBuilderFactory.newInstance();

			documentBuilderFactory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);

			Document document = documentBuilderFactory.newDocumentBuilder().parse(
				new InputSource(new StringReader(xml)));

			Element root = document.getDocumentElement();

			List<String> provides = new ArrayList<>();

			NodeList provideNodes = root.getElementsByTagName("provide");

			for (int i = 0; i < provideNodes.getLength(); i++) {
				provides.add(((Element)provideNodes.item(i)).getAttribute("interface"));
			}

			List<Reference> references = new ArrayList<>();

			NodeList referenceNodes = root.getElementsByTagName("reference");

			for (int i = 0; i < referenceNodes.getLength(); i++) {
				Element element = (Element)referenceNodes.item(i);

				references.add(
					new Reference(
						element.getAttribute("name"), element.getAttribute("interface"),
						element.getAttribute("field"), element.getAttribute("bind"),
						element.getAttribute("cardinality")));
			}

			Element implementation = (Element)root.getElementsByTagName("implementation").item(0);

			return new ComponentDescription(
				implementation.getAttribute("class"), root.getAttribute("activate"), provides, references);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (ParserConfigurationException | SAXException exception) {
			throw new IllegalStateException("Unreadable component description", exception);
		}
	}

	private ComponentDescription(
		String implementationClassName, String activate, List<String> provides, List<Reference> references) {

		_implementationClassName = implementationClassName;
		_activate = activate;
		_provides = Collections.unmodifiableList(provides);
		_references = Collections.unmodifiableList(references);
	}

	private final String _activate;
	private final String _implementationClassName;
	private final List<String> _provides;
	private final List<Reference> _references;

	/**
	 * One reference: the service interface, and a field or a bind method to hand the service to. The DS default
	 * cardinality is 1..1.
	 */
	static final class Reference {

		String bind() {
			return _bind;
		}

		String field() {
			return _field;
		}

		String interfaceName() {
			return _interfaceName;
		}

		boolean multiple() {
			return _cardinality.endsWith("..n");
		}

		String name() {
			return _name;
		}

		boolean optional() {
			return _cardinality.startsWith("0..");
		}

		@Override
		public String toString() {
			return _name + " (" + _interfaceName + ", " + _cardinality + ")";
		}

		private Reference(String name, String interfaceName, String field, String bind, String cardinality) {
			_name = name;
			_interfaceName = interfaceName;
			_field = field;
			_bind = bind;
			_cardinality = cardinality.isEmpty() ? "1..1" : cardinality;
		}

		private final String _bind;
		private final String _cardinality;
		private final String _field;
		private final String _interfaceName;
		private final String _name;

	}

}
