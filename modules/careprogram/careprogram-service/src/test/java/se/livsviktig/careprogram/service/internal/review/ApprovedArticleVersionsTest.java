package se.livsviktig.careprogram.service.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.journal.model.JournalArticle;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.impl.CareProgramImpl;
import se.livsviktig.careprogram.model.impl.ContentReviewImpl;
import se.livsviktig.careprogram.model.impl.LocalRoutineImpl;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * @author Livsviktig
 */
public class ApprovedArticleVersionsTest {

	@BeforeEach
	public void setUp() throws Exception {
		Company company = mock(Company.class);

		when(
			company.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);

		when(
			_companyLocalService.getCompany(_COMPANY_ID)
		).thenReturn(
			company
		);

		when(
			_counterLocalService.increment(anyString())
		).thenReturn(
			900L
		);

		when(
			_contentReviewLocalService.createContentReview(anyLong())
		).thenAnswer(
			invocation -> {
				ContentReview contentReview = new ContentReviewImpl();

				contentReview.setContentReviewId(invocation.getArgument(0));

				return contentReview;
			}
		);

		when(
			_careProgramLocalService.<List<CareProgram>>dslQuery(any())
		).thenReturn(
			Collections.emptyList()
		);

		Fields.set(
			_approvedArticleVersions, "_careProgramLocalService",
			_careProgramLocalService);
		Fields.set(
			_approvedArticleVersions, "_companyLocalService",
			_companyLocalService);
		Fields.set(
			_approvedArticleVersions, "_contentReviewLocalService",
			_contentReviewLocalService);
		Fields.set(
			_approvedArticleVersions, "_counterLocalService",
			_counterLocalService);
		Fields.set(
			_approvedArticleVersions, "_localRoutineLocalService",
			_localRoutineLocalService);

		_approvedArticleVersions.setClock(
			Clock.fixed(_NOW.toInstant(), ZoneOffset.UTC));
	}

	@Test
	public void anApprovedVersionResetsTheRoutinesCycleByItsApprover()
		throws Exception {

		LocalRoutine localRoutine = _routine();

		when(
			_localRoutineLocalService.<List<LocalRoutine>>dslQuery(any())
		).thenReturn(
			List.of(localRoutine)
		);

		assertEquals(
			1, _approvedArticleVersions.recordApprovedVersion(_article()));

		verify(
			_localRoutineLocalService
		).updateLocalRoutine(
			localRoutine
		);

		assertEquals(_NOW, localRoutine.getLastReviewDate());
		assertEquals(_APPROVER_ID, localRoutine.getLastReviewUserId());

		// Six calendar months later at the same Stockholm time: 15 July 10:00 CEST

		assertEquals(
			Date.from(Instant.parse("2026-07-15T08:00:00Z")),
			localRoutine.getNextReviewDate());
	}

	@Test
	public void anApprovedVersionIsLoggedWithItsVersion() throws Exception {
		when(
			_localRoutineLocalService.<List<LocalRoutine>>dslQuery(any())
		).thenReturn(
			List.of(_routine())
		);

		_approvedArticleVersions.recordApprovedVersion(_article());

		ArgumentCaptor<ContentReview> argumentCaptor = ArgumentCaptor.forClass(
			ContentReview.class);

		verify(
			_contentReviewLocalService
		).addContentReview(
			argumentCaptor.capture()
		);

		ContentReview contentReview = argumentCaptor.getValue();

		assertEquals(
			ContentReviewConstants.KIND_NEW_VERSION,
			contentReview.getReviewKind());
		assertEquals(1.3, contentReview.getArticleVersion());
		assertEquals(_APPROVER_ID, contentReview.getUserId());
		assertEquals("Anna Approver", contentReview.getUserName());
		assertEquals(_ROUTINE_ID, contentReview.getLocalRoutineId());
		assertEquals(_PROGRAM_ID, contentReview.getCareProgramId());
		assertEquals(_NOW, contentReview.getReviewDate());
	}

