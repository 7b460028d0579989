package se.livsviktig.careprogram.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * Each remote method of the routines, allowed and refused: the permission is checked through the portal's
 * permission objects before the local service is called.
 *
 * @author Livsviktig
 */
public class LocalRoutineServiceImplTest {

	@BeforeEach
	public void setUp() {
		_doubles.install();

		Fields.set(_service, "localRoutineLocalService", _localService);
		Fields.set(
			_service, "_careProgramModelResourcePermission",
			_doubles.careProgramPermission);
		Fields.set(
			_service, "_localRoutineModelResourcePermission",
			_doubles.localRoutinePermission);
	}

	@AfterEach
	public void tearDown() {
		_doubles.uninstall();
	}

	@Test
	public void addingNeedsUpdateOnTheProgramme() throws Exception {
		_doubles.refuseCareProgram(_PROGRAM_ID, ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, () -> _add(_PROGRAM_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.addLocalRoutine(
				eq(RemoteCallerDoubles.CALLER_USER_ID), eq(_OTHER_PROGRAM_ID),
				eq(_ORGANIZATION_ID), eq(_ARTICLE), eq(_OWNER_USER_ID), eq(12),
				any())
		).thenReturn(
			_localRoutine
		);

		assertSame(_localRoutine, _add(_OTHER_PROGRAM_ID));
	}

	@Test
	public void confirmingNeedsConfirmReviewOnTheRoutine() throws Exception {
		_doubles.refuseLocalRoutine(
			_ROUTINE_ID, CareProgramActionKeys.CONFIRM_REVIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.confirmLocalRoutineReview(_ROUTINE_ID, null));
		verifyNoInteractions(_localService);

		when(
			_localService.confirmLocalRoutineReview(
				RemoteCallerDoubles.CALLER_USER_ID, _OTHER_ROUTINE_ID, null)
		).thenReturn(
			_localRoutine
		);

		assertSame(
			_localRoutine,
			_service.confirmLocalRoutineReview(_OTHER_ROUTINE_ID, null));
	}

	@Test
	public void deletingNeedsDeleteOnTheRoutine() throws Exception {
		_doubles.refuseLocalRoutine(_ROUTINE_ID, ActionKeys.DELETE);

		assertThrows(
			PrincipalException.class,
			() -> _service.deleteLocalRoutine(_ROUTINE_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.deleteLocalRoutine(_OTHER_ROUTINE_ID)
		).thenReturn(
			_localRoutine
		);

		assertSame(
			_localRoutine, _service.deleteLocalRoutine(_OTHER_ROUTINE_ID));
	}

	@Test
	public void aProgrammesRoutinesNeedViewOnItAndShowOnlyViewableOnes()
		throws Exception {

		_doubles.refuseCareProgram(_PROGRAM_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getCareProgramLocalRoutines(_PROGRAM_ID));
		verifyNoInteractions(_localService);

		LocalRoutine hidden = mock(LocalRoutine.class);

		when(
			_localService.getCareProgramLocalRoutines(_OTHER_PROGRAM_ID)
		).thenReturn(
			List.of(hidden, _localRoutine)
		);
		when(
			_doubles.localRoutinePermission.contains(
				_doubles.permissionChecker, _localRoutine, ActionKeys.VIEW)
		).thenReturn(
			true
		);

		assertEquals(
			List.of(_localRoutine),
			_service.getCareProgramLocalRoutines(_OTHER_PROGRAM_ID));
	}

	@Test
	public void onlyTheOwnerListsTheirOwnRoutines() throws Exception {
		assertThrows(
			PrincipalException.class,
			() -> _service.getOwnerLocalRoutines(_OWNER_USER_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.getOwnerLocalRoutines(
				RemoteCallerDoubles.CALLER_USER_ID)
		).thenReturn(
			List.of(_localRoutine)
		);

		assertEquals(
			List.of(_localRoutine),
			_service.getOwnerLocalRoutines(RemoteCallerDoubles.CALLER_USER_ID));
	}

	@Test
	public void updatingNeedsUpdateOnTheRoutine() throws Exception {
		_doubles.refuseLocalRoutine(_ROUTINE_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.updateLocalRoutine(
				_ROUTINE_ID, _ARTICLE, _OWNER_USER_ID, 12));
		verifyNoInteractions(_localService);

		when(
			_localService.updateLocalRoutine(
				RemoteCallerDoubles.CALLER_USER_ID, _OTHER_ROUTINE_ID, _ARTICLE,
				_OWNER_USER_ID, 12)
		).thenReturn(
			_localRoutine
		);

		assertSame(
			_localRoutine,
			_service.updateLocalRoutine(
				_OTHER_ROUTINE_ID, _ARTICLE, _OWNER_USER_ID, 12));
	}

	private LocalRoutine _add(long careProgramId) throws Exception {
		return _service.addLocalRoutine(
			careProgramId, _ORGANIZATION_ID, _ARTICLE, _OWNER_USER_ID, 12,
			new ServiceContext());
	}

	private static final long _ARTICLE = 50001;

	private static final long _ORGANIZATION_ID = 60001;

	private static final long _OTHER_PROGRAM_ID = 40002;

	private static final long _OTHER_ROUTINE_ID = 41002;

	private static final long _OWNER_USER_ID = 30001;

	private static final long _PROGRAM_ID = 40001;

	private static final long _ROUTINE_ID = 41001;

	private final RemoteCallerDoubles _doubles = new RemoteCallerDoubles();
	private final LocalRoutineLocalService _localService = mock(
		LocalRoutineLocalService.class);
	private final LocalRoutine _localRoutine = mock(LocalRoutine.class);
	private final LocalRoutineServiceImpl _service =
		new LocalRoutineServiceImpl();

}
