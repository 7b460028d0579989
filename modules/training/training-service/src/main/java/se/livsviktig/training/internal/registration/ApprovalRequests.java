package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.model.User;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.approval.ApproverFinder;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;

/**
 * Asks the people who may approve for the registrant's administration to decide (or, when it has nobody, for
 * the nearest administration above it), never the registrant. When nobody else holds that permission up the
 * tree, the session's coordinator is asked instead, so no request waits unseen until it expires.
 *
 * @author Livsviktig
 */
@Component(service = ApprovalRequests.class)
public class ApprovalRequests {

	public void request(
		Registration registration, CourseSession courseSession,
		String noticeType) {

		// Nobody approves their own registration, so they are not the one to ask

		List<User> approvers = _approverFinder.getApprovers(
			registration.getCompanyId(), registration.getOrganizationId(),
			registration.getUserId());

		if (approvers.isEmpty() && (courseSession.getCoordinatorUserId() > 0)) {
			_noticeDispatcher.dispatchAfterCommit(
				Notice.forRegistration(
					noticeType, registration,
					courseSession.getCoordinatorUserId()));

			return;
		}

		for (User approver : approvers) {
			_noticeDispatcher.dispatchAfterCommit(
				Notice.forRegistration(
					noticeType, registration, approver.getUserId()));
		}
	}

	public void requestApproval(
		Registration registration, CourseSession courseSession) {

		request(
			registration, courseSession, TrainingNoticeTypes.APPROVAL_REQUEST);
	}

	@Reference
	private ApproverFinder _approverFinder;

	@Reference
	private NoticeDispatcher _noticeDispatcher;

}
