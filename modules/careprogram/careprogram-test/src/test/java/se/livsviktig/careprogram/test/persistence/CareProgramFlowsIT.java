package se.livsviktig.careprogram.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
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

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.exception.ContentOwnerException;
import se.livsviktig.careprogram.exception.ContentReviewCommentException;
import se.livsviktig.careprogram.exception.DuplicateLocalRoutineException;
import se.livsviktig.careprogram.exception.ReviewIntervalException;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramTable;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.persistence.CareProgramContactPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramPersistence;
import se.livsviktig.careprogram.service.persistence.ContentReviewPersistence;
import se.livsviktig.careprogram.service.persistence.LocalRoutinePersistence;
import se.livsviktig.careprogram.service.persistence.ReviewNoticePersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The programme and routine services on PostgreSQL with the portal's services as doubles (users, organizations,
 * Web Content articles, the site's language): what a refusal leaves behind (nothing), what a confirmation writes
 * (the dates and one log row, together), what a deletion takes with it, and that seeding twice adds once. The
 * portal's own Journal and asset services are not run here: that an article's real group and version are read
 * right rests on their API (see README).
 *
 * @author Livsviktig
 */
class CareProgramFlowsIT {

	@RegisterExtension
	static final PersistenceHarness harness = CareProgramRows.harness();

