package se.livsviktig.training.internal.catalog;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.expression.Expression;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;
import com.liferay.portal.kernel.dao.orm.QueryUtil;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The catalogue's page statement ({@link CatalogQuery#selectPage}) sent by plain JDBC: the SQL the DSL query
 * writes, through the portal's SQL transformer (so the same statement runs on every database the transformer
 * knows), its values bound as Hibernate binds them, the page's LIMIT and OFFSET as parameters, and each column
 * read with the getter of the type the DSL declares for it. Hibernate's native query did the same for about 0.16
 * ms more per render (its plan cache, a loader per execution, a type object per column): at 10 sessions that is
 * more than the statement itself (issue 14).
 *
 * <p>
 * LIMIT ? OFFSET ? is what PostgreSQL, MariaDB, MySQL and HSQLDB accept; {@link CatalogPageRows} uses this class
 * only on those.
 * </p>
 *
 * @author Livsviktig
 */
public final class CatalogPageStatement {

	/**
	 * @param sqlTransformer the portal's SQL transformer for the database the connection belongs to
	 */
	public CatalogPageStatement(UnaryOperator<String> sqlTransformer) {
		_sqlTransformer = sqlTransformer;
	}

	/**
	 * @param  dslQuery a {@link CatalogQuery#selectPage}
	 * @return one Object[] per row: {@link CatalogEntries#COLUMNS}, then the total, as the persistence's dslQuery
	 *         returns them
	 */
	public List<Object[]> read(Connection connection, DSLQuery dslQuery)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = _transform(dslQuery.toSQL(defaultASTNodeListener));

		List<Object> values = new ArrayList<>(
			defaultASTNodeListener.getScalarValues());

		int start = defaultASTNodeListener.getStart();
		int end = defaultASTNodeListener.getEnd();

		if ((start != QueryUtil.ALL_POS) || (end != QueryUtil.ALL_POS)) {
			start = Math.max(0, start);

			sql = sql.concat(" LIMIT ? OFFSET ?");

			values.add(Math.max(0, end - start));
			values.add(start);
		}

		Expression<?>[] columns = CatalogEntries.COLUMNS;

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			_bind(preparedStatement, values);

			List<Object[]> rows = new ArrayList<>();

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					Object[] row = new Object[CatalogEntries.TOTAL_COLUMN + 1];

					for (int i = 0; i < columns.length; i++) {
						row[i] = _read(resultSet, i + 1, (Column<?, ?>)columns[i]);
					}

					row[CatalogEntries.TOTAL_COLUMN] = resultSet.getLong(
						CatalogEntries.TOTAL_COLUMN + 1);

					rows.add(row);
				}
			}

			return rows;
		}
	}

	/**
	 * As Hibernate's QueryPos: a Date as a timestamp (a java.util.Date the drivers cannot infer), the rest as
	 * the driver maps it.
	 */
	private static void _bind(
			PreparedStatement preparedStatement, List<Object> values)
		throws SQLException {

		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);

			if (value instanceof Date) {
				Date date = (Date)value;

				preparedStatement.setTimestamp(
					i + 1, new Timestamp(date.getTime()));
			}
			else {
				preparedStatement.setObject(i + 1, value);
			}
		}
	}

	/**
	 * The getter of the type the column is declared with, as Hibernate's scalar types read it.
	 */
	private static Object _read(
			ResultSet resultSet, int index, Column<?, ?> column)
		throws SQLException {

		Class<?> javaType = column.getJavaType();

		if (Date.class.isAssignableFrom(javaType)) {
			return resultSet.getTimestamp(index);
		}

		if (javaType == String.class) {
			return resultSet.getString(index);
		}

		if (javaType == Integer.class) {
			return resultSet.getInt(index);
		}

		if (javaType == Long.class) {
			return resultSet.getLong(index);
		}

		return resultSet.getObject(index);
	}

	/**
	 * The portal's SQL transformer rewrites the whole statement on every call (0.04 ms, a fifth of the page's
	 * cost at 10 sessions), and only a few shapes of it exist (the filters set, the permission predicate's):
	 * so each shape is transformed once, as the portal itself keeps the SQL it transforms for Hibernate
	 * (SQLTransformer's transformed-SQL cache). The values are parameters, so the text does not grow with them.
	 */
	private String _transform(String sql) {
		String transformedSQL = _transformedSQLs.get(sql);

		if (transformedSQL == null) {
			if (_transformedSQLs.size() >= _MAX_TRANSFORMED_SQLS) {
				_transformedSQLs.clear();
			}

			transformedSQL = _sqlTransformer.apply(sql);

			_transformedSQLs.put(sql, transformedSQL);
		}

		return transformedSQL;
	}

	private static final int _MAX_TRANSFORMED_SQLS = 256;

	private final UnaryOperator<String> _sqlTransformer;
	private final Map<String, String> _transformedSQLs =
		new ConcurrentHashMap<>();

}
