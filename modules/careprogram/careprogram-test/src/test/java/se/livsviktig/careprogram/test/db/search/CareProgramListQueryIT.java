package se.livsviktig.careprogram.test.db.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.ResourcePermissionTable;
import com.liferay.portal.kernel.service.GroupLocalService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.mockito.Mockito;

import se.livsviktig.careprogram.internal.search.CareProgramListQuery;
import se.livsviktig.careprogram.internal.search.CareProgramSearchText;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramTable;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;
import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.LiferaySql;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;

/**
 * The programme list's statements (CareProgramListQuery) on PostgreSQL and MariaDB, as the portal's Hibernate runs
 * them: the DSL's SQL and values, the SQL through Liferay's SQL transformer. The keyword search finds the words
 * readers see in any translation of the title (every word, any case, Swedish letters, % and _ as characters), not
 * the title column's XML; the permission condition is the portal's inline permission predicate, built here in the
 * shape InlineSQLHelperImpl builds it (VIEW granted on the row in the portal's own ResourcePermission table, DDL from
 * portal-tables.sql, to one of the caller's roles, or the caller created the row), since the portal's implementation
 * is not in the API jar; the page and the count read the same rows, the same on both databases.
 *
 * @author Livsviktig
 */
class CareProgramListQueryIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVCareProgramPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theKeywordsFindTheWordsOfEveryTranslationNotTheXml(Vendor vendor)
		throws Exception {

		Programmes programmes = new Programmes(vendor);

		assertEquals(
			List.of(programmes.selfHarm),
			programmes.search("SJÄLVSKADA", null));
		assertEquals(
			List.of(programmes.selfHarm),
			programmes.search("self-harm unga", null),
			"every word, each in any translation");
		assertEquals(
			List.of(), programmes.search("självskada depression", null),
			"every word, not any");
		assertEquals(
			List.of(programmes.eatingDisorders),
			programmes.search("ätstörningar", null));
		assertEquals(
			List.of(), programmes.search("sv", null),
			"the language ids of the XML are not words of a title");
		assertEquals(
			List.of(), programmes.search("title", null),
			"nor are its element names");
		assertEquals(
			List.of(programmes.hundredPercent),
			programmes.search("100%", null),
			"% is a character to find");
		assertEquals(
			List.of(programmes.underscored),
			programmes.search("a_b", null),
			"_ is a character to find");
		assertEquals(6, programmes.count(null, null));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void thePermissionConditionNarrowsThePageAndTheCountAlike(Vendor vendor)
		throws Exception {

		Programmes programmes = new Programmes(vendor);

		programmes.grantView(programmes.selfHarm, _READER_ROLE_ID);
		programmes.grantView(programmes.hundredPercent, _OTHER_ROLE_ID);

		Predicate mayView = programmes.inlinePermissionPredicate(
			_READER_USER_ID, _READER_ROLE_ID);

		assertEquals(
			List.of(programmes.selfHarm, programmes.underscored),
			programmes.search(null, mayView),
			"granted to the reader's role, or created by the reader (the " +
				"owner role's grant)");
		assertEquals(2, programmes.count(null, mayView));
		assertEquals(
			List.of(programmes.selfHarm),
			programmes.search("unga", mayView),
			"keywords and permissions in the same statement");
		assertEquals(1, programmes.count("unga", mayView));
		assertEquals(
			List.of(), programmes.search("100%", mayView),
			"granted to another role only");
		assertEquals(0, programmes.count("100%", mayView));
	}

	private static final long _OTHER_ROLE_ID = 9002;

	private static final long _OWNER_ROLE_ID = 9003;

	private static final long _READER_ROLE_ID = 9001;

	private static final long _READER_USER_ID = 7001;

	private static final AtomicLong _ids = new AtomicLong(600_000);

	private static final Set<String> _portalTablesCreated = new HashSet<>();

	/**
	 * One site of one company per test, so the tests of a class share one database.
	 */
	private static final class Programmes {

		Programmes(Vendor vendor) throws SQLException {
			_vendor = vendor;
			_testDatabase = databases.get(vendor);

			_createResourcePermissionTable(_testDatabase);

			selfHarm = _programme(
				_titles(
					"Självskada hos unga", "Self-harm in young people"),
				_CREATOR_USER_ID);
			eatingDisorders = _programme(
				_titles("Ätstörningar", "Eating disorders"), _CREATOR_USER_ID);
			hundredPercent = _programme(
				_titles("Depression 100% av tiden", null), _CREATOR_USER_ID);
			underscored = _programme(
				_titles("Riskbruk a_b", null), _READER_USER_ID);

			// What an unescaped % or _ would find as well

			_programme(_titles("Riskbruk axb", null), _CREATOR_USER_ID);
			_programme(_titles("Spelberoende 1000", null), _CREATOR_USER_ID);

			_programme(_otherGroupId, _titles("Självskada", null), 1);
		}

		long count(String keywords, Predicate permissionPredicate)
			throws Exception {

			List<Object[]> rows = _select(
				_listQuery().count(
					_groupId, keywords, 0, 0, -1, permissionPredicate));

			return ((Number)rows.get(0)[0]).longValue();
		}

		void grantView(long careProgramId, long roleId) throws SQLException {
			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into ResourcePermission (mvccVersion, " +
							"ctCollectionId, resourcePermissionId, " +
								"companyId, name, scope, primKey, " +
									"primKeyId, roleId, ownerId, actionIds, " +
										"viewActionId) values (0, 0, ?, ?, " +
											"?, ?, ?, ?, ?, 0, 1, ?)")) {

				preparedStatement.setLong(1, _ids.incrementAndGet());
				preparedStatement.setLong(2, _companyId);
				preparedStatement.setString(3, CareProgram.class.getName());
				preparedStatement.setInt(
					4, ResourceConstants.SCOPE_INDIVIDUAL);
				preparedStatement.setString(5, String.valueOf(careProgramId));
				preparedStatement.setLong(6, careProgramId);
				preparedStatement.setLong(7, roleId);
				preparedStatement.setBoolean(8, true);

				preparedStatement.executeUpdate();
			}
		}

		/**
		 * What InlineSQLHelperImpl.getPermissionWherePredicate(CareProgram.class, careProgramId, groupId) makes for
		 * a signed-in user with these roles and no VIEW on all the site's or company's programmes.
		 */
		Predicate inlinePermissionPredicate(long userId, long... roleIds) {
			ResourcePermissionTable resourcePermissionTable =
				ResourcePermissionTable.INSTANCE;

			Long[] roleIdObjects = new Long[roleIds.length];

			for (int i = 0; i < roleIds.length; i++) {
				roleIdObjects[i] = roleIds[i];
			}

			return CareProgramTable.INSTANCE.careProgramId.in(
				DSLQueryFactoryUtil.selectDistinct(
					resourcePermissionTable.primKeyId
				).from(
					resourcePermissionTable
				).where(
					resourcePermissionTable.companyId.eq(
						_companyId
					).and(
						resourcePermissionTable.name.eq(
							CareProgram.class.getName())
					).and(
						resourcePermissionTable.scope.eq(
							ResourceConstants.SCOPE_INDIVIDUAL)
					).and(
						resourcePermissionTable.viewActionId.eq(true)
					).and(
						resourcePermissionTable.roleId.in(
							roleIdObjects
						).or(
							CareProgramTable.INSTANCE.userId.eq(userId)
						).withParentheses()
					)
				));
		}

		List<Long> search(String keywords, Predicate permissionPredicate)
			throws Exception {

			List<Long> careProgramIds = new ArrayList<>();

			for (Object[] row :
					_select(
						_listQuery().select(
							_groupId, keywords, 0, 0, -1, permissionPredicate,
							QueryUtil.ALL_POS, QueryUtil.ALL_POS))) {

				// The table's columns in service.xml's order: mvccVersion, uuid_, careProgramId, ...

				careProgramIds.add(((Number)row[2]).longValue());
			}

			return careProgramIds;
		}

		final long eatingDisorders;
		final long hundredPercent;
		final long selfHarm;
		final long underscored;

		private static synchronized void _createResourcePermissionTable(
			TestDatabase testDatabase) {

			if (!_portalTablesCreated.add(
					testDatabase.vendor() + "/" + testDatabase.name())) {

				return;
			}

			try (InputStream inputStream =
					CareProgramListQueryIT.class.getClassLoader(
					).getResourceAsStream(
						"com/liferay/portal/tools/sql/dependencies/" +
							"portal-tables.sql"
					)) {

				Matcher matcher = Pattern.compile(
					"create table ResourcePermission \\(.*?\\);", Pattern.DOTALL
				).matcher(
					new String(
						inputStream.readAllBytes(), StandardCharsets.UTF_8)
				);

				if (!matcher.find()) {
					throw new IllegalStateException(
						"portal-tables.sql has no table ResourcePermission");
				}

				LiferaySql.run(testDatabase, matcher.group());
			}
			catch (IOException ioException) {
				throw new UncheckedIOException(ioException);
			}
		}

		private static Map<Locale, String> _titles(
			String swedish, String english) {

			Map<Locale, String> titles = new LinkedHashMap<>();

			titles.put(_SWEDISH, swedish);

			if (english != null) {
				titles.put(Locale.US, english);
			}

			return titles;
		}

		/**
		 * The title column as the portal stores a localized field: XML naming each language and its element.
		 */
		private static String _titleXml(Map<Locale, String> titles) {
			StringBuilder sb = new StringBuilder(
				"<?xml version='1.0' encoding='UTF-8'?><root " +
					"available-locales=\"sv_SE,en_US\" default-locale=\"sv_SE\">");

			for (Map.Entry<Locale, String> entry : titles.entrySet()) {
				sb.append("<Title language-id=\"");
				sb.append(entry.getKey());
				sb.append("\">");
				sb.append(entry.getValue());
				sb.append("</Title>");
			}

			return sb.append(
				"</root>"
			).toString();
		}

		private CareProgramListQuery _listQuery() {
			return new CareProgramListQuery(
				Mockito.mock(ConfigurationProvider.class),
				Mockito.mock(GroupLocalService.class), _NOW);
		}

		private long _programme(long groupId, Map<Locale, String> titles, long userId)
			throws SQLException {

			long careProgramId = _ids.incrementAndGet();

			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						"insert into LVCareProgram_CareProgram (mvccVersion, " +
							"careProgramId, groupId, companyId, userId, " +
								"title, titleSearch, ownerUserId, " +
									"nextReviewDate) values (0, ?, ?, ?, ?, " +
										"?, ?, ?, ?)")) {

				preparedStatement.setLong(1, careProgramId);
				preparedStatement.setLong(2, groupId);
				preparedStatement.setLong(3, _companyId);
				preparedStatement.setLong(4, userId);
				preparedStatement.setString(5, _titleXml(titles));
				preparedStatement.setString(
					6, CareProgramSearchText.of(titles));
				preparedStatement.setLong(7, _CREATOR_USER_ID);
				preparedStatement.setTimestamp(
					8, Timestamp.from(_NOW.plusSeconds(86_400 * 200)));

				preparedStatement.executeUpdate();
			}

			// As addModelResources: the owner role's grant on the row, which makes its creator see it

			grantView(careProgramId, _OWNER_ROLE_ID);

			return careProgramId;
		}

		private long _programme(Map<Locale, String> titles, long userId)
			throws SQLException {

			return _programme(_groupId, titles, userId);
		}

		private List<Object[]> _select(DSLQuery dslQuery) throws SQLException {
			DefaultASTNodeListener defaultASTNodeListener =
				new DefaultASTNodeListener();

			String sql = CustomSql.transform(
				_vendor, dslQuery.toSQL(defaultASTNodeListener));

			List<Object[]> rows = new ArrayList<>();

			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(sql)) {

				List<Object> values = defaultASTNodeListener.getScalarValues();

				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);

					if (value instanceof Date) {
						preparedStatement.setTimestamp(
							i + 1, new Timestamp(((Date)value).getTime()));
					}
					else {
						preparedStatement.setObject(i + 1, value);
					}
				}

				try (ResultSet resultSet = preparedStatement.executeQuery()) {
					int columnCount = resultSet.getMetaData(
					).getColumnCount();

					while (resultSet.next()) {
						Object[] row = new Object[columnCount];

						for (int i = 0; i < columnCount; i++) {
							row[i] = resultSet.getObject(i + 1);
						}

						rows.add(row);
					}
				}
			}

			return rows;
		}

		private static final long _CREATOR_USER_ID = 7000;

		private static final Instant _NOW = Instant.parse(
			"2027-01-15T08:00:00Z");

		private static final Locale _SWEDISH = new Locale("sv", "SE");

		private final long _companyId = _ids.incrementAndGet();
		private final long _groupId = _ids.incrementAndGet();
		private final long _otherGroupId = _ids.incrementAndGet();
		private final TestDatabase _testDatabase;
		private final Vendor _vendor;

	}

}
