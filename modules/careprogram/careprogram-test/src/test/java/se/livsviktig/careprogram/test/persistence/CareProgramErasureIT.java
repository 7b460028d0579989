package se.livsviktig.careprogram.test.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;
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
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.search.IndexerRegistry;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramContactLocalService;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.ReviewNoticeLocalService;
import se.livsviktig.careprogram.service.persistence.CareProgramContactPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramPersistence;
import se.livsviktig.careprogram.service.persistence.ContentReviewPersistence;
import se.livsviktig.careprogram.service.persistence.LocalRoutinePersistence;
import se.livsviktig.careprogram.service.persistence.ReviewNoticePersistence;
import se.livsviktig.careprogram.uad.anonymizer.CareProgramUADAnonymizer;
import se.livsviktig.careprogram.uad.anonymizer.ContentReviewUADAnonymizer;
import se.livsviktig.careprogram.uad.anonymizer.LocalRoutineUADAnonymizer;
import se.livsviktig.careprogram.uad.anonymizer.ProgramContactUADAnonymizer;
import se.livsviktig.careprogram.uad.anonymizer.ReviewNoticeRecipientUADAnonymizer;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.test.support.Fields;

/**
 * Erasing an owner's personal data on PostgreSQL, every careprogram anonymiser run as the portal's "anonymise all"
 * does: their routine and programme are left without an owner (the routine since when), their reviews stay in the
 * log as the anonymous user's, and the rows that only name them (a contact, a notice sent) are gone.
 *
 * @author Livsviktig
 */
class CareProgramErasureIT {

	@RegisterExtension
	static final PersistenceHarness harness = CareProgramRows.harness();

