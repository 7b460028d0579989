package se.livsviktig.careprogram.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * Each remote method of the review log, allowed and refused.
 *
 * @author Livsviktig
 */
public class ContentReviewServiceImplTest {

	@BeforeEach
	public void setUp() {
		_doubles.install();

		Fields.set(_service, "contentReviewLocalService", _localService);
		Fields.set(
			_service, "_careProgramModelResourcePermission",
			_doubles.careProgramPermission);
		Fields.set(
			_service, "_localRoutineModelResourcePermission",
			_doubles.localRoutinePermission);
		Fields.set(
			_service, "_portletResourcePermission",
			_doubles.portletResourcePermission);
	}

	@AfterEach
	public void tearDown() {
		_doubles.uninstall();
	}

	@Test
	public void aProgrammesLogNeedsViewOnTheProgramme() throws Exception {
		_doubles.refuseCareProgram(1, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getCareProgramReviews(1, 0, 20));
		verifyNoInteractions(_localService);

		when(_localService.getCareProgramReviews(2, 0, 20)).thenReturn(_log);

		assertEquals(_log, _service.getCareProgramReviews(2, 0, 20));
	}

	@Test
	public void aRoutinesLogNeedsViewOnTheRoutine() throws Exception {
		_doubles.refuseLocalRoutine(1, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getLocalRoutineReviews(1, 0, 20));
		verifyNoInteractions(_localService);

		when(_localService.getLocalRoutineReviews(2, 0, 20)).thenReturn(_log);

		assertEquals(_log, _service.getLocalRoutineReviews(2, 0, 20));
	}

	@Test
	public void theSitesLogNeedsManageCareProgramsInTheSite()
		throws Exception {

		_doubles.refuseSite(1, CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		assertThrows(
			PrincipalException.class, () -> _service.getGroupReviews(1, 0, 20));
		verifyNoInteractions(_localService);

		when(_localService.getGroupReviews(2, 0, 20)).thenReturn(_log);

		assertEquals(_log, _service.getGroupReviews(2, 0, 20));
	}

	private final RemoteCallerDoubles _doubles = new RemoteCallerDoubles();
	private final ContentReviewLocalService _localService = mock(
		ContentReviewLocalService.class);
	private final List<ContentReview> _log = List.of(mock(ContentReview.class));
	private final ContentReviewServiceImpl _service =
		new ContentReviewServiceImpl();

}
