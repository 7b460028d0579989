package se.livsviktig.platform.db.harness;

import com.liferay.portal.dao.sql.transformer.SQLTransformerFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A module's custom SQL (META-INF/custom-sql/default.xml), each query by its id, made runnable on a vendor by
 * Liferay's own SQL transformer, as the portal's CustomSQL does before it hands a query to Hibernate.
 */
public final class CustomSql {

	public static CustomSql of(Class<?> anyClassOfServiceModule) {
		ModuleResources moduleResources = ModuleResources.of(anyClassOfServiceModule);

		return new CustomSql(moduleResources.toString(), _parse(moduleResources.require(_PATH)));
	}

	/**
	 * Liferay's transformation of portable SQL ([$TRUE$], CAST_TEXT, MOD, INTEGER_DIV_TYPE...) for the vendor.
	 */
	public static String transform(Vendor vendor, String sql) {
		PortalProperties.ensureLoaded();

		return SQLTransformerFactory.getSQLTransformer(vendor.createLiferayDB()).transform(sql);
	}

	public Map<String, String> queries() {
		return _queries;
	}

	/**
	 * The query with the given id, transformed for the vendor.
	 */
	public String query(String id, Vendor vendor) {
		String sql = _queries.get(id);

		if (sql == null) {
			throw new IllegalArgumentException(_origin + " has no custom SQL with id " + id);
		}

		return transform(vendor, sql);
	}

	private static Map<String, String> _parse(String xml) {
		try {
			DocumentBuilderFactory documentBuilderFactory = DocumentBuilderFactory.newInstance();

			documentBuilderFactory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);

			Document document = documentBuilderFactory.newDocumentBuilder().parse(
				new InputSource(new StringReader(xml)));

			Map<String, String> queries = new LinkedHashMap<>();

			NodeList nodeList = document.getElementsByTagName("sql");

			for (int i = 0; i < nodeList.getLength(); i++) {
				Element element = (Element)nodeList.item(i);

				queries.put(element.getAttribute("id"), element.getTextContent().trim());
			}

			return queries;
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (ParserConfigurationException | SAXException exception) {
			throw new IllegalStateException("Unreadable " + _PATH, exception);
		}
	}

	private CustomSql(String origin, Map<String, String> queries) {
		_origin = origin;
		_queries = queries;
	}

	private static final String _PATH = "META-INF/custom-sql/default.xml";

	private final String _origin;
	private final Map<String, String> _queries;

}
