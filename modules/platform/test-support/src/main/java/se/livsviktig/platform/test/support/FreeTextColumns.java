package se.livsviktig.platform.test.support;

import java.lang.reflect.Method;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The columns of a Service Builder entity where people write what they like (reasons, comments, messages), read
 * from the module's service.xml, so a privacy test covers a column added tomorrow without anyone remembering to
 * list it. A free-text column is a non-localised String column that is neither the audit user name (the UAD
 * framework anonymises it by its own mapping) nor one of the code columns the caller names (values the
 * application writes, such as an event's type).
 *
 * @author Livsviktig
 */
public class FreeTextColumns {

	public static Object get(Object model, String column) throws Exception {
		Method method = model.getClass(
		).getMethod(
			"get" + _capitalize(column)
		);

		return method.invoke(model);
	}

	public static List<String> of(
			Path serviceXml, String entityName, String... codeColumns)
		throws Exception {

		DocumentBuilderFactory documentBuilderFactory =
			DocumentBuilderFactory.newInstance();

		// service.xml names its DTD; the columns do not depend on it, and the build has no network.

		documentBuilderFactory.setFeature(
			"http://apache.org/xml/features/nonvalidating/load-external-dtd",
			false);

		Document document = documentBuilderFactory.newDocumentBuilder(
		).parse(
			serviceXml.toFile()
		);

		NodeList entities = document.getElementsByTagName("entity");

		for (int i = 0; i < entities.getLength(); i++) {
			Element entity = (Element)entities.item(i);

			if (entityName.equals(entity.getAttribute("name"))) {
				return _freeTextColumns(entity, Arrays.asList(codeColumns));
			}
		}

		throw new IllegalArgumentException(
			serviceXml + " has no entity " + entityName);
	}

	public static void set(Object model, String column, String value)
		throws Exception {

		Method method = model.getClass(
		).getMethod(
			"set" + _capitalize(column), String.class
		);

		method.invoke(model, value);
	}

	private static String _capitalize(String column) {
		return Character.toUpperCase(column.charAt(0)) + column.substring(1);
	}

	private static List<String> _freeTextColumns(
		Element entity, List<String> codeColumns) {

		List<String> freeTextColumns = new ArrayList<>();

		NodeList columns = entity.getElementsByTagName("column");

		for (int i = 0; i < columns.getLength(); i++) {
			Element column = (Element)columns.item(i);

			String name = column.getAttribute("name");

			if ("String".equals(column.getAttribute("type")) &&
				!"true".equals(column.getAttribute("localized")) &&
				!_AUDIT_USER_NAMES.contains(name) &&
				!codeColumns.contains(name)) {

				freeTextColumns.add(name);
			}
		}

		return freeTextColumns;
	}

	private static final List<String> _AUDIT_USER_NAMES = Arrays.asList(
		"statusByUserName", "userName");

}
