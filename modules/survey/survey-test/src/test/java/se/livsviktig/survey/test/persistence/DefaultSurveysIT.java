package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Portal;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.survey.service.persistence.SurveyPersistence;
import se.livsviktig.survey.service.persistence.SurveyQuestionPersistence;

/**
 * The default surveys through the local service on PostgreSQL: added once per site however often the company
 * starts, and once when two nodes start it at the same moment (the loser's transaction is refused by the unique
 * (uuid_, groupId) index and leaves nothing behind).
 *
 * @author Livsviktig
 */
class DefaultSurveysIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		_companyId = _rows.newId();
		_groupId = _rows.newId();

		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(_companyId);
		when(user.getFullName()).thenReturn("Gäst");

		when(
			harness.portalService(
				UserLocalService.class
			).getUser(
				_USER_ID
			)
		).thenReturn(
			user
		);
		when(
			harness.portalService(
				Portal.class
			).getSiteDefaultLocale(
				anyLong()
			)
		).thenReturn(
			new Locale("sv", "SE")
		);
	}

	@Test
	void startingTheCompanyTwiceAddsTheDefaultSurveysOnce() throws Exception {
		assertEquals(2, _service().addDefaultSurveys(_USER_ID, _groupId).size());
		assertEquals(0, _service().addDefaultSurveys(_USER_ID, _groupId).size());

		_assertDefaultSurveysOnce();
	}

	@Test
	void twoNodesStartingTheCompanyAtOnceAddTheDefaultSurveysOnce()
		throws Exception {

		List<Race.Outcome<List<Survey>>> outcomes = Race.run(
			2, node -> () -> _service().addDefaultSurveys(_USER_ID, _groupId));

		assertTrue(
			outcomes.stream(
			).anyMatch(
				Race.Outcome::succeeded
			),
			outcomes.toString());

		_assertDefaultSurveysOnce();

		assertTrue(_service().hasDefaultSurveys(_companyId, _groupId));
	}

	private void _assertDefaultSurveysOnce() throws Exception {
		List<Survey> surveys = _rows.read(
			() -> harness.get(
				SurveyPersistence.class
			).findByGroupId(
				_groupId
			));

		assertEquals(2, surveys.size(), surveys.toString());

		for (Survey survey : surveys) {
			assertEquals(
				4,
				(int)_rows.read(
					() -> harness.get(
						SurveyQuestionPersistence.class
					).countBySurveyId(
						survey.getSurveyId()
					)));
		}
	}

	private static SurveyLocalService _service() {
		return harness.get(SurveyLocalService.class);
	}

	private static final long _USER_ID = 20100;

	private long _companyId;
	private long _groupId;
	private final SurveyRows _rows = new SurveyRows(harness);

}
