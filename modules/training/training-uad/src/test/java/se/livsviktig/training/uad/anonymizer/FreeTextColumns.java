package se.livsviktig.training.uad.anonymizer;

import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.List;

/**
 * The free-text columns of the training app's entities, read from the service module's service.xml.
 *
 * @author Livsviktig
 */
class FreeTextColumns {

	/**
	 * A registration event's type is a code the application writes, not something a person typed; so is a
	 * registration's statistical sex category (female, male, unknown), which the year's figures keep.
	 */
	static List<String> of(String entityName) throws Exception {
		return se.livsviktig.platform.test.support.FreeTextColumns.of(
			_SERVICE_XML, entityName, "type", "sex");
	}

	/**
	 * Calls each free-text column's setter with null on a Mockito verification of the model, so a column
	 * that was not erased fails the test.
	 */
	static void verifyErased(Object verification, String entityName)
		throws Exception {

		for (String column : of(entityName)) {
			se.livsviktig.platform.test.support.FreeTextColumns.set(
				verification, column, null);
		}
	}

	private static final Path _SERVICE_XML = Paths.get(
		"..", "training-service", "service.xml");

}
