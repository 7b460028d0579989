package se.livsviktig.careprogram.internal.deletion;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.service.ResourceLocalService;

import java.util.List;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.ReviewNoticeTable;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.persistence.CareProgramContactPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramMethodPersistence;
import se.livsviktig.careprogram.service.persistence.CareProgramTargetGroupPersistence;
import se.livsviktig.careprogram.service.persistence.ContentReviewPersistence;
import se.livsviktig.careprogram.service.persistence.LocalRoutinePersistence;
import se.livsviktig.careprogram.service.persistence.ReviewNoticePersistence;

/**
 * Everything that exists only for a programme, deleted before the programme itself: its routines (through their
 * local service, so their reviews, notices and permissions go with them), its target groups, methods and contacts,
 * its own reviews and notices, and its permissions. The caller's transaction holds it together with the
 * programme's own removal, so a failure halfway leaves the programme whole.
 *
 * @author Livsviktig
 */
public class CareProgramDependents {

	public CareProgramDependents(
		LocalRoutineLocalService localRoutineLocalService,
		LocalRoutinePersistence localRoutinePersistence,
		CareProgramTargetGroupPersistence careProgramTargetGroupPersistence,
		CareProgramMethodPersistence careProgramMethodPersistence,
		CareProgramContactPersistence careProgramContactPersistence,
		ContentReviewPersistence contentReviewPersistence,
		ReviewNoticePersistence reviewNoticePersistence,
		ResourceLocalService resourceLocalService) {

		_localRoutineLocalService = localRoutineLocalService;
		_localRoutinePersistence = localRoutinePersistence;
		_careProgramTargetGroupPersistence = careProgramTargetGroupPersistence;
		_careProgramMethodPersistence = careProgramMethodPersistence;
		_careProgramContactPersistence = careProgramContactPersistence;
		_contentReviewPersistence = contentReviewPersistence;
		_reviewNoticePersistence = reviewNoticePersistence;
		_resourceLocalService = resourceLocalService;
	}

	public void delete(CareProgram careProgram) throws PortalException {
		long careProgramId = careProgram.getCareProgramId();

		for (LocalRoutine localRoutine :
				_localRoutinePersistence.findByCareProgramId(careProgramId)) {

			_localRoutineLocalService.deleteLocalRoutine(localRoutine);
		}

		_careProgramTargetGroupPersistence.removeByCareProgramId(careProgramId);
		_careProgramMethodPersistence.removeByCareProgramId(careProgramId);
		_careProgramContactPersistence.removeByCareProgramId(careProgramId);
		_contentReviewPersistence.removeByCareProgramId(careProgramId);

		for (long reviewNoticeId :
				_reviewNoticePersistence.<List<Long>>dslQuery(
					DSLQueryFactoryUtil.select(
						ReviewNoticeTable.INSTANCE.reviewNoticeId
					).from(
						ReviewNoticeTable.INSTANCE
					).where(
						ReviewNoticeTable.INSTANCE.careProgramId.eq(
							careProgramId)
					))) {

			_reviewNoticePersistence.remove(reviewNoticeId);
		}

		_resourceLocalService.deleteResource(
			careProgram.getCompanyId(), CareProgram.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, careProgramId);
	}

	private final CareProgramContactPersistence _careProgramContactPersistence;
	private final CareProgramMethodPersistence _careProgramMethodPersistence;
	private final CareProgramTargetGroupPersistence
		_careProgramTargetGroupPersistence;
	private final ContentReviewPersistence _contentReviewPersistence;
	private final LocalRoutineLocalService _localRoutineLocalService;
	private final LocalRoutinePersistence _localRoutinePersistence;
	private final ResourceLocalService _resourceLocalService;
	private final ReviewNoticePersistence _reviewNoticePersistence;

}
