package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.petra.executor.PortalExecutorManager;
import com.liferay.portal.dao.orm.hibernate.DynamicQueryFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.OrderFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.ProjectionFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.PropertyFactoryImpl;
import com.liferay.portal.dao.orm.hibernate.RestrictionsFactoryImpl;
import com.liferay.portal.kernel.dao.orm.DynamicQueryFactoryUtil;
import com.liferay.portal.kernel.dao.orm.OrderFactoryUtil;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.PropertyFactoryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.search.IndexerRegistry;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;


import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.UserColumns;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.service.SurveyDispatchLocalService;
import se.livsviktig.survey.service.SurveyInvitationLocalService;
import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.survey.service.SurveyResponseLocalService;
import se.livsviktig.survey.service.persistence.SurveyAnswerPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;
import se.livsviktig.survey.uad.anonymizer.SurveyDispatchUADAnonymizer;
import se.livsviktig.survey.uad.anonymizer.SurveyInvitationUADAnonymizer;
import se.livsviktig.survey.uad.anonymizer.SurveyResponseUADAnonymizer;
import se.livsviktig.survey.uad.anonymizer.SurveyUADAnonymizer;

/**
 * Erasing a person on the persistence tier: every survey UAD anonymiser, built with {@code new} and handed the
 * bundle's local services as its {@code @Reference}s would be, runs its "anonymise all" on PostgreSQL; afterwards
 * no column of any {@code LVSurvey_} table that holds a user's id or name still names the person (a coordinator
 * who wrote a survey and sent it, and answered a named survey and was invited to another), while the answers stay
 * for the results and another person's rows stay as they were.
 *
 * @author Livsviktig
 */
class PersonalDataErasureIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	/**
	 * The portal's own dynamic query and order factories (from the API jar), which the UAD framework's queries and
	 * the actionable dynamic query's paging use; an executor manager, which that query asks for; an indexer
	 * registry without survey indexers, for the generated methods' @Indexable advice.
	 */
	@BeforeAll
	static void setUpPortalServices() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);
		SystemBundleUtil.getBundleContext(
		).registerService(
			PortalExecutorManager.class, mock(PortalExecutorManager.class), null
		);

		new DynamicQueryFactoryUtil().setDynamicQueryFactory(
			new DynamicQueryFactoryImpl());
		new OrderFactoryUtil().setOrderFactory(new OrderFactoryImpl());
		new ProjectionFactoryUtil().setProjectionFactory(
			new ProjectionFactoryImpl());
		new PropertyFactoryUtil().setPropertyFactory(new PropertyFactoryImpl());
		new RestrictionsFactoryUtil().setRestrictionsFactory(
			new RestrictionsFactoryImpl());
	}

	@BeforeEach
	void setUp() throws Exception {
		_erasedUserId = _rows.newId();
		_otherUserId = _rows.newId();

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn("Anonymous Anonymous");

		_survey = _rows.survey(
			survey -> {
				survey.setCompanyId(_COMPANY_ID);
				survey.setUserId(_erasedUserId);
				survey.setUserName(_fullName(_erasedUserId));
			});

		_rows.surveyDispatch(
			dispatch -> {
				dispatch.setCompanyId(_COMPANY_ID);
				dispatch.setSurveyId(_survey.getSurveyId());
				dispatch.setUserId(_erasedUserId);
				dispatch.setUserName(_fullName(_erasedUserId));
			});

		_openInvitation = _invitation(
			_erasedUserId, SurveyInvitationConstants.STATUS_SENT);
		_othersInvitation = _invitation(
			_otherUserId, SurveyInvitationConstants.STATUS_SENT);

		_namedResponse = _response(_erasedUserId);
		_othersResponse = _response(_otherUserId);

		_rows.surveyAnswer(
			answer -> {
				answer.setCompanyId(_COMPANY_ID);
				answer.setSurveyResponseId(_namedResponse.getSurveyResponseId());
				answer.setNumericValue(4);
			});
	}

	@Test
	void erasingAPersonLeavesNoSurveyRowThatNamesThemAndKeepsTheAnswers()
		throws Exception {

		assertTrue(
			_columnsNaming(_erasedUserId).size() >= 4,
			"the rows name the person before");

		_erase(_erasedUserId);

		assertAll(
			() -> assertEquals(List.of(), _columnsNaming(_erasedUserId)),
			() -> assertEquals(
				SurveyInvitationConstants.STATUS_OPTED_OUT,
				_rows.read(
					() -> harness.get(
						SurveyInvitationPersistence.class
					).findByPrimaryKey(
						_openInvitation.getSurveyInvitationId()
					).getStatus()),
				"nothing more is sent for the erased person's invitation"),
			() -> assertEquals(
				1,
				(int)_rows.read(
					() -> harness.get(
						SurveyAnswerPersistence.class
					).countBySurveyResponseId(
						_namedResponse.getSurveyResponseId()
					)),
				"the answers stay for the results"),
			() -> assertEquals(
				_otherUserId,
				_rows.read(
					() -> harness.get(
						SurveyResponsePersistence.class
					).findByPrimaryKey(
						_othersResponse.getSurveyResponseId()
					).getUserId()),
				"another person's response stays theirs"),
			() -> assertEquals(
				_otherUserId,
				_rows.read(
					() -> harness.get(
						SurveyInvitationPersistence.class
					).findByPrimaryKey(
						_othersInvitation.getSurveyInvitationId()
					).getUserId()),
				"another person's invitation stays theirs"));
	}

	/**
	 * @return each column of a survey table that holds a user's id or name and still names the person, as
	 *         {@code table.column}
	 */
	private List<String> _columnsNaming(long userId) throws Exception {
		UserColumns userColumns = UserColumns.of(
			harness.pooledDataSource(), "lvsurvey_%");

		List<String> tableNames = userColumns.tableNames();

		assertEquals(8, tableNames.size(), "every survey table: " + tableNames);

		return userColumns.naming(userId, _fullName(userId));
	}

	/**
	 * Runs every anonymiser of the survey app's personal data, as the portal's "anonymise all" does, in one
	 * transaction: the generated actionable dynamic query reads through the local service's implementation.
	 */
	private void _erase(long userId) throws Exception {
		List<UADAnonymizer<?>> uadAnonymizers = List.of(
			_wired(
				new SurveyUADAnonymizer(), "surveyLocalService",
				SurveyLocalService.class),
			_wired(
				new SurveyDispatchUADAnonymizer(), "surveyDispatchLocalService",
				SurveyDispatchLocalService.class),
			_wired(
				new SurveyInvitationUADAnonymizer(),
				"surveyInvitationLocalService",
				SurveyInvitationLocalService.class),
			_wired(
				new SurveyResponseUADAnonymizer(), "surveyResponseLocalService",
				SurveyResponseLocalService.class));

		harness.runInTransaction(
			() -> {
				for (UADAnonymizer<?> uadAnonymizer : uadAnonymizers) {
					uadAnonymizer.autoAnonymizeAll(userId, _anonymousUser);
				}
			});
	}

	private String _fullName(long userId) {
		return "Person " + userId;
	}

	private SurveyInvitation _invitation(long userId, int status)
		throws Exception {

		return _rows.surveyInvitation(
			invitation -> {
				invitation.setCompanyId(_COMPANY_ID);
				invitation.setSurveyId(_survey.getSurveyId());
				invitation.setSurveyDispatchId(_rows.newId());
				invitation.setRegistrationId(_rows.newId());
				invitation.setUserId(userId);
				invitation.setStatus(status);
			});
	}

	private SurveyResponse _response(long userId) throws Exception {
		return _rows.surveyResponse(
			response -> {
				response.setCompanyId(_COMPANY_ID);
				response.setSurveyId(_survey.getSurveyId());
				response.setUserId(userId);
			});
	}

	private <T extends UADAnonymizer<?>> T _wired(
		T uadAnonymizer, String fieldName, Class<?> localServiceClass) {

		Fields.set(
			uadAnonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));

		Fields.set(uadAnonymizer, fieldName, harness.get(localServiceClass));

		return uadAnonymizer;
	}

	private static final long _ANONYMOUS_USER_ID = 20130;

	private static final long _COMPANY_ID = 20097;

	private final User _anonymousUser = mock(User.class);
	private long _erasedUserId;
	private SurveyResponse _namedResponse;
	private SurveyInvitation _openInvitation;
	private SurveyInvitation _othersInvitation;
	private SurveyResponse _othersResponse;
	private long _otherUserId;
	private final SurveyRows _rows = new SurveyRows(harness);
	private Survey _survey;

}