	@Test
	public void aProgrammesOwnSummaryIsResetAndLoggedWithoutARoutine()
		throws Exception {

		CareProgram careProgram = new CareProgramImpl();

		careProgram.setCareProgramId(_PROGRAM_ID);
		careProgram.setCompanyId(_COMPANY_ID);
		careProgram.setReviewIntervalMonths(12);

		when(
			_careProgramLocalService.<List<CareProgram>>dslQuery(any())
		).thenReturn(
			List.of(careProgram)
		);
		when(
			_localRoutineLocalService.<List<LocalRoutine>>dslQuery(any())
		).thenReturn(
			Collections.emptyList()
		);

		assertEquals(
			1, _approvedArticleVersions.recordApprovedVersion(_article()));

		verify(
			_careProgramLocalService
		).updateCareProgram(
			careProgram
		);

		assertEquals(_NOW, careProgram.getLastReviewDate());

		ArgumentCaptor<ContentReview> argumentCaptor = ArgumentCaptor.forClass(
			ContentReview.class);

		verify(
			_contentReviewLocalService
		).addContentReview(
			argumentCaptor.capture()
		);

		assertEquals(0, argumentCaptor.getValue().getLocalRoutineId());
	}

	@Test
	public void theSameVersionTwiceIsLoggedOnce() throws Exception {
		LocalRoutine localRoutine = _routine();

		when(
			_localRoutineLocalService.<List<LocalRoutine>>dslQuery(any())
		).thenReturn(
			List.of(localRoutine)
		);
		when(
			_contentReviewLocalService.dslQueryCount(any())
		).thenReturn(
			1
		);

		assertEquals(
			0, _approvedArticleVersions.recordApprovedVersion(_article()));

		verify(
			_localRoutineLocalService, never()
		).updateLocalRoutine(
			any()
		);
		verify(
			_contentReviewLocalService, never()
		).addContentReview(
			any()
		);
	}

	private static JournalArticle _article() {
		JournalArticle article = mock(JournalArticle.class);

		when(
			article.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			article.getResourcePrimKey()
		).thenReturn(
			5005L
		);
		when(
			article.getStatusByUserId()
		).thenReturn(
			_APPROVER_ID
		);
		when(
			article.getStatusByUserName()
		).thenReturn(
			"Anna Approver"
		);
		when(
			article.getVersion()
		).thenReturn(
			1.3
		);

		return article;
	}

	private static LocalRoutine _routine() {
		LocalRoutine localRoutine = new LocalRoutineImpl();

		localRoutine.setLocalRoutineId(_ROUTINE_ID);
		localRoutine.setCareProgramId(_PROGRAM_ID);
		localRoutine.setCompanyId(_COMPANY_ID);
		localRoutine.setArticleResourcePrimKey(5005L);
		localRoutine.setReviewIntervalMonths(6);
		localRoutine.setNextReviewDate(
			Date.from(Instant.parse("2026-02-01T09:00:00Z")));

		return localRoutine;
	}

	private static final long _APPROVER_ID = 77;

	private static final long _COMPANY_ID = 1;

	private static final Date _NOW = Date.from(
		Instant.parse("2026-01-15T09:00:00Z"));

	private static final long _PROGRAM_ID = 10;

	private static final long _ROUTINE_ID = 20;

	private final ApprovedArticleVersions _approvedArticleVersions =
		new ApprovedArticleVersions();
	private final CareProgramLocalService _careProgramLocalService = mock(
		CareProgramLocalService.class);
	private final CompanyLocalService _companyLocalService = mock(
		CompanyLocalService.class);
	private final ContentReviewLocalService _contentReviewLocalService = mock(
		ContentReviewLocalService.class);
	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final LocalRoutineLocalService _localRoutineLocalService = mock(
		LocalRoutineLocalService.class);

}
