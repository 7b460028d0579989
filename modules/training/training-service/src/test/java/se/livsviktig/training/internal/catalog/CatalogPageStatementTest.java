package se.livsviktig.training.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;

import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;

import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.constants.CourseSessionConstants;

/**
 * The catalogue's page statement by plain JDBC: the transformed SQL with the page's LIMIT and OFFSET as
 * parameters, values bound as Hibernate binds them, columns read with the getters of their declared types.
 *
 * @author Livsviktig
 */
public class CatalogPageStatementTest {

	@BeforeEach
	public void setUp() throws Exception {
		when(
			_connection.prepareStatement(anyString())
		).thenReturn(
			_preparedStatement
		);
		when(
			_preparedStatement.executeQuery()
		).thenReturn(
			_resultSet
		);
	}

	@Test
	public void eachColumnIsReadWithTheGetterOfItsDeclaredType()
		throws Exception {

		Timestamp startDate = new Timestamp(_NOW.getTime() + 86_400_000L + 1);

		when(
			_resultSet.next()
		).thenReturn(
			true, false
		);
		when(
			_resultSet.getLong(1)
		).thenReturn(
			40_001L
		);
		when(
			_resultSet.getString(4)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			_resultSet.getTimestamp(8)
		).thenReturn(
			startDate
		);
		when(
			_resultSet.getInt(10)
		).thenReturn(
			30
		);
		when(
			_resultSet.getLong(CatalogEntries.TOTAL_COLUMN + 1)
		).thenReturn(
			21L
		);

		List<Object[]> rows = new CatalogPageStatement(
			sql -> sql
		).read(
			_connection,
			new CatalogQuery(
				_GROUP_ID, _NOW
			).selectPage(
				null, 20, 40
			)
		);

		assertEquals(21, CatalogEntries.totalOf(rows));

		CatalogEntry catalogEntry = CatalogEntries.of(
			rows
		).get(
			0
		);

		assertEquals(40_001L, catalogEntry.getCourseSessionId());
		assertEquals("MHFA Vuxen", catalogEntry.getCourseTitleXML());
		assertEquals(
			startDate.getTime(), catalogEntry.getStartDate().getTime(),
			"the start keeps its time of day");
		assertEquals(30, catalogEntry.getSeats());
	}

	@Test
	public void thePageGoesAsTheTransformedSQLWithLimitAndOffsetAsParameters()
		throws Exception {

		new CatalogPageStatement(
			sql -> sql.concat(" /* transformed */")
		).read(
			_connection,
			new CatalogQuery(
				_GROUP_ID, _NOW
			).selectPage(
				null, 20, 40
			)
		);

		ArgumentCaptor<String> sqlCaptor = ArgumentCaptor.forClass(
			String.class);

		verify(
			_connection
		).prepareStatement(
			sqlCaptor.capture()
		);

		String sql = sqlCaptor.getValue();

		assertTrue(
			sql.endsWith(" /* transformed */ LIMIT ? OFFSET ?"),
			"the transformer's SQL, then the page: " + sql);

		// The count's filter in the select list, then the page's: groupId, status, now, the course's status each.

		verify(
			_preparedStatement
		).setTimestamp(
			3, new Timestamp(_NOW.getTime())
		);
		verify(
			_preparedStatement
		).setTimestamp(
			7, new Timestamp(_NOW.getTime())
		);
		verify(
			_preparedStatement
		).setObject(
			1, _GROUP_ID
		);
		verify(
			_preparedStatement
		).setObject(
			2, CourseSessionConstants.STATUS_PUBLISHED
		);
		verify(
			_preparedStatement
		).setObject(
			4, WorkflowConstants.STATUS_APPROVED
		);
		verify(
			_preparedStatement
		).setObject(
			9, 20
		);
		verify(
			_preparedStatement
		).setObject(
			10, 20
		);
	}

	@Test
	public void eachShapeOfTheStatementIsTransformedOnce() throws Exception {
		AtomicInteger transformations = new AtomicInteger();

		CatalogPageStatement catalogPageStatement = new CatalogPageStatement(
			sql -> {
				transformations.incrementAndGet();

				return sql;
			});

		for (int i = 0; i < 3; i++) {
			catalogPageStatement.read(
				_connection,
				new CatalogQuery(
					_GROUP_ID, new Date(_NOW.getTime() + i)
				).selectPage(
					null, 0, 20
				));
		}

		assertEquals(
			1, transformations.get(),
			"three renders of one filter, moments apart: one shape");

		catalogPageStatement.read(
			_connection,
			new CatalogQuery(
				_GROUP_ID, _NOW
			).setLocality(
				"Sundsvall"
			).selectPage(
				null, 0, 20
			));

		assertEquals(2, transformations.get(), "another filter, another shape");
	}

	private static final long _GROUP_ID = 20_121;

	private static final Date _NOW = new Date(1_765_000_000_000L);

	private final Connection _connection = mock(Connection.class);
	private final PreparedStatement _preparedStatement = mock(
		PreparedStatement.class);
	private final ResultSet _resultSet = mock(ResultSet.class);

}