	/**
	 * As instructor-test's NetworkErasureIT: the portal's dynamic query factories (from the API jar) that the UAD
	 * framework's queries use, an executor manager the actionable query asks for, and an indexer registry without
	 * careprogram indexers for the generated methods' @Indexable advice.
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
		// The company's time zone counts a routine's next due date (CompanyReviewSchedule)

		Company company = mock(Company.class);

		when(company.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Stockholm"));
		when(harness.portalService(CompanyLocalService.class).getCompany(_COMPANY_ID)).thenReturn(company);

		_user(_EDITOR_USER_ID);
		_user(_OWNER_USER_ID);

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
		when(_anonymousUser.getFullName()).thenReturn("Anonymous Anonymous");

		when(
			harness.portalService(
				Portal.class
			).getSiteDefaultLocale(
				anyLong()
			)
		).thenReturn(
			_SWEDISH
		);

		JournalArticle journalArticle = mock(JournalArticle.class);

		when(journalArticle.getCompanyId()).thenReturn(_COMPANY_ID);
		when(journalArticle.getGroupId()).thenReturn(_GROUP_ID);
		when(journalArticle.getVersion()).thenReturn(1.0);

		when(
			harness.portalService(
				JournalArticleLocalService.class
			).fetchLatestArticle(
				_ARTICLE
			)
		).thenReturn(
			journalArticle
		);

		Organization organization = mock(Organization.class);

		when(organization.getCompanyId()).thenReturn(_COMPANY_ID);

		when(
			harness.portalService(
				OrganizationLocalService.class
			).fetchOrganization(
				anyLong()
			)
		).thenReturn(
			organization
		);
	}

	@Test
	void anErasedOwnerLeavesTheirTextsWithoutOwnerAndTheirReviewsAnonymous()
		throws Exception {

		CareProgram careProgram = harness.get(
			CareProgramLocalService.class
		).addCareProgram(
			_EDITOR_USER_ID, _GROUP_ID, Map.of(_SWEDISH, "Adhd"), _ARTICLE,
			"https://www.vardochinsats.se/adhd/", _OWNER_USER_ID, 12,
			new long[0], new long[0], new long[] {_OWNER_USER_ID},
			new ServiceContext()
		);

		long careProgramId = careProgram.getCareProgramId();

		LocalRoutine localRoutine = harness.get(
			LocalRoutineLocalService.class
		).addLocalRoutine(
			_EDITOR_USER_ID, careProgramId, _ORGANIZATION_ID, _ARTICLE,
			_OWNER_USER_ID, 12, new ServiceContext()
		);

		long localRoutineId = localRoutine.getLocalRoutineId();

		harness.get(
			LocalRoutineLocalService.class
		).confirmLocalRoutineReview(
			_OWNER_USER_ID, localRoutineId, "Stämmer"
		);

		_rows.reviewNotice(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setLocalRoutineId(localRoutineId);
				row.setRecipientUserId(_OWNER_USER_ID);
				row.setEpisodeKey("2027-12-06");
			});

		_erase(_OWNER_USER_ID);

		LocalRoutine erasedRoutine = _rows.read(
			() -> harness.get(
				LocalRoutinePersistence.class
			).findByPrimaryKey(
				localRoutineId
			));
		CareProgram erasedProgram = _rows.read(
			() -> harness.get(
				CareProgramPersistence.class
			).findByPrimaryKey(
				careProgramId
			));
		List<ContentReview> log = _rows.read(
			() -> harness.get(
				ContentReviewPersistence.class
			).findByLocalRoutineId(
				localRoutineId
			));

		assertAll(
			() -> assertEquals(0, erasedRoutine.getOwnerUserId()),
			() -> assertNotNull(erasedRoutine.getOwnerlessSince()),
			() -> assertEquals(
				_ANONYMOUS_USER_ID, erasedRoutine.getLastReviewUserId()),
			() -> assertEquals(_EDITOR_USER_ID, erasedRoutine.getUserId()),
			() -> assertEquals(0, erasedProgram.getOwnerUserId()),
			() -> assertEquals(1, log.size()),
			() -> assertEquals(_ANONYMOUS_USER_ID, log.get(0).getUserId()),
			() -> assertEquals(
				"Anonymous Anonymous", log.get(0).getUserName()),
			() -> assertEquals("Stämmer", log.get(0).getComment()),
			() -> assertEquals(
				0,
				(int)_rows.read(
					() -> harness.get(
						CareProgramContactPersistence.class
					).countByCareProgramId(
						careProgramId
					))),
			() -> assertNull(
				_rows.read(
					() -> harness.get(
						ReviewNoticePersistence.class
					).fetchByR_K_E(
						localRoutineId, careProgramId, _OWNER_USER_ID, 0,
						"2027-12-06"
					))));
	}

	private void _erase(long userId) throws Exception {
		ProgramContactUADAnonymizer programContactUADAnonymizer =
			new ProgramContactUADAnonymizer();

		Fields.set(
			programContactUADAnonymizer, "_careProgramContactLocalService",
			harness.get(CareProgramContactLocalService.class));

		ReviewNoticeRecipientUADAnonymizer reviewNoticeRecipientUADAnonymizer =
			new ReviewNoticeRecipientUADAnonymizer();

		Fields.set(
			reviewNoticeRecipientUADAnonymizer, "_reviewNoticeLocalService",
			harness.get(ReviewNoticeLocalService.class));

		List<UADAnonymizer<?>> uadAnonymizers = List.of(
			_wired(
				new LocalRoutineUADAnonymizer(), "localRoutineLocalService",
				LocalRoutineLocalService.class),
			_wired(
				new CareProgramUADAnonymizer(), "careProgramLocalService",
				CareProgramLocalService.class),
			_wired(
				new ContentReviewUADAnonymizer(), "contentReviewLocalService",
				ContentReviewLocalService.class),
			programContactUADAnonymizer, reviewNoticeRecipientUADAnonymizer);

		harness.runInTransaction(
			() -> {
				for (UADAnonymizer<?> uadAnonymizer : uadAnonymizers) {
					uadAnonymizer.autoAnonymizeAll(userId, _anonymousUser);
				}
			});
	}

	private void _user(long userId) throws Exception {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(userId);
		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn("Person " + userId);
		when(user.isActive()).thenReturn(true);

		UserLocalService userLocalService = harness.portalService(
			UserLocalService.class);

		when(userLocalService.getUser(userId)).thenReturn(user);
		when(userLocalService.fetchUser(userId)).thenReturn(user);
	}

	private <T extends UADAnonymizer<?>> T _wired(
		T uadAnonymizer, String fieldName, Class<?> localServiceClass) {

		Fields.set(
			uadAnonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));

		Fields.set(uadAnonymizer, fieldName, harness.get(localServiceClass));

		return uadAnonymizer;
	}

	private static final long _ANONYMOUS_USER_ID = 9;

	private static final long _ARTICLE = 50001;

	private static final long _COMPANY_ID = 20097;

	private static final long _EDITOR_USER_ID = 302;

	private static final long _GROUP_ID = 20121;

	private static final long _ORGANIZATION_ID = 40001;

	private static final long _OWNER_USER_ID = 301;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final User _anonymousUser = mock(User.class);
	private final CareProgramRows _rows = new CareProgramRows(harness);

}
