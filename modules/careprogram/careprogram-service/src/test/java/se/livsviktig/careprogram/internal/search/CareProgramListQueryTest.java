package se.livsviktig.careprogram.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.time.Instant;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.CareProgramTable;

/**
 * The list's page and its count are one condition: the filters and the caller's permission condition, in both, so
 * the count is the number of rows of every page.
 *
 * @author Livsviktig
 */
public class CareProgramListQueryTest {

	@Test
	public void thePermissionConditionIsInThePageAndInTheCount()
		throws Exception {

		Predicate mayView = CareProgramTable.INSTANCE.careProgramId.in(
			new Long[] {7L, 8L});

		String page = _sql(
			_listQuery.select(_GROUP_ID, "adhd", 0, 0, -1, mayView, 0, 20));
		String count = _sql(
			_listQuery.count(_GROUP_ID, "adhd", 0, 0, -1, mayView));

		assertTrue(page.contains("careProgramId in (?, ?)"), page);
		assertTrue(count.contains("careProgramId in (?, ?)"), count);
		assertEquals(_where(page), _where(count));
	}

	@Test
	public void withoutAPermissionConditionOnlyTheFiltersApply()
		throws Exception {

		String page = _sql(
			_listQuery.select(_GROUP_ID, null, 0, 0, -1, null, 0, 20));

		assertEquals(
			"LVCareProgram_CareProgram.groupId = ?",
			_where(page));
		assertFalse(page.contains("careProgramId in"), page);
		verifyNoInteractions(_configurationProvider, _groupLocalService);
	}

	@Test
	public void everyWordIsLookedForInTheSearchTextWithPercentAndUnderscoreTakenLiterally()
		throws Exception {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String page = _listQuery.select(
			_GROUP_ID, " Själv 100%  A_B ", 0, 0, -1, null, 0, 20
		).toSQL(
			defaultASTNodeListener
		);

		assertTrue(
			page.contains(
				"LVCareProgram_CareProgram.titleSearch like ? and " +
					"LVCareProgram_CareProgram.titleSearch like ? and " +
						"LVCareProgram_CareProgram.titleSearch like ?"),
			page);
		assertFalse(page.contains(".title "), page);
		assertFalse(page.toLowerCase().contains("lower("), page);
		assertEquals(
			List.of(_GROUP_ID, "%själv%", "%100\\%%", "%a\\_b%"),
			defaultASTNodeListener.getScalarValues().subList(0, 4));
	}

	private static String _sql(DSLQuery dslQuery) {
		return dslQuery.toSQL(new DefaultASTNodeListener());
	}

	private static String _where(String sql) {
		return sql.substring(
			sql.indexOf(" where ") + 7
		).replaceAll(
			" order by .*", ""
		).trim();
	}

	private static final long _GROUP_ID = 20131;

	private final ConfigurationProvider _configurationProvider = mock(
		ConfigurationProvider.class);
	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	private final CareProgramListQuery _listQuery = new CareProgramListQuery(
		_configurationProvider, _groupLocalService,
		Instant.parse("2026-12-06T12:00:00Z"));

}
