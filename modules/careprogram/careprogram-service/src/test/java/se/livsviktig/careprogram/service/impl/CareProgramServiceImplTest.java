package se.livsviktig.careprogram.service.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.model.AssetVocabulary;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramTable;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * Each remote method of the programmes, allowed and refused: the permission is checked through the portal's
 * permission objects before the local service is called.
 *
 * @author Livsviktig
 */
public class CareProgramServiceImplTest {

	@BeforeEach
	public void setUp() {
		_doubles.install();

		Fields.set(_service, "careProgramLocalService", _localService);
		Fields.set(
			_service, "_careProgramModelResourcePermission",
			_doubles.careProgramPermission);
		Fields.set(
			_service, "_portletResourcePermission",
			_doubles.portletResourcePermission);
		Fields.set(_service, "_inlineSQLHelper", _inlineSQLHelper);
	}

	@AfterEach
	public void tearDown() {
		_doubles.uninstall();
	}

	@Test
	public void addingNeedsManageCareProgramsInTheSite() throws Exception {
		_doubles.refuseSite(_GROUP_ID, CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		assertThrows(PrincipalException.class, () -> _add(_GROUP_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.addCareProgram(
				eq(RemoteCallerDoubles.CALLER_USER_ID), eq(_OTHER_GROUP_ID),
				any(), eq(0L), eq(""), eq(_OWNER_USER_ID), eq(12), any(), any(),
				any(), any())
		).thenReturn(
			_careProgram
		);

		assertSame(_careProgram, _add(_OTHER_GROUP_ID));
	}

	@Test
	public void seedingNeedsManageCareProgramsInTheSite() throws Exception {
		_doubles.refuseSite(_GROUP_ID, CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		assertThrows(
			PrincipalException.class,
			() -> _service.addNationalCarePrograms(
				_GROUP_ID, new ServiceContext()));
		verifyNoInteractions(_localService);

		when(
			_localService.addNationalCarePrograms(
				eq(RemoteCallerDoubles.CALLER_USER_ID), eq(_OTHER_GROUP_ID),
				any())
		).thenReturn(
			List.of(_careProgram)
		);

		assertEquals(
			List.of(_careProgram),
			_service.addNationalCarePrograms(
				_OTHER_GROUP_ID, new ServiceContext()));
	}

	@Test
	public void confirmingNeedsConfirmReviewOnTheProgramme() throws Exception {
		_doubles.refuseCareProgram(
			_PROGRAM_ID, CareProgramActionKeys.CONFIRM_REVIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.confirmCareProgramReview(_PROGRAM_ID, "ok"));
		verifyNoInteractions(_localService);

		when(
			_localService.confirmCareProgramReview(
				RemoteCallerDoubles.CALLER_USER_ID, _OTHER_PROGRAM_ID, "ok")
		).thenReturn(
			_careProgram
		);

		assertSame(
			_careProgram,
			_service.confirmCareProgramReview(_OTHER_PROGRAM_ID, "ok"));
	}

	@Test
	public void deletingNeedsDeleteOnTheProgramme() throws Exception {
		_doubles.refuseCareProgram(_PROGRAM_ID, ActionKeys.DELETE);

		assertThrows(
			PrincipalException.class,
			() -> _service.deleteCareProgram(_PROGRAM_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.deleteCareProgram(_OTHER_PROGRAM_ID)
		).thenReturn(
			_careProgram
		);

		assertSame(_careProgram, _service.deleteCareProgram(_OTHER_PROGRAM_ID));
	}

	@Test
	public void readingAProgrammeAndItsLinksNeedsViewOnIt() throws Exception {
		_doubles.refuseCareProgram(_PROGRAM_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class, () -> _service.getCareProgram(_PROGRAM_ID));
		assertThrows(
			PrincipalException.class,
			() -> _service.getContactUserIds(_PROGRAM_ID));
		assertThrows(
			PrincipalException.class, () -> _service.getMethodIds(_PROGRAM_ID));
		assertThrows(
			PrincipalException.class,
			() -> _service.getTargetGroupCategoryIds(_PROGRAM_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.getCareProgram(_OTHER_PROGRAM_ID)
		).thenReturn(
			_careProgram
		);
		when(
			_localService.getContactUserIds(_OTHER_PROGRAM_ID)
		).thenReturn(
			new long[] {1}
		);
		when(
			_localService.getMethodIds(_OTHER_PROGRAM_ID)
		).thenReturn(
			new long[] {2}
		);
		when(
			_localService.getTargetGroupCategoryIds(_OTHER_PROGRAM_ID)
		).thenReturn(
			new long[] {3}
		);

		assertSame(_careProgram, _service.getCareProgram(_OTHER_PROGRAM_ID));
		assertArrayEquals(
			new long[] {1}, _service.getContactUserIds(_OTHER_PROGRAM_ID));
		assertArrayEquals(
			new long[] {2}, _service.getMethodIds(_OTHER_PROGRAM_ID));
		assertArrayEquals(
			new long[] {3},
			_service.getTargetGroupCategoryIds(_OTHER_PROGRAM_ID));
	}

	@Test
	public void listsAndTheirCountAskTheDatabaseWithThePortalsViewCondition()
		throws Exception {

		Predicate mayView = CareProgramTable.INSTANCE.careProgramId.eq(1L);

		when(
			_inlineSQLHelper.getPermissionWherePredicate(
				CareProgram.class, CareProgramTable.INSTANCE.careProgramId,
				_GROUP_ID)
		).thenReturn(
			mayView
		);

		CareProgram second = mock(CareProgram.class);

		when(
			_localService.searchCarePrograms(
				_GROUP_ID, null, 0, 0, -1, mayView, 1, 2)
		).thenReturn(
			List.of(second)
		);
		when(
			_localService.searchCarePrograms(
				_GROUP_ID, "adhd", 0, 0, -1, mayView, 0, 1)
		).thenReturn(
			List.of(_careProgram)
		);
		when(
			_localService.searchCareProgramsCount(
				_GROUP_ID, "adhd", 0, 0, -1, mayView)
		).thenReturn(
			2
		);

		assertEquals(
			List.of(second), _service.getGroupCarePrograms(_GROUP_ID, 1, 2));
		assertEquals(
			List.of(_careProgram),
			_service.searchCarePrograms(_GROUP_ID, "adhd", 0, 0, -1, 0, 1));
		assertEquals(
			2, _service.searchCareProgramsCount(_GROUP_ID, "adhd", 0, 0, -1));
		verify(
			_doubles.careProgramPermission, never()
		).contains(
			any(), any(CareProgram.class), any()
		);
	}

	@Test
	public void editorsListEveryProgrammeOfTheSiteWithoutAViewCondition()
		throws Exception {

		when(
			_doubles.portletResourcePermission.contains(
				_doubles.permissionChecker, _GROUP_ID,
				CareProgramActionKeys.MANAGE_CARE_PROGRAMS)
		).thenReturn(
			true
		);
		when(
			_localService.searchCarePrograms(
				_GROUP_ID, "adhd", 0, 0, -1, null, 0, 20)
		).thenReturn(
			List.of(_careProgram)
		);
		when(
			_localService.searchCareProgramsCount(
				_GROUP_ID, "adhd", 0, 0, -1, null)
		).thenReturn(
			1
		);

		assertEquals(
			List.of(_careProgram),
			_service.searchCarePrograms(_GROUP_ID, "adhd", 0, 0, -1, 0, 20));
		assertEquals(
			1, _service.searchCareProgramsCount(_GROUP_ID, "adhd", 0, 0, -1));
		verifyNoInteractions(_inlineSQLHelper);
	}

	@Test
	public void addingTheVocabularyNeedsManageCareProgramsInTheSite()
		throws Exception {

		_doubles.refuseSite(_GROUP_ID, CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		assertThrows(
			PrincipalException.class,
			() -> _service.addTargetGroupVocabulary(_GROUP_ID));
		verify(
			_localService, never()
		).getTargetGroupVocabulary(
			anyLong(), anyLong()
		);
	}

	@Test
	public void aManagerAddsTheVocabulary() throws Exception {
		AssetVocabulary assetVocabulary = mock(AssetVocabulary.class);

		when(
			_localService.getTargetGroupVocabulary(
				RemoteCallerDoubles.CALLER_USER_ID, _GROUP_ID)
		).thenReturn(
			assetVocabulary
		);

		assertSame(assetVocabulary, _service.addTargetGroupVocabulary(_GROUP_ID));
	}

	@Test
	public void updatingNeedsUpdateOnTheProgramme() throws Exception {
		_doubles.refuseCareProgram(_PROGRAM_ID, ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, () -> _update(_PROGRAM_ID));
		verifyNoInteractions(_localService);

		when(
			_localService.updateCareProgram(
				eq(RemoteCallerDoubles.CALLER_USER_ID), eq(_OTHER_PROGRAM_ID),
				any(), eq(0L), eq(""), eq(_OWNER_USER_ID), eq(12), any(), any(),
				any())
		).thenReturn(
			_careProgram
		);

		assertSame(_careProgram, _update(_OTHER_PROGRAM_ID));
	}

	private CareProgram _add(long groupId) throws Exception {
		return _service.addCareProgram(
			groupId, Map.of(Locale.US, "Adhd"), 0, "", _OWNER_USER_ID, 12,
			new long[0], new long[0], new long[0], new ServiceContext());
	}

	private CareProgram _update(long careProgramId) throws Exception {
		return _service.updateCareProgram(
			careProgramId, Map.of(Locale.US, "Adhd"), 0, "", _OWNER_USER_ID, 12,
			new long[0], new long[0], new long[0]);
	}

	private static final long _GROUP_ID = 20121;

	private static final long _OTHER_GROUP_ID = 20122;

	private static final long _OTHER_PROGRAM_ID = 40002;

	private static final long _OWNER_USER_ID = 30001;

	private static final long _PROGRAM_ID = 40001;

	private final CareProgram _careProgram = mock(CareProgram.class);
	private final RemoteCallerDoubles _doubles = new RemoteCallerDoubles();
	private final InlineSQLHelper _inlineSQLHelper = mock(
		InlineSQLHelper.class);
	private final CareProgramLocalService _localService = mock(
		CareProgramLocalService.class);
	private final CareProgramServiceImpl _service = new CareProgramServiceImpl();

}
