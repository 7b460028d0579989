package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.model.BaseModel;

import java.io.Serializable;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares what a finder returned with the rows a test expected, by primary key, so a failure names the rows.
 */
final class FinderAssertions {

	/**
	 * The finder returned exactly these rows, in this order (the entity's order in service.xml).
	 */
	static void assertFound(List<? extends BaseModel<?>> found, BaseModel<?>... expected) {
		assertEquals(_primaryKeys(Arrays.asList(expected)), _primaryKeys(found));
	}

	/**
	 * The finder returned exactly these rows; the entity has no order in service.xml.
	 */
	static void assertFoundInAnyOrder(List<? extends BaseModel<?>> found, BaseModel<?>... expected) {
		Set<Serializable> expectedKeys = new HashSet<>(_primaryKeys(Arrays.asList(expected)));

		assertEquals(expectedKeys, new HashSet<>(_primaryKeys(found)));
		assertEquals(expected.length, found.size(), "no row found twice");
	}

	/**
	 * The unique finder returned this very row.
	 */
	static void assertSameRow(BaseModel<?> expected, BaseModel<?> found) {
		assertEquals(expected.getPrimaryKeyObj(), (found == null) ? null : found.getPrimaryKeyObj());
	}

	private static List<Serializable> _primaryKeys(List<? extends BaseModel<?>> models) {
		return models.stream(
		).map(
			BaseModel::getPrimaryKeyObj
		).collect(
			Collectors.toList()
		);
	}

	private FinderAssertions() {
	}

}
