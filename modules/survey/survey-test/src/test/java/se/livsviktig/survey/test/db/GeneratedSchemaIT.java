package se.livsviktig.survey.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.DatabaseSchema;
import se.livsviktig.platform.db.harness.DatabaseSchema.ActualIndex;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.ServiceBuilderSql;
import se.livsviktig.platform.db.harness.ServiceBuilderSql.DeclaredIndex;
import se.livsviktig.platform.db.harness.ServiceXml;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The survey service's generated tables.sql, sequences.sql and indexes.sql, translated by Liferay's own DB
 * classes, apply on each database and leave the schema service.xml describes. Applying happens when the test first
 * asks for its database, so a statement a database refuses fails every test here, naming the statement. The
 * invitation job's guarded insert relies on the unique index of SurveyInvitation's D_R finder
 * ({@code everyUniqueFinderIsGuardedByAUniqueIndex}).
 *
 * @author Livsviktig
 */
class GeneratedSchemaIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVSurveyPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void everyEntityOfServiceXmlHasItsTable(Vendor vendor) throws SQLException {
		DatabaseSchema databaseSchema = DatabaseSchema.read(_database(vendor));

		List<ServiceXml.Entity> entities = _serviceXml.entities();

		assertEquals(8, entities.size(), "entities with columns in service.xml");

		for (ServiceXml.Entity entity : entities) {
			assertTrue(
				databaseSchema.hasTable(entity.tableName()),
				entity.tableName() + " missing; the database has " + databaseSchema.tableNames());
		}
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void everyIndexOfIndexesSqlExistsWithItsColumnsAndUniqueness(Vendor vendor) throws SQLException {
		DatabaseSchema databaseSchema = DatabaseSchema.read(_database(vendor));

		List<DeclaredIndex> declaredIndexes = _serviceBuilderSql.indexes();

		assertFalse(declaredIndexes.isEmpty(), "indexes.sql declares no index");

		for (DeclaredIndex declaredIndex : declaredIndexes) {
			ActualIndex actualIndex = databaseSchema.index(
				declaredIndex.tableName(), declaredIndex.name()
			).orElseThrow(
				() -> new AssertionError(
					declaredIndex + " missing; the table has " +
						databaseSchema.indexes(declaredIndex.tableName()))
			);

			assertEquals(declaredIndex.unique(), actualIndex.unique(), declaredIndex.toString());
			assertEquals(_lowerCase(declaredIndex.columnNames()), actualIndex.columnNames(), declaredIndex.toString());
		}
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void everyUniqueFinderIsGuardedByAUniqueIndex(Vendor vendor) throws SQLException {
		DatabaseSchema databaseSchema = DatabaseSchema.read(_database(vendor));

		List<String> unguarded = new ArrayList<>();

		for (ServiceXml.Entity entity : _serviceXml.entities()) {
			for (ServiceXml.Finder finder : entity.finders()) {
				if (!finder.unique()) {
					continue;
				}

				Set<String> finderColumns = new HashSet<>(_lowerCase(finder.columnNames()));

				boolean guarded = databaseSchema.indexes(
					entity.tableName()
				).stream(
				).anyMatch(
					index -> index.unique() && finderColumns.equals(new HashSet<>(index.columnNames()))
				);

				if (!guarded) {
					unguarded.add(entity.name() + "." + finder);
				}
			}
		}

		assertEquals(List.of(), unguarded, "unique finders without a unique index");
	}

	private static List<String> _lowerCase(List<String> names) {
		return names.stream(
		).map(
			name -> name.toLowerCase(Locale.ROOT)
		).collect(
			Collectors.toList()
		);
	}

	private TestDatabase _database(Vendor vendor) {
		return databases.get(vendor);
	}

	private static final ServiceBuilderSql _serviceBuilderSql = ServiceBuilderSql.of(
		LVSurveyPersistenceConstants.class);
	private static final ServiceXml _serviceXml = ServiceXml.of(LVSurveyPersistenceConstants.class);

}
