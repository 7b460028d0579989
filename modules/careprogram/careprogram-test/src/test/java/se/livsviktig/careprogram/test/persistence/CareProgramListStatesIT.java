package se.livsviktig.careprogram.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Portal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.persistence.CareProgramPersistence;
import se.livsviktig.careprogram.service.persistence.LocalRoutinePersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The programme list's review-state filter on PostgreSQL, in its one statement: a programme is listed under a state
 * when its own text or one of its routines (of the chosen administration, when one is chosen) is in it. Reviewed:
 * due after the reminder window (30 days); due soon: within it; overdue: due before now; without owner: owner 0.
 *
 * @author Livsviktig
 */
class CareProgramListStatesIT {

	@RegisterExtension
	static final PersistenceHarness harness = CareProgramRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		// The company's time zone counts a routine's next due date (CompanyReviewSchedule)

		Company company = mock(Company.class);

		when(company.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Stockholm"));
		when(harness.portalService(CompanyLocalService.class).getCompany(_COMPANY_ID)).thenReturn(company);

		User user = mock(User.class);

		when(user.getUserId()).thenReturn(_USER_ID);
		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn("Person");
		when(user.isActive()).thenReturn(true);

		UserLocalService userLocalService = harness.portalService(
			UserLocalService.class);

		when(userLocalService.getUser(_USER_ID)).thenReturn(user);
		when(userLocalService.fetchUser(_USER_ID)).thenReturn(user);

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

		Group group = mock(Group.class);

		when(group.getCompanyId()).thenReturn(_COMPANY_ID);

		when(
			harness.portalService(
				GroupLocalService.class
			).getGroup(
				_GROUP_ID
			)
		).thenReturn(
			group
		);

		CareProgramCompanyConfiguration configuration = mock(
			CareProgramCompanyConfiguration.class);

		when(configuration.reminderDaysBeforeDue()).thenReturn(30);

		when(
			harness.portalService(
				ConfigurationProvider.class
			).getCompanyConfiguration(
				eq(CareProgramCompanyConfiguration.class), anyLong()
			)
		).thenReturn(
			configuration
		);
	}

	@Test
	void eachProgrammeIsListedUnderTheStatesOfItsTextAndItsRoutines()
		throws Exception {

		Instant now = Instant.now();

		long reviewed = _program(now.plus(200, ChronoUnit.DAYS));
		long dueSoon = _program(now.plus(10, ChronoUnit.DAYS));
		long overdue = _program(now.minus(3, ChronoUnit.DAYS));

		// Reviewed itself, but its routine in the second administration has no owner

		long withOwnerlessRoutine = _program(now.plus(200, ChronoUnit.DAYS));

		_routine(
			withOwnerlessRoutine, _SECOND_ORGANIZATION_ID,
			now.plus(200, ChronoUnit.DAYS), 0);

		// Reviewed itself, its routine in the first administration overdue

		long withOverdueRoutine = _program(now.plus(200, ChronoUnit.DAYS));

		_routine(
			withOverdueRoutine, _FIRST_ORGANIZATION_ID,
			now.minus(1, ChronoUnit.DAYS), _USER_ID);

		assertEquals(
			List.of(reviewed, withOwnerlessRoutine, withOverdueRoutine),
			_search(0, _REVIEWED));
		assertEquals(List.of(dueSoon), _search(0, _DUE_SOON));
		assertEquals(
			List.of(overdue, withOverdueRoutine), _search(0, _OVERDUE));
		assertEquals(List.of(withOwnerlessRoutine), _search(0, _OWNERLESS));
		assertEquals(
			List.of(withOverdueRoutine),
			_search(_FIRST_ORGANIZATION_ID, _OVERDUE));
		assertEquals(List.of(), _search(_SECOND_ORGANIZATION_ID, _OVERDUE));
		assertEquals(
			List.of(withOwnerlessRoutine),
			_search(_SECOND_ORGANIZATION_ID, _OWNERLESS));
		assertEquals(
			5,
			harness.get(
				CareProgramLocalService.class
			).searchCareProgramsCount(
				_GROUP_ID, null, 0, 0, -1, null
			));
	}

	private long _program(Instant nextReview) throws Exception {
		CareProgram careProgram = harness.get(
			CareProgramLocalService.class
		).addCareProgram(
			_USER_ID, _GROUP_ID, Map.of(_SWEDISH, "Program"), _ARTICLE, "",
			_USER_ID, 12, new long[0], new long[0], new long[0],
			new ServiceContext()
		);

		careProgram.setNextReviewDate(Date.from(nextReview));

		harness.runInTransaction(
			() -> harness.get(
				CareProgramPersistence.class
			).update(
				careProgram
			));

		return careProgram.getCareProgramId();
	}

	private void _routine(
			long careProgramId, long organizationId, Instant nextReview,
			long ownerUserId)
		throws Exception {

		LocalRoutine localRoutine = harness.get(
			LocalRoutineLocalService.class
		).addLocalRoutine(
			_USER_ID, careProgramId, organizationId, _ARTICLE, _USER_ID, 12,
			new ServiceContext()
		);

		localRoutine.setNextReviewDate(Date.from(nextReview));
		localRoutine.setOwnerUserId(ownerUserId);

		harness.runInTransaction(
			() -> harness.get(
				LocalRoutinePersistence.class
			).update(
				localRoutine
			));
	}

	private List<Long> _search(long organizationId, int reviewState)
		throws Exception {

		return harness.get(
			CareProgramLocalService.class
		).searchCarePrograms(
			_GROUP_ID, null, 0, organizationId, reviewState, null,
			QueryUtil.ALL_POS, QueryUtil.ALL_POS
		).stream(
		).map(
			CareProgram::getCareProgramId
		).collect(
			Collectors.toList()
		);
	}

	private static final long _ARTICLE = 50001;

	private static final long _COMPANY_ID = 20097;

	private static final int _DUE_SOON = 1;

	private static final long _FIRST_ORGANIZATION_ID = 40001;

	private static final long _GROUP_ID = 20131;

	private static final int _OVERDUE = 2;

	private static final int _OWNERLESS = 3;

	private static final int _REVIEWED = 0;

	private static final long _SECOND_ORGANIZATION_ID = 40002;

	private static final long _USER_ID = 301;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
