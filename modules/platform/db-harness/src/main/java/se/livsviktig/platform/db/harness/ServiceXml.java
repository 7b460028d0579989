package se.livsviktig.platform.db.harness;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The data model as service.xml states it (the bundle carries it as META-INF/service.xml): an expectation that
 * does not come from the generated SQL, so a test can hold the SQL to the model.
 */
public final class ServiceXml {

	public static ServiceXml of(Class<?> anyClassOfServiceModule) {
		ModuleResources moduleResources = ModuleResources.of(anyClassOfServiceModule);

		return new ServiceXml(_parse(moduleResources.require("META-INF/service.xml")));
	}

	public List<Entity> entities() {
		return _entities;
	}

	private static List<Entity> _parse(String xml) {
		try {
			DocumentBuilderFactory documentBuilderFactory = DocumentBuilderFactory.newInstance();

			// service.xml names Liferay's DTD by URL; nothing may be fetched from the network.

			documentBuilderFactory.setFeature(
				"http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

			Document document = documentBuilderFactory.newDocumentBuilder().parse(
				new InputSource(new StringReader(xml)));

			Element root = document.getDocumentElement();

			String namespace = root.getElementsByTagName("namespace").item(0).getTextContent().trim();
			boolean autoNamespaceTables = Boolean.parseBoolean(root.getAttribute("auto-namespace-tables"));

			List<Entity> entities = new ArrayList<>();

			NodeList entityNodes = root.getElementsByTagName("entity");

			for (int i = 0; i < entityNodes.getLength(); i++) {
				Element entityElement = (Element)entityNodes.item(i);

				if (entityElement.getElementsByTagName("column").getLength() == 0) {
					continue;
				}

				String name = entityElement.getAttribute("name");

				String tableName = entityElement.getAttribute("table");

				if (tableName.isEmpty()) {
					tableName = autoNamespaceTables ? (namespace + "_" + name) : name;
				}

				entities.add(
					new Entity(name, tableName, _parseFinders(entityElement, _dbColumnNames(entityElement))));
			}

			return Collections.unmodifiableList(entities);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (ParserConfigurationException | SAXException exception) {
			throw new IllegalStateException("Unreadable service.xml", exception);
		}
	}

	/**
	 * Column names as the table has them: a column's db-name where service.xml gives one.
	 */
	private static Map<String, String> _dbColumnNames(Element entityElement) {
		Map<String, String> dbColumnNames = new HashMap<>();

		NodeList columnNodes = entityElement.getElementsByTagName("column");

		for (int i = 0; i < columnNodes.getLength(); i++) {
			Element columnElement = (Element)columnNodes.item(i);

			String name = columnElement.getAttribute("name");
			String dbName = columnElement.getAttribute("db-name");

			dbColumnNames.put(name, dbName.isEmpty() ? name : dbName);
		}

		return dbColumnNames;
	}

	private static List<Finder> _parseFinders(Element entityElement, Map<String, String> dbColumnNames) {
		List<Finder> finders = new ArrayList<>();

		NodeList finderNodes = entityElement.getElementsByTagName("finder");

		for (int i = 0; i < finderNodes.getLength(); i++) {
			Element finderElement = (Element)finderNodes.item(i);

			List<String> columnNames = new ArrayList<>();

			NodeList columnNodes = finderElement.getElementsByTagName("finder-column");

			for (int j = 0; j < columnNodes.getLength(); j++) {
				String name = ((Element)columnNodes.item(j)).getAttribute("name");

				columnNames.add(dbColumnNames.getOrDefault(name, name));
			}

			finders.add(
				new Finder(
					finderElement.getAttribute("name"), Boolean.parseBoolean(finderElement.getAttribute("unique")),
					columnNames));
		}

		return Collections.unmodifiableList(finders);
	}

	private ServiceXml(List<Entity> entities) {
		_entities = entities;
	}

	private final List<Entity> _entities;

	/**
	 * An entity that has a table.
	 */
	public static final class Entity {

		public List<Finder> finders() {
			return _finders;
		}

		public String name() {
			return _name;
		}

		public String tableName() {
			return _tableName;
		}

		@Override
		public String toString() {
			return _name;
		}

		private Entity(String name, String tableName, List<Finder> finders) {
			_name = name;
			_tableName = tableName;
			_finders = finders;
		}

		private final List<Finder> _finders;
		private final String _name;
		private final String _tableName;

	}

	/**
	 * A finder and the table columns it filters on.
	 */
	public static final class Finder {

		public List<String> columnNames() {
			return _columnNames;
		}

		public String name() {
			return _name;
		}

		@Override
		public String toString() {
			return _name + _columnNames;
		}

		public boolean unique() {
			return _unique;
		}

		private Finder(String name, boolean unique, List<String> columnNames) {
			_name = name;
			_unique = unique;
			_columnNames = Collections.unmodifiableList(columnNames);
		}

		private final List<String> _columnNames;
		private final String _name;
		private final boolean _unique;

	}

}
