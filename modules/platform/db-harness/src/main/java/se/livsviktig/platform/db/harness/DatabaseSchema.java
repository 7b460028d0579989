package se.livsviktig.platform.db.harness;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a database really holds, read back through JDBC metadata: tables, and each table's indexes with their
 * columns and uniqueness. Names are lower-cased, because PostgreSQL folds unquoted names and MariaDB keeps them.
 */
public final class DatabaseSchema {

	public static DatabaseSchema read(TestDatabase testDatabase) throws SQLException {
		Map<String, Map<String, ActualIndex>> indexesByTable = new TreeMap<>();

		try (Connection connection = testDatabase.connect()) {
			DatabaseMetaData databaseMetaData = connection.getMetaData();

			String catalog = connection.getCatalog();
			String schema = connection.getSchema();

			Set<String> tableNames = new TreeSet<>();

			try (ResultSet resultSet = databaseMetaData.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
				while (resultSet.next()) {
					tableNames.add(resultSet.getString("TABLE_NAME"));
				}
			}

			for (String tableName : tableNames) {
				indexesByTable.put(
					_normalize(tableName), _readIndexes(databaseMetaData, catalog, schema, tableName));
			}
		}

		return new DatabaseSchema(indexesByTable);
	}

	public Optional<ActualIndex> index(String tableName, String indexName) {
		Map<String, ActualIndex> indexes = _indexesByTable.get(_normalize(tableName));

		if (indexes == null) {
			return Optional.empty();
		}

		return Optional.ofNullable(indexes.get(_normalize(indexName)));
	}

	public List<ActualIndex> indexes(String tableName) {
		Map<String, ActualIndex> indexes = _indexesByTable.getOrDefault(_normalize(tableName), Map.of());

		return new ArrayList<>(indexes.values());
	}

	public boolean hasTable(String tableName) {
		return _indexesByTable.containsKey(_normalize(tableName));
	}

	public Set<String> tableNames() {
		return Collections.unmodifiableSet(_indexesByTable.keySet());
	}

	private static String _normalize(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static Map<String, ActualIndex> _readIndexes(
			DatabaseMetaData databaseMetaData, String catalog, String schema, String tableName)
		throws SQLException {

		Map<String, Boolean> uniqueByIndex = new TreeMap<>();
		Map<String, Map<Short, String>> columnsByIndex = new TreeMap<>();

		try (ResultSet resultSet = databaseMetaData.getIndexInfo(catalog, schema, tableName, false, false)) {
			while (resultSet.next()) {
				String indexName = resultSet.getString("INDEX_NAME");

				if (indexName == null) {
					continue;
				}

				indexName = _normalize(indexName);

				uniqueByIndex.put(indexName, !resultSet.getBoolean("NON_UNIQUE"));

				columnsByIndex.computeIfAbsent(
					indexName, key -> new TreeMap<>()
				).put(
					resultSet.getShort("ORDINAL_POSITION"), _normalize(resultSet.getString("COLUMN_NAME"))
				);
			}
		}

		Map<String, ActualIndex> indexes = new TreeMap<>();

		for (Map.Entry<String, Boolean> entry : uniqueByIndex.entrySet()) {
			String indexName = entry.getKey();

			indexes.put(
				indexName,
				new ActualIndex(
					indexName, entry.getValue(), new ArrayList<>(columnsByIndex.get(indexName).values())));
		}

		return indexes;
	}

	private DatabaseSchema(Map<String, Map<String, ActualIndex>> indexesByTable) {
		_indexesByTable = indexesByTable;
	}

	private final Map<String, Map<String, ActualIndex>> _indexesByTable;

	/**
	 * An index as the database reports it.
	 */
	public static final class ActualIndex {

		/**
		 * The indexed columns, lower-cased, in index order.
		 */
		public List<String> columnNames() {
			return _columnNames;
		}

		public String name() {
			return _name;
		}

		@Override
		public String toString() {
			return (_unique ? "unique index " : "index ") + _name + " " + _columnNames;
		}

		public boolean unique() {
			return _unique;
		}

		private ActualIndex(String name, boolean unique, List<String> columnNames) {
			_name = name;
			_unique = unique;
			_columnNames = Collections.unmodifiableList(columnNames);
		}

		private final List<String> _columnNames;
		private final String _name;
		private final boolean _unique;

	}

}
