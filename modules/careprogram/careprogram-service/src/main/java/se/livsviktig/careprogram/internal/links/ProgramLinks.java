package se.livsviktig.careprogram.internal.links;

import com.liferay.counter.kernel.service.CounterLocalService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.CareProgramContact;
import se.livsviktig.careprogram.model.CareProgramMethod;
import se.livsviktig.careprogram.model.CareProgramTargetGroup;
import se.livsviktig.careprogram.service.persistence.CareProgramContactPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramMethodPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramTargetGroupPersistence;

/**
 * Sets a programme's target groups, methods and contacts to exactly the given ones: rows no longer wanted are
 * removed, new ones added, kept ones kept (a contact's position updated). Never removing and re-adding the same
 * row, because the database would see the insert, which the unique index refuses, before the delete.
 *
 * @author Livsviktig
 */
public class ProgramLinks {

	public ProgramLinks(
		CounterLocalService counterLocalService,
		CareProgramTargetGroupPersistence careProgramTargetGroupPersistence,
		CareProgramMethodPersistence careProgramMethodPersistence,
		CareProgramContactPersistence careProgramContactPersistence) {

		_counterLocalService = counterLocalService;
		_careProgramTargetGroupPersistence = careProgramTargetGroupPersistence;
		_careProgramMethodPersistence = careProgramMethodPersistence;
		_careProgramContactPersistence = careProgramContactPersistence;
	}

	/**
	 * @param contactUserIds in the order the programme page shows them
	 */
	public void replace(
		CareProgram careProgram, Set<Long> categoryIds, Set<Long> methodIds,
		Set<Long> contactUserIds) {

		_replaceTargetGroups(careProgram, categoryIds);
		_replaceMethods(careProgram, methodIds);
		_replaceContacts(careProgram, new ArrayList<>(contactUserIds));
	}

	private void _replaceContacts(
		CareProgram careProgram, List<Long> contactUserIds) {

		for (CareProgramContact careProgramContact :
				_careProgramContactPersistence.findByCareProgramId(
					careProgram.getCareProgramId())) {

			int position = contactUserIds.indexOf(
				careProgramContact.getUserId());

			if (position < 0) {
				_careProgramContactPersistence.remove(careProgramContact);
			}
			else if (careProgramContact.getPosition() != position) {
				careProgramContact.setPosition(position);

				_careProgramContactPersistence.update(careProgramContact);
			}
		}

		for (int position = 0; position < contactUserIds.size(); position++) {
			long userId = contactUserIds.get(position);

			if (_careProgramContactPersistence.fetchByP_U(
					careProgram.getCareProgramId(), userId) != null) {

				continue;
			}

			CareProgramContact careProgramContact =
				_careProgramContactPersistence.create(
					_counterLocalService.increment());

			careProgramContact.setCompanyId(careProgram.getCompanyId());
			careProgramContact.setCareProgramId(careProgram.getCareProgramId());
			careProgramContact.setUserId(userId);
			careProgramContact.setPosition(position);

			_careProgramContactPersistence.update(careProgramContact);
		}
	}

	private void _replaceMethods(CareProgram careProgram, Set<Long> methodIds) {
		for (CareProgramMethod careProgramMethod :
				_careProgramMethodPersistence.findByCareProgramId(
					careProgram.getCareProgramId())) {

			if (!methodIds.contains(careProgramMethod.getMethodId())) {
				_careProgramMethodPersistence.remove(careProgramMethod);
			}
		}

		for (long methodId : methodIds) {
			if (_careProgramMethodPersistence.fetchByP_M(
					careProgram.getCareProgramId(), methodId) != null) {

				continue;
			}

			CareProgramMethod careProgramMethod =
				_careProgramMethodPersistence.create(
					_counterLocalService.increment());

			careProgramMethod.setCompanyId(careProgram.getCompanyId());
			careProgramMethod.setCareProgramId(careProgram.getCareProgramId());
			careProgramMethod.setMethodId(methodId);

			_careProgramMethodPersistence.update(careProgramMethod);
		}
	}

	private void _replaceTargetGroups(
		CareProgram careProgram, Set<Long> categoryIds) {

		for (CareProgramTargetGroup careProgramTargetGroup :
				_careProgramTargetGroupPersistence.findByCareProgramId(
					careProgram.getCareProgramId())) {

			if (!categoryIds.contains(
					careProgramTargetGroup.getAssetCategoryId())) {

				_careProgramTargetGroupPersistence.remove(
					careProgramTargetGroup);
			}
		}

		for (long categoryId : categoryIds) {
			if (_careProgramTargetGroupPersistence.fetchByP_C(
					careProgram.getCareProgramId(), categoryId) != null) {

				continue;
			}

			CareProgramTargetGroup careProgramTargetGroup =
				_careProgramTargetGroupPersistence.create(
					_counterLocalService.increment());

			careProgramTargetGroup.setCompanyId(careProgram.getCompanyId());
			careProgramTargetGroup.setCareProgramId(
				careProgram.getCareProgramId());
			careProgramTargetGroup.setAssetCategoryId(categoryId);

			_careProgramTargetGroupPersistence.update(careProgramTargetGroup);
		}
	}

	private final CareProgramContactPersistence _careProgramContactPersistence;
	private final CareProgramMethodPersistence _careProgramMethodPersistence;
	private final CareProgramTargetGroupPersistence
		_careProgramTargetGroupPersistence;
	private final CounterLocalService _counterLocalService;

}
