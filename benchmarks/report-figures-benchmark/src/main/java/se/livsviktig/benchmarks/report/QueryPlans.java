package se.livsviktig.benchmarks.report;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.Date;
import java.util.List;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * With -Dbenchmark.explain=true: EXPLAIN ANALYZE of a product's statement, as the portal's Hibernate session sends
 * it (the DSL query's SQL through Liferay's SQL transformer, its parameters bound in order), to read beside the raw
 * GROUP BY's plan when a family misses its goal.
 */
final class QueryPlans {

	static void print(Connection connection, String title, DSLQuery dslQuery) throws SQLException {
		DefaultASTNodeListener defaultASTNodeListener = new DefaultASTNodeListener();

		String sql = CustomSql.transform(Vendor.POSTGRESQL, dslQuery.toSQL(defaultASTNodeListener));

		print(connection, title, sql, defaultASTNodeListener.getScalarValues());
	}

	static void print(Connection connection, String title, String sql, List<Object> values) throws SQLException {
		System.out.println();
		System.out.println("== " + title);
		System.out.println(sql);

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"explain (analyze, buffers) " + sql)) {

			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);

				if (value instanceof Date) {
					preparedStatement.setTimestamp(i + 1, new Timestamp(((Date)value).getTime()));
				}
				else {
					preparedStatement.setObject(i + 1, value);
				}
			}

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					System.out.println(resultSet.getString(1));
				}
			}
		}
	}

	private QueryPlans() {
	}

}
