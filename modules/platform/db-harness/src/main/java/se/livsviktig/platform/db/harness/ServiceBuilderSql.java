package se.livsviktig.platform.db.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL Service Builder generated for one module: META-INF/sql/tables.sql, sequences.sql and indexes.sql, read
 * from the module's own jar.
 */
public final class ServiceBuilderSql {

	public static ServiceBuilderSql of(Class<?> anyClassOfServiceModule) {
		ModuleResources moduleResources = ModuleResources.of(anyClassOfServiceModule);

		return new ServiceBuilderSql(
			moduleResources.toString(), moduleResources.require("META-INF/sql/tables.sql"),
			moduleResources.read("META-INF/sql/sequences.sql").orElse(""),
			moduleResources.read("META-INF/sql/indexes.sql").orElse(""));
	}

	/**
	 * Creates the tables, then the sequences, then the indexes: the order in which the portal applies a new
	 * module's schema.
	 */
	public void applyTo(TestDatabase testDatabase) {
		LiferaySql.run(testDatabase, _tablesSql);

		if (!_sequencesSql.isBlank()) {
			LiferaySql.run(testDatabase, _sequencesSql);
		}

		if (!_indexesSql.isBlank()) {
			LiferaySql.run(testDatabase, _indexesSql);
		}
	}

	/**
	 * The indexes indexes.sql declares, as written there.
	 */
	public List<DeclaredIndex> indexes() {
		List<DeclaredIndex> indexes = new ArrayList<>();

		Matcher matcher = _CREATE_INDEX_PATTERN.matcher(_indexesSql);

		while (matcher.find()) {
			List<String> columnNames = new ArrayList<>();

			for (String column : matcher.group(4).split(",")) {
				columnNames.add(column.replaceAll("\\[\\$.*?\\$\\]", "").trim());
			}

			indexes.add(
				new DeclaredIndex(matcher.group(2), matcher.group(3), matcher.group(1) != null, columnNames));
		}

		return Collections.unmodifiableList(indexes);
	}

	public String indexesSql() {
		return _indexesSql;
	}

	public String sequencesSql() {
		return _sequencesSql;
	}

	/**
	 * The tables tables.sql creates, as written there.
	 */
	public List<String> tableNames() {
		List<String> tableNames = new ArrayList<>();

		Matcher matcher = _CREATE_TABLE_PATTERN.matcher(_tablesSql);

		while (matcher.find()) {
			tableNames.add(matcher.group(1));
		}

		return Collections.unmodifiableList(tableNames);
	}

	public String tablesSql() {
		return _tablesSql;
	}

	@Override
	public String toString() {
		return "Service Builder SQL of " + _origin;
	}

	private ServiceBuilderSql(String origin, String tablesSql, String sequencesSql, String indexesSql) {
		_origin = origin;
		_tablesSql = tablesSql;
		_sequencesSql = sequencesSql;
		_indexesSql = indexesSql;
	}

	private static final Pattern _CREATE_INDEX_PATTERN = Pattern.compile(
		"create\\s+(unique\\s+)?index\\s+(\\w+)\\s+on\\s+(\\w+)\\s*\\((.*?)\\)\\s*;",
		Pattern.CASE_INSENSITIVE);

	private static final Pattern _CREATE_TABLE_PATTERN = Pattern.compile(
		"create\\s+table\\s+(\\w+)\\s*\\(", Pattern.CASE_INSENSITIVE);

	private final String _indexesSql;
	private final String _origin;
	private final String _sequencesSql;
	private final String _tablesSql;

	/**
	 * An index as indexes.sql declares it. Names compare case-insensitively, as the databases store them.
	 */
	public static final class DeclaredIndex {

		public List<String> columnNames() {
			return _columnNames;
		}

		public String name() {
			return _name;
		}

		public String tableName() {
			return _tableName;
		}

		@Override
		public String toString() {
			return (_unique ? "unique index " : "index ") + _name + " on " + _tableName + " " + _columnNames;
		}

		public boolean unique() {
			return _unique;
		}

		DeclaredIndex(String name, String tableName, boolean unique, List<String> columnNames) {
			_name = name;
			_tableName = tableName;
			_unique = unique;
			_columnNames = Collections.unmodifiableList(columnNames);
		}

		private final List<String> _columnNames;
		private final String _name;
		private final String _tableName;
		private final boolean _unique;

	}

}
