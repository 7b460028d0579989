package se.livsviktig.careprogram.internal.links;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramContact;
import se.livsviktig.careprogram.model.CareProgramMethod;
import se.livsviktig.careprogram.model.CareProgramTargetGroup;
import se.livsviktig.careprogram.service.persistence.CareProgramContactPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramMethodPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramTargetGroupPersistence;

/**
 * A programme's target groups, methods and contacts become exactly the given ones, and a kept row is never removed
 * and added again (the unique index would refuse the insert, which the database sees before the delete).
 *
 * @author Livsviktig
 */
public class ProgramLinksTest {

	@BeforeEach
	public void setUp() {
		when(
			_careProgram.getCareProgramId()
		).thenReturn(
			_PROGRAM_ID
		);
		when(
			_careProgram.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_counterLocalService.increment()
		).thenReturn(
			100L
		);
	}

	@Test
	public void aKeptContactIsMovedNotAddedAgain() {
		CareProgramContact leaving = _contact(10L, 0);
		CareProgramContact kept = _contact(20L, 1);

		when(
			_contactPersistence.findByCareProgramId(_PROGRAM_ID)
		).thenReturn(
			List.of(leaving, kept)
		);
		when(
			_contactPersistence.fetchByP_U(_PROGRAM_ID, 20L)
		).thenReturn(
			kept
		);

		CareProgramContact added = mock(CareProgramContact.class);

		when(
			_contactPersistence.create(100L)
		).thenReturn(
			added
		);

		_programLinks.replace(
			_careProgram, Set.of(), Set.of(), _ordered(20L, 30L));

		verify(_contactPersistence).remove(leaving);
		verify(_contactPersistence, never()).remove(kept);
		verify(kept).setPosition(0);
		verify(_contactPersistence).update(kept);
		verify(_contactPersistence, times(1)).create(anyLong());
		verify(added).setUserId(30L);
		verify(added).setPosition(1);
		verify(_contactPersistence).update(added);
	}

	@Test
	public void aKeptMethodIsNeitherRemovedNorAddedAgain() {
		CareProgramMethod leaving = _method(1L);
		CareProgramMethod kept = _method(2L);

		when(
			_methodPersistence.findByCareProgramId(_PROGRAM_ID)
		).thenReturn(
			List.of(leaving, kept)
		);
		when(
			_methodPersistence.fetchByP_M(_PROGRAM_ID, 2L)
		).thenReturn(
			kept
		);

		CareProgramMethod added = mock(CareProgramMethod.class);

		when(
			_methodPersistence.create(100L)
		).thenReturn(
			added
		);

		_programLinks.replace(
			_careProgram, Set.of(), _ordered(2L, 3L), Set.of());

		verify(_methodPersistence).remove(leaving);
		verify(_methodPersistence, never()).remove(kept);
		verify(_methodPersistence, times(1)).create(anyLong());
		verify(added).setMethodId(3L);
		verify(added).setCareProgramId(_PROGRAM_ID);
		verify(_methodPersistence).update(added);
	}

	@Test
	public void aKeptTargetGroupIsNeitherRemovedNorAddedAgain() {
		CareProgramTargetGroup leaving = _targetGroup(1L);
		CareProgramTargetGroup kept = _targetGroup(2L);

		when(
			_targetGroupPersistence.findByCareProgramId(_PROGRAM_ID)
		).thenReturn(
			List.of(leaving, kept)
		);
		when(
			_targetGroupPersistence.fetchByP_C(_PROGRAM_ID, 2L)
		).thenReturn(
			kept
		);

		CareProgramTargetGroup added = mock(CareProgramTargetGroup.class);

		when(
			_targetGroupPersistence.create(100L)
		).thenReturn(
			added
		);

		_programLinks.replace(
			_careProgram, _ordered(2L, 3L), Set.of(), Set.of());

		verify(_targetGroupPersistence).remove(leaving);
		verify(_targetGroupPersistence, never()).remove(kept);
		verify(_targetGroupPersistence, times(1)).create(anyLong());
		verify(added).setAssetCategoryId(3L);
		verify(added).setCareProgramId(_PROGRAM_ID);
		verify(_targetGroupPersistence).update(added);
	}

	private static Set<Long> _ordered(Long... ids) {
		return new LinkedHashSet<>(List.of(ids));
	}

	private CareProgramContact _contact(long userId, int position) {
		CareProgramContact careProgramContact = mock(CareProgramContact.class);

		when(
			careProgramContact.getUserId()
		).thenReturn(
			userId
		);
		when(
			careProgramContact.getPosition()
		).thenReturn(
			position
		);

		return careProgramContact;
	}

	private CareProgramMethod _method(long methodId) {
		CareProgramMethod careProgramMethod = mock(CareProgramMethod.class);

		when(
			careProgramMethod.getMethodId()
		).thenReturn(
			methodId
		);

		return careProgramMethod;
	}

	private CareProgramTargetGroup _targetGroup(long assetCategoryId) {
		CareProgramTargetGroup careProgramTargetGroup = mock(
			CareProgramTargetGroup.class);

		when(
			careProgramTargetGroup.getAssetCategoryId()
		).thenReturn(
			assetCategoryId
		);

		return careProgramTargetGroup;
	}

	private static final long _COMPANY_ID = 20097L;

	private static final long _PROGRAM_ID = 7L;

	private final CareProgram _careProgram = mock(CareProgram.class);
	private final CareProgramContactPersistence _contactPersistence = mock(
		CareProgramContactPersistence.class);
	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final CareProgramMethodPersistence _methodPersistence = mock(
		CareProgramMethodPersistence.class);
	private final CareProgramTargetGroupPersistence _targetGroupPersistence =
		mock(CareProgramTargetGroupPersistence.class);
	private final ProgramLinks _programLinks = new ProgramLinks(
		_counterLocalService, _targetGroupPersistence, _methodPersistence,
		_contactPersistence);

}