	/**
	 * The generated delete methods are @Indexable: the portal's indexing finds no indexer for these models.
	 */
	@BeforeAll
	static void setUpIndexing() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);
	}

	@BeforeEach
	void setUp() throws Exception {
		// The company's time zone counts a routine's next due date (CompanyReviewSchedule)

		Company company = mock(Company.class);

		when(company.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Stockholm"));
		when(harness.portalService(CompanyLocalService.class).getCompany(_COMPANY_ID)).thenReturn(company);

		_user(_EDITOR_USER_ID, true);
		_user(_OWNER_USER_ID, true);
		_user(_INACTIVE_USER_ID, false);

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
		when(journalArticle.getVersion()).thenReturn(1.3);

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
	void aRefusedProgrammeWritesNothing() throws Exception {
		assertThrows(
			ContentOwnerException.class,
			() -> _addProgram(_INACTIVE_USER_ID, 12, new long[0]));
		assertThrows(
			ReviewIntervalException.class,
			() -> _addProgram(_OWNER_USER_ID, 61, new long[0]));

		assertEquals(
			0,
			(int)_rows.read(
				() -> harness.get(
					CareProgramPersistence.class
				).countByG(
					_GROUP_ID
				)));
	}

	@Test
	void confirmingSetsTheDatesAndLogsTheReviewTogether() throws Exception {
		CareProgram careProgram = _addProgram(
			_OWNER_USER_ID, 6, new long[] {_OWNER_USER_ID});

		assertNotNull(careProgram.getNextReviewDate());

		LocalRoutine localRoutine = _routines().addLocalRoutine(
			_EDITOR_USER_ID, careProgram.getCareProgramId(), _ORGANIZATION_ID,
			_ARTICLE, _OWNER_USER_ID, 12, new ServiceContext());

		Date before = new Date();

		LocalRoutine confirmed = _routines().confirmLocalRoutineReview(
			_OWNER_USER_ID, localRoutine.getLocalRoutineId(), " Stämmer ");

		assertEquals(_OWNER_USER_ID, confirmed.getLastReviewUserId());
		assertEquals(
			confirmed.getLastReviewDate().toInstant().atZone(
				java.time.ZoneOffset.UTC
			).plusMonths(
				12
			).toInstant(),
			confirmed.getNextReviewDate().toInstant());

		List<ContentReview> log = _rows.read(
			() -> harness.get(
				ContentReviewPersistence.class
			).findByLocalRoutineId(
				localRoutine.getLocalRoutineId()
			));

		assertEquals(1, log.size());
		assertEquals(
			ContentReviewConstants.KIND_CONFIRMED, log.get(0).getReviewKind());
		assertEquals("Stämmer", log.get(0).getComment());
		assertEquals(1.3, log.get(0).getArticleVersion());
		assertEquals(_OWNER_USER_ID, log.get(0).getUserId());
		assertEquals(
			!log.get(0).getReviewDate().before(before), true,
			"logged at the confirmation");

		// A comment too long refuses the confirmation: neither the dates nor the log change

		assertThrows(
			ContentReviewCommentException.class,
			() -> _routines().confirmLocalRoutineReview(
				_OWNER_USER_ID, localRoutine.getLocalRoutineId(),
				"x".repeat(2001)));

		assertEquals(
			confirmed.getLastReviewDate(),
			_rows.read(
				() -> harness.get(
					LocalRoutinePersistence.class
				).findByPrimaryKey(
					localRoutine.getLocalRoutineId()
				).getLastReviewDate()));
		assertEquals(
			1,
			(int)_rows.read(
				() -> harness.get(
					ContentReviewPersistence.class
				).countByLocalRoutineId(
					localRoutine.getLocalRoutineId()
				)));
	}

	@Test
	void aSecondRoutineOfTheSameAdministrationIsRefused() throws Exception {
		CareProgram careProgram = _addProgram(
			_OWNER_USER_ID, 12, new long[0]);

		_routines().addLocalRoutine(
			_EDITOR_USER_ID, careProgram.getCareProgramId(), _ORGANIZATION_ID,
			_ARTICLE, _OWNER_USER_ID, 12, new ServiceContext());

		assertThrows(
			DuplicateLocalRoutineException.class,
			() -> _routines().addLocalRoutine(
				_EDITOR_USER_ID, careProgram.getCareProgramId(),
				_ORGANIZATION_ID, _ARTICLE, _OWNER_USER_ID, 12,
				new ServiceContext()));

		assertEquals(
			1,
			_routines().getCareProgramLocalRoutines(
				careProgram.getCareProgramId()
			).size());
	}

	@Test
	void deletingAProgrammeTakesEverythingThatIsOnlyItsWith()
		throws Exception {

		CareProgram careProgram = _addProgram(
			_OWNER_USER_ID, 12, new long[] {_OWNER_USER_ID, _EDITOR_USER_ID});

		long careProgramId = careProgram.getCareProgramId();

		LocalRoutine localRoutine = _routines().addLocalRoutine(
			_EDITOR_USER_ID, careProgramId, _ORGANIZATION_ID, _ARTICLE,
			_OWNER_USER_ID, 12, new ServiceContext());

		_routines().confirmLocalRoutineReview(
			_OWNER_USER_ID, localRoutine.getLocalRoutineId(), null);
		_programs().confirmCareProgramReview(
			_OWNER_USER_ID, careProgramId, null);

		_rows.reviewNotice(
			row -> {
				row.setCareProgramId(careProgramId);
				row.setLocalRoutineId(localRoutine.getLocalRoutineId());
				row.setRecipientUserId(_OWNER_USER_ID);
				row.setEpisodeKey("2027-01-01");
			});

		_programs().deleteCareProgram(careProgramId);

		assertEquals(
			0,
			(int)_rows.read(
				() -> harness.get(
					LocalRoutinePersistence.class
				).countByCareProgramId(
					careProgramId
				)));
		assertEquals(
			0,
			(int)_rows.read(
				() -> harness.get(
					ContentReviewPersistence.class
				).countByCareProgramId(
					careProgramId
				)));
		assertEquals(
			0,
			(int)_rows.read(
				() -> harness.get(
					CareProgramContactPersistence.class
				).countByCareProgramId(
					careProgramId
				)));
		assertEquals(
			0,
			(int)_rows.read(
				() -> harness.get(
					ReviewNoticePersistence.class
				).countAll()));
		assertEquals(
			null,
			_rows.read(
				() -> harness.get(
					CareProgramPersistence.class
				).fetchByPrimaryKey(
					careProgramId
				)));
	}

	@Test
	void seedingTwiceAddsTheNationalProgrammesOnce() throws Exception {
		long groupId = _rows.newId();

		List<CareProgram> first = _programs().addNationalCarePrograms(
			_EDITOR_USER_ID, groupId, new ServiceContext());
		List<CareProgram> second = _programs().addNationalCarePrograms(
			_EDITOR_USER_ID, groupId, new ServiceContext());

		assertEquals(List.of(), second);
		assertEquals(
			first.size(),
			_programs().getGroupCareProgramsCount(groupId));
		assertEquals(
			"Adhd",
			_programs().getGroupCarePrograms(
				groupId, QueryUtil.ALL_POS, QueryUtil.ALL_POS
			).stream(
			).filter(
				careProgram -> careProgram.getNationalURL(
				).endsWith(
					"/adhd/"
				)
			).findFirst(
			).get(
			).getTitle(
				_SWEDISH
			));
	}

	@Test
	void theListFindsByWordsOfTheTitleAndByAdministration() throws Exception {
		CareProgram careProgram = _programs().addCareProgram(
			_EDITOR_USER_ID, _GROUP_ID,
			Map.of(_SWEDISH, "Självskadebeteende hos unga"), _ARTICLE,
			"https://www.vardochinsats.se/sjaelvskadebeteende/",
			_OWNER_USER_ID, 12, new long[0], new long[0], new long[0],
			new ServiceContext());

		_routines().addLocalRoutine(
			_EDITOR_USER_ID, careProgram.getCareProgramId(), _SEARCH_ORGANIZATION_ID,
			_ARTICLE, _OWNER_USER_ID, 12, new ServiceContext());

		assertEquals(
			List.of(careProgram.getCareProgramId()),
			_ids(_search("SJÄLVSKADE unga", 0)));
		assertEquals(List.of(), _ids(_search("depression unga", 0)));
		assertEquals(
			List.of(careProgram.getCareProgramId()),
			_ids(_search(null, _SEARCH_ORGANIZATION_ID)));
		assertEquals(List.of(), _ids(_search(null, _SEARCH_ORGANIZATION_ID + 1)));
		assertEquals(
			List.of(), _ids(_search("sv", 0)),
			"the words of the title, not the language ids of its XML");
	}

	@Test
	void theKeywordsFollowTheTitleWhenItChanges() throws Exception {
		CareProgram careProgram = _programs().addCareProgram(
			_EDITOR_USER_ID, _GROUP_ID, Map.of(_SWEDISH, "Spelberoende"),
			_ARTICLE, "https://www.vardochinsats.se/spel/", _OWNER_USER_ID, 12,
			new long[0], new long[0], new long[0], new ServiceContext());

		assertEquals(
			List.of(careProgram.getCareProgramId()),
			_ids(_search("spelberoende", 0)));

		_programs().updateCareProgram(
			_EDITOR_USER_ID, careProgram.getCareProgramId(),
			Map.of(_SWEDISH, "Spelproblem", Locale.US, "Gambling problems"),
			_ARTICLE, "https://www.vardochinsats.se/spel/", _OWNER_USER_ID, 12,
			new long[0], new long[0], new long[0]);

		assertEquals(List.of(), _ids(_search("spelberoende", 0)));
		assertEquals(
			List.of(careProgram.getCareProgramId()),
			_ids(_search("GAMBLING spelproblem", 0)));
	}

	/**
	 * The remote service's permission condition (here a stand-in for the portal's inline permission predicate) is
	 * part of the page's statement and of the count's, so pages hold only viewable programmes and the count is
	 * their number.
	 */
	@Test
	void thePagesAndTheCountAgreeUnderAPermissionCondition()
		throws Exception {

		List<Long> careProgramIds = new ArrayList<>();

		for (int i = 0; i < 5; i++) {
			careProgramIds.add(
				_programs().addCareProgram(
					_EDITOR_USER_ID, _GROUP_ID,
					Map.of(_SWEDISH, "Sidindelning " + i), _ARTICLE,
					"https://www.vardochinsats.se/" + i + "/",
					_OWNER_USER_ID, 12, new long[0], new long[0], new long[0],
					new ServiceContext()
				).getCareProgramId());
		}

		Predicate mayView = CareProgramTable.INSTANCE.careProgramId.in(
					new Long[] {
						careProgramIds.get(0), careProgramIds.get(2),
						careProgramIds.get(3)
					});

		assertEquals(
			List.of(careProgramIds.get(0), careProgramIds.get(2)),
			_ids(
				_programs().searchCarePrograms(
					_GROUP_ID, "sidindelning", 0, 0, -1, mayView, 0, 2)));
		assertEquals(
			List.of(careProgramIds.get(3)),
			_ids(
				_programs().searchCarePrograms(
					_GROUP_ID, "sidindelning", 0, 0, -1, mayView, 2, 4)));
		assertEquals(
			3,
			_programs().searchCareProgramsCount(
				_GROUP_ID, "sidindelning", 0, 0, -1, mayView));
		assertEquals(
			5,
			_programs().searchCareProgramsCount(
				_GROUP_ID, "sidindelning", 0, 0, -1, null));
	}

	private static List<Long> _ids(List<CareProgram> carePrograms) {
		return carePrograms.stream(
		).map(
			CareProgram::getCareProgramId
		).collect(
			java.util.stream.Collectors.toList()
		);
	}

	private CareProgram _addProgram(
			long ownerUserId, int reviewIntervalMonths, long[] contactUserIds)
		throws Exception {

		return _programs().addCareProgram(
			_EDITOR_USER_ID, _GROUP_ID, Map.of(_SWEDISH, "Depression"),
			_ARTICLE, "https://www.vardochinsats.se/", ownerUserId,
			reviewIntervalMonths, new long[0], new long[0], contactUserIds,
			new ServiceContext());
	}

	private CareProgramLocalService _programs() {
		return harness.get(CareProgramLocalService.class);
	}

	private LocalRoutineLocalService _routines() {
		return harness.get(LocalRoutineLocalService.class);
	}

	private List<CareProgram> _search(String keywords, long organizationId)
		throws Exception {

		return _programs().searchCarePrograms(
			_GROUP_ID, keywords, 0, organizationId, -1, null,
			QueryUtil.ALL_POS, QueryUtil.ALL_POS);
	}

	private void _user(long userId, boolean active) throws Exception {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(userId);
		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn("Person " + userId);
		when(user.isActive()).thenReturn(active);

		UserLocalService userLocalService = harness.portalService(
			UserLocalService.class);

		when(userLocalService.getUser(userId)).thenReturn(user);
		when(userLocalService.fetchUser(userId)).thenReturn(user);
	}

	private static final long _ARTICLE = 50001;

	private static final long _COMPANY_ID = 20097;

	private static final long _EDITOR_USER_ID = 302;

	private static final long _GROUP_ID = 20121;

	private static final long _INACTIVE_USER_ID = 304;

	private static final long _ORGANIZATION_ID = 40001;

	private static final long _OWNER_USER_ID = 301;

	/**
	 * An administration with a routine in the list test only (the class's tests share their tables).
	 */
	private static final long _SEARCH_ORGANIZATION_ID = 40009;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final CareProgramRows _rows = new CareProgramRows(harness);

}
