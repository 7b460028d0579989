package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.internal.notification.TrainingNoticeClaim;
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
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once per key (see TrainingNoticeClaim).
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

		return _trainingNoticeClaim.claim(
			counterLocalService.increment(), companyId, groupId, userId,
			noticeKey, noticeType, registrationId, courseSessionId,
			new Date());
	}

	@Override
	public boolean hasTrainingNotice(long companyId, String noticeKey) {
		if (trainingNoticePersistence.fetchByC_NK(companyId, noticeKey) !=
				null) {

			return true;
		}

		return false;
	}

	@Reference
	private TrainingNoticeClaim _trainingNoticeClaim;

}
