package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.model.TrainingNotice;
import se.livsviktig.training.service.base.TrainingNoticeLocalServiceBaseImpl;

/**
 * The record of notices sent. A notice is claimed before it is sent; the unique (companyId, noticeKey) index
 * lets exactly one claim of a key succeed, whatever node or retry makes it.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.TrainingNotice",
	service = AopService.class
)
public class TrainingNoticeLocalServiceImpl
	extends TrainingNoticeLocalServiceBaseImpl {

	/**
	 * Records the notice in its own transaction, committed before the notice goes out.
	 *
	 * @return <code>true</code> if this call claimed the key, <code>false</code> if it was claimed before
	 */
	@Override
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public boolean claimTrainingNotice(
		long companyId, long groupId, long userId, String noticeKey,
		String noticeType, long registrationId, long courseSessionId) {

		if (trainingNoticePersistence.fetchByC_NK(companyId, noticeKey) !=
				null) {

			return false;
		}

		TrainingNotice trainingNotice = trainingNoticePersistence.create(
			counterLocalService.increment());

		trainingNotice.setGroupId(groupId);
		trainingNotice.setCompanyId(companyId);
		trainingNotice.setUserId(userId);
		trainingNotice.setCreateDate(new Date());
		trainingNotice.setNoticeKey(noticeKey);
		trainingNotice.setNoticeType(noticeType);
		trainingNotice.setRegistrationId(registrationId);
		trainingNotice.setCourseSessionId(courseSessionId);

		trainingNoticePersistence.update(trainingNotice);

		return true;
	}

	@Override
	public boolean hasTrainingNotice(long companyId, String noticeKey) {
		if (trainingNoticePersistence.fetchByC_NK(companyId, noticeKey) !=
				null) {

			return true;
		}

		return false;
	}

}
