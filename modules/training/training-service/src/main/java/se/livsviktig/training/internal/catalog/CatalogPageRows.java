package se.livsviktig.training.internal.catalog;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.db.DB;
import com.liferay.portal.kernel.dao.db.DBType;
import com.liferay.portal.kernel.dao.jdbc.CurrentConnectionUtil;
import com.liferay.portal.kernel.exception.SystemException;

import java.sql.Connection;
import java.sql.SQLException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Where the catalogue page's rows come from. On the databases whose paging {@link CatalogPageStatement} writes,
 * the statement goes by plain JDBC on the connection of the caller's transaction (CurrentConnectionUtil, as the
 * portal's own JDBC code finds it), or on one borrowed from the persistence's data source for this statement when
 * the caller has none (the catalogue reads outside a transaction). Elsewhere the persistence's dslQuery runs it
 * through Hibernate, as before issue 14.
 *
 * @author Livsviktig
 */
public final class CatalogPageRows {

	/**
	 * @param db the portal's database, or null where there is none (unit tests): then the persistence's dslQuery
	 * @param sqlTransformer the portal's SQL transformer (Portal.transformSQL)
	 */
	public static CatalogPageRows forDatabase(
		CourseSessionPersistence courseSessionPersistence, DB db,
		UnaryOperator<String> sqlTransformer) {

		if ((db == null) || !_LIMIT_OFFSET_DB_TYPES.contains(db.getDBType())) {
			return new CatalogPageRows(courseSessionPersistence, null);
		}

		return new CatalogPageRows(
			courseSessionPersistence, new CatalogPageStatement(sqlTransformer));
	}

	public boolean isPlainJDBC() {
		if (_catalogPageStatement != null) {
			return true;
		}

		return false;
	}

	/**
	 * @param  dslQuery a {@link CatalogQuery#selectPage}
	 * @return one Object[] per row: {@link CatalogEntries#COLUMNS}, then the total
	 */
	public List<Object[]> read(DSLQuery dslQuery) {
		if (_catalogPageStatement == null) {
			return _courseSessionPersistence.dslQuery(dslQuery);
		}

		DataSource dataSource = _courseSessionPersistence.getDataSource();

		try {
			Connection connection = CurrentConnectionUtil.getConnection(
				dataSource);

			if (connection != null) {

				// Inside the caller's transaction: first what Hibernate holds back, as its own query would flush it.

				_courseSessionPersistence.flush();

				return _catalogPageStatement.read(connection, dslQuery);
			}

			try (Connection borrowedConnection = dataSource.getConnection()) {
				return _catalogPageStatement.read(
					borrowedConnection, dslQuery);
			}
		}
		catch (SQLException sqlException) {
			throw new SystemException(sqlException);
		}
	}

	private CatalogPageRows(
		CourseSessionPersistence courseSessionPersistence,
		CatalogPageStatement catalogPageStatement) {

		_courseSessionPersistence = courseSessionPersistence;
		_catalogPageStatement = catalogPageStatement;
	}

	/**
	 * The databases that accept LIMIT ? OFFSET ?. PostgreSQL and MariaDB are proven by the database tier.
	 */
	private static final Set<DBType> _LIMIT_OFFSET_DB_TYPES = EnumSet.of(
		DBType.HYPERSONIC, DBType.MARIADB, DBType.MYSQL, DBType.POSTGRESQL);

	private final CatalogPageStatement _catalogPageStatement;
	private final CourseSessionPersistence _courseSessionPersistence;

}
