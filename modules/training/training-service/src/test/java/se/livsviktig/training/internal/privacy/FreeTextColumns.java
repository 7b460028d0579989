package se.livsviktig.training.internal.privacy;

import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.List;

/**
 * The free-text columns of the training app's participation entities, read from this module's service.xml.
 *
 * @author Livsviktig
 */
class FreeTextColumns {

	static Object get(Object model, String column) throws Exception {
		return se.livsviktig.platform.test.support.FreeTextColumns.get(
			model, column);
	}

	/**
	 * A registration event's type is a code the application writes, not something a person typed; so is a
	 * registration's statistical sex category (female, male, unknown), which the year's figures keep.
	 */
	static List<String> of(String entityName) throws Exception {
		return se.livsviktig.platform.test.support.FreeTextColumns.of(
			_SERVICE_XML, entityName, "type", "sex");
	}

	static void set(Object model, String column, String value)
		throws Exception {

		se.livsviktig.platform.test.support.FreeTextColumns.set(
			model, column, value);
	}

	private static final Path _SERVICE_XML = Paths.get("service.xml");

}
